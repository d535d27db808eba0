package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.expression.JsValues;

/** Casts one value to a primitive field type, as @stackone/utils' {@code safeParseTo*} do. */
final class ValueCast {
  private ValueCast() {}

  /**
   * Null, undefined and {@code ""} become null; enum and object values are returned as they are.
   */
  static JsonNode cast(JsonNode value, FieldType type) {
    if (JsValues.isNullish(value) || (value.isTextual() && value.textValue().isEmpty())) {
      return NullNode.getInstance();
    }
    return switch (type) {
      case STRING -> toText(value);
      case NUMBER -> toNumber(value);
      case BOOLEAN -> toBoolean(value);
      case DATETIME_STRING -> toDateTimeString(value);
      case ENUM, OBJECT -> value;
    };
  }

  private static JsonNode toText(JsonNode value) {
    if (value.isTextual()) {
      return value;
    }
    if (JsValues.isDate(value)) {
      return TextNode.valueOf(JsDateStrings.iso(JsValues.dateInstant(value)));
    }
    if (JsObjects.isPlainObject(value)) {
      return TextNode.valueOf(JsObjects.stringify(value));
    }
    return TextNode.valueOf(JsValues.toJsString(value));
  }

  private static JsonNode toNumber(JsonNode value) {
    if (value.isNumber()) {
      return value;
    }
    if (JsValues.isDate(value)) {
      return NullNode.getInstance();
    }
    double number = JsValues.toNumber(value);
    return Double.isNaN(number) ? NullNode.getInstance() : JsValues.number(number);
  }

  private static JsonNode toBoolean(JsonNode value) {
    if (value.isBoolean()) {
      return value;
    }
    boolean falseWord =
        value.isTextual() && (value.textValue().equals("false") || value.textValue().equals("0"));
    boolean zero = value.isNumber() && value.doubleValue() == 0;
    return BooleanNode.valueOf(!falseWord && !zero && JsValues.truthy(value));
  }

  private static JsonNode toDateTimeString(JsonNode value) {
    if (JsValues.isDate(value)) {
      return JsValues.dateInstant(value) == null
          ? NullNode.getInstance()
          : TextNode.valueOf(JsDateStrings.iso(JsValues.dateInstant(value)));
    }
    if (!value.isTextual()) {
      return NullNode.getInstance();
    }
    return DateTimeParser.parse(value.textValue())
        .<JsonNode>map(instant -> TextNode.valueOf(JsDateStrings.iso(instant)))
        .orElse(NullNode.getInstance());
  }
}
