package dev.patchbay.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a composed connector document against the JSON Schema we ship, {@value #SCHEMA_RESOURCE},
 * and reports each violation at the authored file and line.
 */
final class SchemaValidator {

  static final String SCHEMA_RESOURCE = "/connector-format/v1/connector.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Schema schema;

  SchemaValidator() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      this.schema = registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation, in document order. An empty list means the document is valid. */
  List<DefinitionProblem> validate(LocatedDocument document) {
    // The validator is built on Jackson 3 and the engine on Jackson 2, so the tree crosses over as
    // JSON text.
    String json;
    try {
      json = JSON.writeValueAsString(document.root());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed YAML tree is always serialisable", e);
    }
    List<DefinitionProblem> problems = new ArrayList<>();
    for (Error error : schema.validate(json, InputFormat.JSON)) {
      List<Object> path = segments(error.getInstanceLocation());
      problems.add(
          new DefinitionProblem(
              document.locate(path), LocatedDocument.jsonPath(path), message(error)));
    }
    problems.sort(
        Comparator.comparing((DefinitionProblem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column()));
    return problems;
  }

  private static List<Object> segments(NodePath path) {
    List<Object> segments = new ArrayList<>(path.getNameCount());
    for (int i = 0; i < path.getNameCount(); i++) {
      segments.add(path.getElement(i));
    }
    return segments;
  }

  private static String message(Error error) {
    String message = error.getMessage();
    String location = error.getInstanceLocation().toString();
    return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
  }
}
