package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.expression.JsValues;
import java.util.Iterator;
import java.util.Map;

/** The JS object operations the step functions are written with: spread, property read, JSON. */
final class JsObjects {
  private JsObjects() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** JS {@code {...value}}: own keys of objects, indexes of arrays and strings, else nothing. */
  static ObjectNode spread(JsonNode value) {
    ObjectNode copy = object();
    if (value == null) {
      return copy;
    }
    if (value.isObject()) {
      copy.setAll((ObjectNode) value);
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        copy.set(String.valueOf(i), value.get(i));
      }
    } else if (value.isTextual()) {
      String text = value.textValue();
      for (int i = 0; i < text.length(); i++) {
        copy.put(String.valueOf(i), String.valueOf(text.charAt(i)));
      }
    }
    return copy;
  }

  /** JS {@code value?.[key]}. */
  static JsonNode property(JsonNode value, String key) {
    return JsValues.isNullish(value) ? JsValues.UNDEFINED : JsValues.getProperty(value, key);
  }

  /** A non-null, non-array object (@stackone/utils {@code isObject}). */
  static boolean isPlainObject(JsonNode value) {
    return value != null && value.isObject();
  }

  /** JS {@code typeof value === "object" && value}: objects, arrays and Dates. */
  static boolean isObjectLike(JsonNode value) {
    return value != null && (value.isObject() || value.isArray() || JsValues.isDate(value));
  }

  /** JS {@code JSON.stringify} for values that are not undefined. */
  static String stringify(JsonNode value) {
    StringBuilder json = new StringBuilder();
    write(value, json);
    return json.toString();
  }

  private static void write(JsonNode value, StringBuilder json) {
    if (JsValues.isDate(value)) {
      write(dateJson(value), json);
    } else if (value.isObject()) {
      json.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        if (JsValues.isUndefined(member.getValue())) {
          continue;
        }
        json.append(first ? "" : ",").append(TextNode.valueOf(member.getKey())).append(':');
        write(member.getValue(), json);
        first = false;
      }
      json.append('}');
    } else if (value.isArray()) {
      json.append('[');
      for (int i = 0; i < value.size(); i++) {
        json.append(i == 0 ? "" : ",");
        JsonNode element = value.get(i);
        write(JsValues.isUndefined(element) ? JsonNodeFactory.instance.nullNode() : element, json);
      }
      json.append(']');
    } else if (value.isNumber()) {
      double number = value.doubleValue();
      json.append(Double.isFinite(number) ? JsValues.toJsString(value) : "null");
    } else if (value.isTextual()) {
      json.append(value);
    } else {
      json.append(JsValues.toJsString(value));
    }
  }

  private static JsonNode dateJson(JsonNode date) {
    return JsValues.dateInstant(date) == null
        ? JsonNodeFactory.instance.nullNode()
        : TextNode.valueOf(JsDateStrings.iso(JsValues.dateInstant(date)));
  }
}
