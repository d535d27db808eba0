package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.expression.JsValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code qs} serialisation the reference transport uses for query strings and form bodies.
 * Scalars are JS-stringified; objects nest as {@code k[a]=v}; arrays follow {@code arrayFormat}:
 * {@code indices} (the default, {@code k[0]=a}), {@code repeat} ({@code k=a&k=b}), {@code brackets}
 * ({@code k[]=a}), {@code comma} ({@code k=a,b}) or {@code stringify} (JSON text). Names and values
 * are percent-encoded (RFC 3986, brackets included, as {@code qs} does).
 */
final class QueryString {
  private QueryString() {}

  static String encode(Map<String, JsonNode> params, Map<String, String> arrayFormats) {
    List<String> pairs = new ArrayList<>();
    params.forEach(
        (name, value) -> append(pairs, name, value, arrayFormats.getOrDefault(name, "indices")));
    return String.join("&", pairs);
  }

  private static void append(List<String> pairs, String key, JsonNode value, String format) {
    if (JsValues.isUndefined(value)) {
      return;
    }
    if (value.isArray()) {
      switch (format) {
        case "repeat" -> value.forEach(v -> append(pairs, key, v, format));
        case "brackets" -> value.forEach(v -> append(pairs, key + "[]", v, format));
        case "comma" -> pairs.add(escape(key) + "=" + escape(JsValues.toJsString(value)));
        case "stringify" -> pairs.add(escape(key) + "=" + escape(value.toString()));
        default -> {
          for (int i = 0; i < value.size(); i++) {
            append(pairs, key + "[" + i + "]", value.get(i), format);
          }
        }
      }
    } else if (value.isObject()) {
      value
          .fields()
          .forEachRemaining(f -> append(pairs, key + "[" + f.getKey() + "]", f.getValue(), format));
    } else {
      pairs.add(escape(key) + "=" + escape(value.isNull() ? "" : JsValues.toJsString(value)));
    }
  }

  static String escape(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
