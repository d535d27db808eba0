package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.ExpressionException;
import dev.patchbay.engine.expression.JsValues;

/**
 * The value of a primitive or {@code enum} map_fields field. Primitives are the raw expression
 * value (not cast); an enum is {@code {value, source_value}}.
 */
final class FieldValues {
  static final String UNMAPPED = "unmapped_value";

  /** Either a value or an error. */
  record Outcome(JsonNode value, FieldError error) {}

  private final ExpressionEngine expressions;

  FieldValues(ExpressionEngine expressions) {
    this.expressions = expressions;
  }

  Outcome evaluate(MappedField field, JsonNode id, JsonNode scope) {
    Outcome raw = raw(field, id, scope);
    return field.type() == FieldType.ENUM ? enumValue(field, id, scope, raw) : raw;
  }

  private Outcome raw(MappedField field, JsonNode id, JsonNode scope) {
    if (field.expression() == null || field.expression().isEmpty()) {
      return failure("Expression is empty", id, field);
    }
    JsonNode value;
    try {
      value = expressions.evaluate(field.expression(), scope);
    } catch (ExpressionException invalid) {
      return failure("Invalid expression", id, field);
    }
    return JsValues.isUndefined(value)
        ? failure("Expression returned no value", id, field)
        : new Outcome(value, null);
  }

  /**
   * The first rule whose {@code matchExpression} is exactly {@code true} (evaluated strictly: an
   * invalid one fails the step), or the built-in matcher's answer, else {@code unmapped_value}.
   */
  private Outcome enumValue(MappedField field, JsonNode id, JsonNode scope, Outcome raw) {
    JsonNode source = raw.error() == null && !raw.value().isNull() ? raw.value() : null;
    EnumMapper mapper = field.enumMapper();
    if (mapper == null) {
      return failure("Enum mapper was not defined", id, field);
    }
    if (mapper.builtIn() != null) {
      return BuiltInMatchers.named(mapper.builtIn())
          .map(matcher -> mapped(source == null ? null : matcher.apply(source), source))
          .orElseGet(
              () ->
                  failure(
                      "The built-in matcher \"" + mapper.builtIn() + "\" is not supported",
                      id,
                      field));
    }
    for (EnumMapper.Rule rule : mapper.rules()) {
      JsonNode matched = expressions.evaluate(rule.matchExpression(), scope);
      if (matched.isBoolean() && matched.booleanValue()) {
        return mapped(rule.value(), source);
      }
    }
    return mapped(null, source);
  }

  private static Outcome mapped(String value, JsonNode source) {
    ObjectNode mapped = JsObjects.object();
    mapped.set("value", TextNode.valueOf(value == null ? UNMAPPED : value));
    mapped.set("source_value", source == null ? NullNode.getInstance() : source);
    return new Outcome(mapped, null);
  }

  private static Outcome failure(String message, JsonNode id, MappedField field) {
    return new Outcome(null, new FieldError(message, id, field.targetFieldKey()));
  }
}
