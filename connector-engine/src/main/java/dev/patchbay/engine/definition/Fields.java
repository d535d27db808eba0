package dev.patchbay.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the keys of one mapping and remembers which were read, so that the rest become {@link
 * #extra()}. Readers are lenient: the schema has already checked the shapes, and a value of an
 * unexpected shape reads as absent.
 */
final class Fields {

  private final ObjectNode node;
  private final List<Object> path;
  private final Set<String> read = new HashSet<>();

  private Fields(ObjectNode node, List<Object> path) {
    this.node = node;
    this.path = List.copyOf(path);
  }

  static Fields of(JsonNode node, List<Object> path) {
    return new Fields(
        node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode(), path);
  }

  /** The path of {@code key}, then of each further segment. */
  List<Object> path(Object... segments) {
    List<Object> result = new ArrayList<>(path);
    Collections.addAll(result, segments);
    return result;
  }

  JsonNode node(String key) {
    read.add(key);
    JsonNode value = node.get(key);
    return value == null || value.isNull() || value.isMissingNode() ? null : value;
  }

  String text(String key) {
    JsonNode value = node(key);
    return value != null && value.isValueNode() ? value.asText() : null;
  }

  /** A string, or an array of strings joined by newlines. */
  String textOrLines(String key) {
    JsonNode value = node(key);
    if (value != null && value.isArray()) {
      List<String> lines = new ArrayList<>();
      value.forEach(line -> lines.add(line.asText()));
      return String.join("\n", lines);
    }
    return value != null && value.isValueNode() ? value.asText() : null;
  }

  boolean bool(String key, boolean absent) {
    JsonNode value = node(key);
    return value != null && value.isBoolean() ? value.booleanValue() : absent;
  }

  ObjectNode object(String key) {
    JsonNode value = node(key);
    return value instanceof ObjectNode object ? object : null;
  }

  List<JsonNode> items(String key) {
    JsonNode value = node(key);
    List<JsonNode> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(items::add);
    }
    return List.copyOf(items);
  }

  /** An array of strings, or one string split on whitespace. */
  List<String> strings(String key) {
    JsonNode value = node(key);
    if (value == null) {
      return List.of();
    }
    if (value.isValueNode()) {
      return List.of(value.asText().trim().split("\\s+"));
    }
    List<String> strings = new ArrayList<>();
    value.forEach(item -> strings.add(item.asText()));
    return List.copyOf(strings);
  }

  Map<String, JsonNode> map(String key) {
    return entries(object(key));
  }

  /** The keys not read so far, in document order. */
  Map<String, JsonNode> extra() {
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!read.contains(e.getKey())) {
        extra.put(e.getKey(), e.getValue());
      }
    }
    return Collections.unmodifiableMap(extra);
  }

  static Map<String, JsonNode> entries(JsonNode object) {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    if (object != null) {
      object.properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
    }
    return Collections.unmodifiableMap(entries);
  }
}
