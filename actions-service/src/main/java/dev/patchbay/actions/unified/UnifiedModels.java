package dev.patchbay.actions.unified;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unified models, defined once as JSON Schema under {@code unified/<category>/<resource>
 * .schema.json} (derived from the official client's models): {@code $defs.item} is a record, {@code
 * $defs.create} and {@code $defs.update} the bodies of create and update.
 *
 * <p>Records answer in the model's scalar types ({@link #conform}), as a typed API serialises its
 * models: a provider's number where the model has a string becomes text (numeric ids), and a number
 * where the model has a date-time becomes the ISO-8601 instant of those epoch milliseconds.
 */
@ApplicationScoped
public class UnifiedModels {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The pattern of the client's date-time strings in the schemas (unified-schemas.mjs). */
  static final String DATE_TIME =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$";

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

  /** {@code record} with its scalars in the model's types (a copy; other values unchanged). */
  public JsonNode conform(String category, String resource, JsonNode record) {
    return conform(document(category, resource).path("$defs").path(Part.ITEM.key()), record);
  }

  private static JsonNode conform(JsonNode schema, JsonNode value) {
    if (value.isNumber() && allows(schema, "string") && !allows(schema, "number")) {
      return DATE_TIME.equals(schema.path("pattern").asText())
          ? TextNode.valueOf(Instant.ofEpochMilli(value.longValue()).toString())
          : TextNode.valueOf(value.isIntegralNumber() ? value.asText() : plain(value));
    }
    if (value.isArray() && schema.has("items")) {
      ArrayNode out = JSON.createArrayNode();
      value.forEach(element -> out.add(conform(schema.get("items"), element)));
      return out;
    }
    if (value.isObject() && schema.has("properties")) {
      ObjectNode out = ((ObjectNode) value).deepCopy();
      schema
          .get("properties")
          .fields()
          .forEachRemaining(
              property -> {
                if (out.has(property.getKey())) {
                  out.set(
                      property.getKey(),
                      conform(property.getValue(), value.get(property.getKey())));
                }
              });
      return out;
    }
    return value;
  }

  private static boolean allows(JsonNode schema, String type) {
    JsonNode types = schema.path("type");
    if (types.isTextual()) {
      return types.textValue().equals(type);
    }
    for (JsonNode t : types) {
      if (t.asText().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** A decimal as JavaScript writes it: {@code 2001.0} is {@code 2001}. */
  private static String plain(JsonNode number) {
    return number.decimalValue().stripTrailingZeros().toPlainString();
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
