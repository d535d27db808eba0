package dev.patchbay.actions.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ActionDefinition.InputDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action's inputs as a JSON Schema (draft 2020-12) of the parameters {@code POST /actions/rpc}
 * takes: an object with {@code path}, {@code queryParams}, {@code body} and {@code headers}, each
 * holding the inputs declared {@code in} it, with their types, descriptions, enums, arrays, nested
 * properties and required lists. The RPC checks its parameters against this same schema.
 */
public final class OperationDetails {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** Input {@code in} to the parameter group that carries it. */
  public static final Map<String, String> GROUPS =
      Map.of("path", "path", "query", "queryParams", "body", "body", "headers", "headers");

  private static final List<String> GROUP_ORDER = List.of("path", "queryParams", "body", "headers");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OperationDetails() {}

  public static ObjectNode of(ActionDefinition action) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", action.label() == null ? action.actionId() : action.label());
    if (action.description() != null) {
      schema.put("description", action.description());
    }
    schema.put("type", "object");
    Map<String, ObjectNode> groups = new LinkedHashMap<>();
    GROUP_ORDER.forEach(g -> groups.put(g, object()));
    for (InputDefinition input : action.inputs()) {
      ObjectNode group = groups.get(GROUPS.getOrDefault(input.in(), "body"));
      add(group, input);
    }
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    groups.forEach(
        (name, group) -> {
          properties.set(name, group);
          if (group.has("required")) {
            required.add(name);
          }
        });
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    return schema;
  }

  private static ObjectNode object() {
    ObjectNode node = NODES.objectNode().put("type", "object");
    node.putObject("properties");
    return node;
  }

  private static void add(ObjectNode objectSchema, InputDefinition input) {
    ((ObjectNode) objectSchema.get("properties")).set(input.name(), property(input));
    if (input.required()) {
      objectSchema.withArray("required").add(input.name());
    }
  }

  private static ObjectNode property(InputDefinition input) {
    ObjectNode element = element(input);
    if (input.description() != null) {
      element.put("description", input.description());
    }
    if (!input.array()) {
      return element;
    }
    ObjectNode array = NODES.objectNode().put("type", "array");
    if (input.description() != null) {
      array.put("description", input.description());
      element.remove("description");
    }
    array.set("items", element);
    return array;
  }

  private static ObjectNode element(InputDefinition input) {
    ObjectNode node = NODES.objectNode();
    switch (input.type() == null ? "string" : input.type()) {
      case "number" -> node.put("type", "number");
      case "boolean" -> node.put("type", "boolean");
      case "datetime_string" -> node.put("type", "string").put("format", "date-time");
      case "enum" -> {
        if (input.enumValues().isEmpty()) {
          node.put("type", "string");
        } else {
          ArrayNode values = node.putArray("enum");
          input.enumValues().forEach(v -> values.add(enumValue(v)));
        }
      }
      case "object" -> {
        node.put("type", "object");
        if (!input.properties().isEmpty()) {
          ObjectNode nested = object();
          nested.remove("type");
          node.setAll(nested);
          input.properties().forEach(p -> add(node, p));
        }
      }
      default -> node.put("type", "string");
    }
    return node;
  }

  /** {@code oneOf.values} holds plain values or {@code {value, label}} entries. */
  private static JsonNode enumValue(JsonNode value) {
    return value.isObject() && value.has("value") ? value.get("value") : value;
  }
}
