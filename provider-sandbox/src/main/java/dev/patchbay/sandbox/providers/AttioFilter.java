package dev.patchbay.sandbox.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Attio's record filters (https://docs.attio.com/rest-api/guides/filtering-and-sorting): {@code
 * $and}, {@code $or}, {@code $not}; an attribute given a value (the shorthand: equal to the
 * attribute's main property), operators ({@code $eq $contains $starts_with $ends_with $gt $gte $lt
 * $lte $in $not_empty}), or a property of the value ({@code {"name": {"first_name": {"$eq":
 * "Ada"}}}}). A record matches when any of an attribute's values does. {@code record_id} filters on
 * the record's id.
 */
final class AttioFilter {
  private AttioFilter() {}

  /** The filter as a predicate over records; an invalid filter throws. */
  static Predicate<ObjectNode> of(JsonNode filter) {
    if (!filter.isObject()) {
      throw new IllegalArgumentException("A filter must be an object.");
    }
    List<Predicate<ObjectNode>> all = new ArrayList<>();
    for (var it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "$and", "$or" -> {
          if (!value.isArray()) {
            throw new IllegalArgumentException(key + " takes a list of filters.");
          }
          List<Predicate<ObjectNode>> parts = new ArrayList<>();
          value.forEach(part -> parts.add(of(part)));
          all.add(
              key.equals("$and")
                  ? r -> parts.stream().allMatch(p -> p.test(r))
                  : r -> parts.stream().anyMatch(p -> p.test(r)));
        }
        case "$not" -> {
          Predicate<ObjectNode> inner = of(value);
          all.add(inner.negate());
        }
        default -> {
          if (key.startsWith("$")) {
            throw new IllegalArgumentException("Unknown operator " + key + ".");
          }
          BiPredicate<JsonNode, Boolean> condition = condition(value);
          if (key.equals("record_id")) {
            all.add(
                record ->
                    condition.test(
                        record.objectNode().put("value", record.at("/id/record_id").asText()),
                        true));
            continue;
          }
          all.add(
              record -> {
                JsonNode values = record.path("values").path(key);
                boolean any = false;
                for (JsonNode v : values) {
                  any |= condition.test(v, true);
                }
                return any || (values.isEmpty() && condition.test(null, false));
              });
        }
      }
    }
    return record -> all.stream().allMatch(p -> p.test(record));
  }

  /** A condition on one typed value ({@code present} false: the attribute has no value). */
  private static BiPredicate<JsonNode, Boolean> condition(JsonNode spec) {
    if (!spec.isObject()) {
      return (value, present) -> present && compare(primary(value), spec, "$eq");
    }
    List<BiPredicate<JsonNode, Boolean>> parts = new ArrayList<>();
    for (var it = spec.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      JsonNode operand = entry.getValue();
      if (key.equals("$not_empty")) {
        parts.add((value, present) -> present == operand.asBoolean());
      } else if (key.startsWith("$")) {
        parts.add((value, present) -> present && compare(primary(value), operand, key));
      } else {
        BiPredicate<String, JsonNode> onProperty =
            operand.isObject()
                ? (text, unused) -> {
                  boolean ok = true;
                  for (var ops = operand.fields(); ops.hasNext(); ) {
                    var op = ops.next();
                    ok &= compare(text, op.getValue(), op.getKey());
                  }
                  return ok;
                }
                : (text, unused) -> compare(text, operand, "$eq");
        parts.add((value, present) -> present && onProperty.test(property(value, key), operand));
      }
    }
    return (value, present) -> parts.stream().allMatch(p -> p.test(value, present));
  }

  private static String property(JsonNode value, String key) {
    JsonNode found = key.equals("title") ? value.path("status").path("title") : value.path(key);
    return found.isMissingNode() || found.isNull() ? null : found.asText();
  }

  private static boolean compare(String actual, JsonNode operand, String operator) {
    if (actual == null) {
      return false;
    }
    String left = actual.toLowerCase(Locale.ROOT);
    String right = operand.asText("").toLowerCase(Locale.ROOT);
    return switch (operator) {
      case "$eq" -> left.equals(right);
      case "$contains" -> left.contains(right);
      case "$starts_with" -> left.startsWith(right);
      case "$ends_with" -> left.endsWith(right);
      case "$in" -> {
        boolean any = false;
        for (JsonNode candidate : operand) {
          any |= left.equals(candidate.asText("").toLowerCase(Locale.ROOT));
        }
        yield any;
      }
      case "$gt", "$gte", "$lt", "$lte" -> {
        int order;
        try {
          order = Double.compare(Double.parseDouble(actual), Double.parseDouble(operand.asText()));
        } catch (NumberFormatException notNumbers) {
          order = actual.compareTo(operand.asText());
        }
        yield switch (operator) {
          case "$gt" -> order > 0;
          case "$gte" -> order >= 0;
          case "$lt" -> order < 0;
          default -> order <= 0;
        };
      }
      default -> throw new IllegalArgumentException("Unknown operator " + operator + ".");
    };
  }

  /** The main property of a typed value, which sorting and shorthand filters read. */
  static String primary(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "";
    }
    String field =
        switch (value.path("attribute_type").asText()) {
          case "personal-name" -> "full_name";
          case "email-address" -> "email_address";
          case "phone-number" -> "phone_number";
          case "domain" -> "domain";
          case "record-reference" -> "target_record_id";
          case "currency" -> "currency_value";
          case "actor-reference" -> "referenced_actor_id";
          case "status" -> "title";
          default -> "value";
        };
    JsonNode found = field.equals("title") ? value.path("status").path("title") : value.path(field);
    return found.asText("");
  }
}
