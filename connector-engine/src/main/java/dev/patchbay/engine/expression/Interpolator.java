package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${…}} interpolation: each placeholder is evaluated as jexl, then as a plain dotted path,
 * and substituted with JS {@code String.replace} semantics (first occurrence in the text so far,
 * {@code $&}-style patterns in the value expanded). Unresolved placeholders stay as written.
 */
final class Interpolator {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)\\}");

  private final Jexl jexl;

  Interpolator(Jexl jexl) {
    this.jexl = jexl;
  }

  static boolean hasPlaceholder(String text) {
    return PLACEHOLDER.matcher(text).find();
  }

  String interpolate(String text, JsonNode context) {
    List<String[]> placeholders = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      placeholders.add(new String[] {matcher.group(), matcher.group(1)});
    }
    String result = text;
    for (String[] placeholder : placeholders) {
      JsonNode value = resolve(placeholder[1], context);
      if (!JsValues.isUndefined(value)) {
        result = replaceFirst(result, placeholder[0], JsValues.toJsString(value));
      }
    }
    return result;
  }

  private JsonNode resolve(String inner, JsonNode context) {
    JsonNode value;
    try {
      value = jexl.evaluate(jexl.compile(inner), context);
    } catch (JexlCompileException invalid) {
      value = JsValues.UNDEFINED;
    }
    return JsValues.isUndefined(value) ? dottedPath(inner, context) : value;
  }

  private static JsonNode dottedPath(String path, JsonNode context) {
    JsonNode current = context;
    for (String key : path.split("\\.", -1)) {
      if (current == null || !(current.isObject() || current.isArray())) {
        return JsValues.UNDEFINED;
      }
      current = JsValues.getProperty(current, key);
    }
    return current == null ? JsValues.UNDEFINED : current;
  }

  /** JS {@code text.replace(search, replacement)} with a string pattern. */
  static String replaceFirst(String text, String search, String replacement) {
    int at = text.indexOf(search);
    if (at < 0) {
      return text;
    }
    StringBuilder expanded = new StringBuilder();
    for (int i = 0; i < replacement.length(); i++) {
      char c = replacement.charAt(i);
      char next = i + 1 < replacement.length() ? replacement.charAt(i + 1) : 0;
      if (c == '$' && next == '$') {
        expanded.append('$');
        i++;
      } else if (c == '$' && next == '&') {
        expanded.append(search);
        i++;
      } else if (c == '$' && next == '`') {
        expanded.append(text, 0, at);
        i++;
      } else if (c == '$' && next == '\'') {
        expanded.append(text.substring(at + search.length()));
        i++;
      } else {
        expanded.append(c);
      }
    }
    return text.substring(0, at) + expanded + text.substring(at + search.length());
  }
}
