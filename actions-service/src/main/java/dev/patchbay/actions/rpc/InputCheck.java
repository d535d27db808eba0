package dev.patchbay.actions.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.patchbay.actions.meta.OperationDetails;
import dev.patchbay.catalogue.ConnectorCatalog.CatalogAction;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.engine.definition.ActionDefinition.InputDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks RPC parameters against the action's {@link OperationDetails} schema before anything is
 * sent: a missing required input or a value of the wrong type is a 400 that names it. Path, query
 * and header values arrive as text in many clients, so a numeric or boolean string is read as the
 * number or boolean an input of that type expects.
 */
@ApplicationScoped
public class InputCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_MESSAGES = 5;

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** The parameters to run with (text coerced where the input's type asks for it). */
  public ObjectNode check(CatalogAction action, ObjectNode params) {
    ObjectNode coerced = coerce(action, params);
    Schema schema =
        schemas.computeIfAbsent(
            action.id(),
            id ->
                registry.getSchema(
                    OperationDetails.of(action.action()).toString(), InputFormat.JSON));
    List<Error> errors;
    try {
      errors = schema.validate(JSON.writeValueAsString(coerced), InputFormat.JSON);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("Invalid parameters for " + action.id());
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(
          "Invalid parameters for "
              + action.id()
              + ": "
              + errors.stream()
                  .limit(MAX_MESSAGES)
                  .map(InputCheck::describe)
                  .collect(Collectors.joining("; ")));
    }
    return coerced;
  }

  /** {@code $.path.id: object found, string expected}: where, then what. */
  public static String describe(Error error) {
    NodePath path = error.getInstanceLocation();
    StringBuilder where = new StringBuilder("$");
    for (int i = 0; i < path.getNameCount(); i++) {
      Object segment = path.getElement(i);
      where.append(segment instanceof Number ? "[" + segment + "]" : "." + segment);
    }
    String what = error.getMessage();
    String pointer = path.toString();
    if (what.startsWith(pointer + ": ")) {
      what = what.substring(pointer.length() + 2);
    }
    return where + ": " + what;
  }

  private static ObjectNode coerce(CatalogAction action, ObjectNode params) {
    ObjectNode copy = params.deepCopy();
    for (InputDefinition input : action.action().inputs()) {
      if (input.array() || "body".equals(input.in())) {
        continue;
      }
      String group = OperationDetails.GROUPS.get(input.in());
      JsonNode holder = group == null ? null : copy.get(group);
      JsonNode value = holder == null ? null : holder.get(input.name());
      if (value == null || !value.isTextual()) {
        continue;
      }
      JsonNode typed = typed(input.type(), value.textValue().trim());
      if (typed != null) {
        ((ObjectNode) holder).set(input.name(), typed);
      }
    }
    return copy;
  }

  private static JsonNode typed(String type, String text) {
    if ("number".equals(type)) {
      try {
        return JsonNodeFactory.instance.numberNode(Long.parseLong(text));
      } catch (NumberFormatException notALong) {
        try {
          double number = Double.parseDouble(text);
          return Double.isFinite(number) ? JsonNodeFactory.instance.numberNode(number) : null;
        } catch (NumberFormatException notANumber) {
          return null;
        }
      }
    }
    if ("boolean".equals(type) && (text.equals("true") || text.equals("false"))) {
      return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text));
    }
    return null;
  }
}
