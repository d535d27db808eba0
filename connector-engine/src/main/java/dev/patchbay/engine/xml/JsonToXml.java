package dev.patchbay.engine.xml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.expression.JsValues;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a Jackson tree as XML the way fast-xml-parser's builder 5.7.2 (fast-xml-builder 1.3.2)
 * does with {@code ignoreAttributes: false, attributeNamePrefix: '@_', suppressBooleanAttributes:
 * false}, the options of {@code @stackone/transport} (connector-format.md §4.1):
 *
 * <ul>
 *   <li>each key is an element; an array repeats the element, an empty array writes nothing;
 *   <li>a key starting with {@code @_} and holding a scalar is an attribute ({@code null} ones are
 *       left out); {@code #text} is the element's text, written where it stands;
 *   <li>{@code null} is {@code <k/>}, an empty string or object is {@code <k></k>}, undefined
 *       (missing) members are skipped;
 *   <li>scalars print as JS {@code String()} does, escaped ({@code & < > ' "});
 *   <li>a key starting with {@code ?} is a processing instruction ({@code ?xml} the declaration).
 * </ul>
 *
 * <p>Names are written as given and not validated, like the reference. Several top-level keys give
 * several root elements.
 */
public final class JsonToXml {
  private static final String ATTRIBUTE = "@_";
  private static final String TEXT = "#text";

  private JsonToXml() {}

  public static String build(JsonNode value) {
    return content(value).children;
  }

  /** What one object contributes: its attribute string and its child markup. */
  private record Content(String attributes, String children) {}

  private static Content content(JsonNode object) {
    StringBuilder attributes = new StringBuilder();
    StringBuilder children = new StringBuilder();
    Iterator<Map.Entry<String, JsonNode>> fields = members(object);
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      boolean attribute = key.startsWith(ATTRIBUTE) && key.length() > ATTRIBUTE.length();
      if (JsValues.isUndefined(value)) {
        continue;
      }
      if (value.isNull()) {
        if (!attribute) {
          children.append(empty(key));
        }
      } else if (isScalar(value)) {
        if (attribute) {
          attributes
              .append(' ')
              .append(key.substring(ATTRIBUTE.length()))
              .append("=\"")
              .append(escape(text(value)))
              .append('"');
        } else if (key.equals(TEXT)) {
          children.append(escape(text(value)));
        } else {
          children.append(textElement(key, value, ""));
        }
      } else if (value.isArray()) {
        for (JsonNode item : value) {
          if (JsValues.isUndefined(item)) {
            continue;
          }
          if (item.isNull()) {
            children.append(empty(key));
          } else if (isScalar(item)) {
            children.append(textElement(key, item, ""));
          } else {
            children.append(element(key, item));
          }
        }
      } else {
        children.append(element(key, value));
      }
    }
    return new Content(attributes.toString(), children.toString());
  }

  /** An object (or a nested array, read by its indexes as keys) as the element {@code key}. */
  private static String element(String key, JsonNode object) {
    Content content = content(object);
    if (key.startsWith("?")) {
      return "<" + key + content.attributes + "?>";
    }
    if (object.isObject() && object.size() == 1 && object.has(TEXT)) {
      return textElement(key, object.get(TEXT), content.attributes);
    }
    return "<" + key + content.attributes + ">" + content.children + "</" + key + ">";
  }

  private static String textElement(String key, JsonNode value, String attributes) {
    if (key.startsWith("?")) {
      return "<" + key + attributes + "?>";
    }
    return "<" + key + attributes + ">" + escape(text(value)) + "</" + key + ">";
  }

  private static String empty(String key) {
    return key.startsWith("?") ? "<" + key + "?>" : "<" + key + "/>";
  }

  private static Iterator<Map.Entry<String, JsonNode>> members(JsonNode value) {
    if (value.isArray()) {
      List<Map.Entry<String, JsonNode>> indexed = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        indexed.add(Map.entry(String.valueOf(i), value.get(i)));
      }
      return indexed.iterator();
    }
    return value.fields();
  }

  private static boolean isScalar(JsonNode value) {
    return !value.isContainerNode();
  }

  /** JS {@code String(value)}, except that {@code -0} prints as {@code -0} (fast-xml-builder). */
  private static String text(JsonNode value) {
    if (value.isNumber() && value.doubleValue() == 0 && 1 / value.doubleValue() < 0) {
      return "-0";
    }
    return JsValues.toJsString(value);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&apos;")
        .replace("\"", "&quot;");
  }
}
