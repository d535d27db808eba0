package dev.patchbay.actions.unified;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.patchbay.actions.rpc.InputCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unified models, defined once as JSON Schema under {@code unified/<category>/<resource>
 * .schema.json} (derived from the official client's models): {@code $defs.item} is a record, {@code
 * $defs.create} and {@code $defs.update} the bodies of create and update.
 */
@ApplicationScoped
public class UnifiedModels {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Which part of a resource's schema. */
  public enum Part {
    ITEM,
    CREATE,
    UPDATE;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** The schema document of {@code category/resource}. */
  public JsonNode document(String category, String resource) {
    return documents.computeIfAbsent(category + "/" + resource, UnifiedModels::load);
  }

  /** The top-level field names of a record. */
  public Set<String> fields(String category, String resource) {
    Set<String> names = new TreeSet<>();
    document(category, resource)
        .path("$defs")
        .path(Part.ITEM.key())
        .path("properties")
        .fieldNames()
        .forEachRemaining(names::add);
    return names;
  }

  /** What is wrong with {@code value} as this part of the model ({@code $.path: message}). */
  public List<String> problems(String category, String resource, Part part, JsonNode value) {
    Schema schema =
        schemas.computeIfAbsent(
            category + "/" + resource + "#" + part.key(),
            key -> {
              JsonNode definition = document(category, resource).path("$defs").path(part.key());
              if (definition.isMissingNode()) {
                throw new IllegalStateException("no " + part.key() + " schema for " + key);
              }
              return registry.getSchema(definition.toString(), InputFormat.JSON);
            });
    List<Error> errors = schema.validate(value.toString(), InputFormat.JSON);
    return errors.stream().map(InputCheck::describe).distinct().toList();
  }

  private static JsonNode load(String name) {
    String path = "unified/" + name + ".schema.json";
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no unified model " + path);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
