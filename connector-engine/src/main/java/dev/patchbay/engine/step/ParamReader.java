package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads step parameters the way the reference's zod schemas check them: a required key must be
 * present, an optional key may be absent but not null, strict objects reject unknown keys.
 */
final class ParamReader {
  private final JsonNode node;
  private final String path;

  private ParamReader(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static ParamReader of(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw invalid(path, "is expected to be an object");
    }
    return new ParamReader(node, path);
  }

  ParamReader strict(Set<String> allowed) {
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        throw invalid(at(key), "is not a known field");
      }
    }
    return this;
  }

  String requiredString(String key) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual()) {
      throw invalid(at(key), "is required and must be a string");
    }
    return value.textValue();
  }

  /** Null when absent. */
  String optionalString(String key) {
    return has(key) ? requiredString(key) : null;
  }

  boolean optionalBoolean(String key) {
    if (!has(key)) {
      return false;
    }
    JsonNode value = node.get(key);
    if (!value.isBoolean()) {
      throw invalid(at(key), "must be a boolean");
    }
    return value.booleanValue();
  }

  void optionalStrings(String key) {
    if (has(key)) {
      forEachElement(key, (element, where) -> requireText(element, where));
    }
  }

  FieldType type() {
    String type = node.path("type").textValue();
    return FieldType.named(type)
        .orElseThrow(() -> invalid(at("type"), "has an invalid value: '" + type + "'"));
  }

  /** Null when absent. */
  <T> List<T> optionalList(String key, BiFunction<JsonNode, String, T> read) {
    return has(key) ? requiredList(key, read) : null;
  }

  <T> List<T> requiredList(String key, BiFunction<JsonNode, String, T> read) {
    List<T> items = new ArrayList<>();
    forEachElement(key, (element, where) -> items.add(read.apply(element, where)));
    return items;
  }

  JsonNode raw(String key) {
    return node.get(key);
  }

  boolean has(String key) {
    return node.has(key);
  }

  String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private void forEachElement(String key, java.util.function.BiConsumer<JsonNode, String> each) {
    JsonNode list = node.get(key);
    if (list == null || !list.isArray()) {
      throw invalid(at(key), "is required and must be an array");
    }
    for (int i = 0; i < list.size(); i++) {
      each.accept(list.get(i), at(key) + "[" + i + "]");
    }
  }

  static String requireText(JsonNode value, String where) {
    if (value == null || !value.isTextual()) {
      throw invalid(where, "must be a string");
    }
    return value.textValue();
  }

  static InvalidStepParametersException invalid(String where, String problem) {
    return new InvalidStepParametersException("The field '" + where + "' " + problem);
  }
}
