package dev.patchbay.connect.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connector's oauth2 flow keys ({@code authorizationUrl}, {@code authorizationParams}, {@code
 * tokenUrl}, {@code customHeaders}) evaluated as the format says: expressions over {@code
 * $.credentials} (setup and typed values) and {@code $.apiHostUri}.
 */
final class ProviderExpressions {
  private final ExpressionEngine engine = new ExpressionEngine(Clock.systemUTC());
  private final ObjectNode context = JsonNodeFactory.instance.objectNode();

  ProviderExpressions(JsonNode credentials, String apiHostUri) {
    context.set("credentials", credentials);
    context.put("apiHostUri", apiHostUri);
  }

  /** The text of an expression, or {@code null} when it gives nothing. */
  String text(String expression) {
    if (expression == null) {
      return null;
    }
    JsonNode value = engine.safeEvaluate(expression, context);
    return value == null || value.isNull() || value.isMissingNode() || value.asText().isEmpty()
        ? null
        : value.asText();
  }

  /** A map of expressions (or literal values) as text; empty results are left out. */
  Map<String, String> texts(Map<String, JsonNode> values) {
    Map<String, String> out = new LinkedHashMap<>();
    if (values == null) {
      return out;
    }
    values.forEach(
        (key, value) -> {
          String text = value.isTextual() ? text(value.asText()) : value.asText(null);
          if (text != null && !text.isEmpty()) {
            out.put(key, text);
          }
        });
    return out;
  }
}
