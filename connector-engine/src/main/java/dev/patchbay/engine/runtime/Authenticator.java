package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.JsValues;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Applies an {@code authorization} block to a request (connector-format.md §3). The connector's
 * block is typed and its expressions are evaluated here; a step's own {@code authorization}
 * parameter arrives already evaluated. Auth headers override arg headers of the same name.
 */
final class Authenticator {
  private final ExpressionEngine expressions;

  Authenticator(ExpressionEngine expressions) {
    this.expressions = expressions;
  }

  /** What an authorization adds to one request: headers (lower-case names) and query params. */
  record Applied(Map<String, String> headers, Map<String, String> query) {
    static final Applied NONE = new Applied(Map.of(), Map.of());
  }

  /** The connector's authorization, its expressions evaluated against the step context. */
  Applied apply(Authorization authorization, JsonNode block) {
    if (authorization == null) {
      return Applied.NONE;
    }
    if (authorization instanceof Authorization.Basic basic) {
      return basic(text(basic.username(), block), text(basic.password(), block), basic.encoding());
    }
    if (authorization instanceof Authorization.Bearer bearer) {
      return bearer(text(bearer.token(), block), bearer.includeBearer());
    }
    if (authorization instanceof Authorization.OAuth2 oauth2) {
      return bearer(text(oauth2.token(), block), oauth2.includeBearer());
    }
    if (authorization instanceof Authorization.ApiKey apiKey) {
      return apiKey(text(apiKey.key(), block), text(apiKey.value(), block), apiKey.in());
    }
    return Applied.NONE;
  }

  /** A step's {@code authorization} parameter, already evaluated. */
  Applied apply(JsonNode evaluated) {
    String type = string(evaluated.get("type"));
    return switch (type) {
      case "none" -> Applied.NONE;
      case "basic" ->
          basic(
              string(evaluated.get("username")),
              string(evaluated.get("password")),
              evaluated.hasNonNull("encoding") ? evaluated.get("encoding").asText() : null);
      case "bearer", "oauth2" ->
          bearer(string(evaluated.get("token")), includeBearer(evaluated.get("includeBearer")));
      case "apiKey" ->
          apiKey(
              string(evaluated.get("key")),
              string(evaluated.get("value")),
              evaluated.hasNonNull("in") ? evaluated.get("in").asText() : "header");
      default -> throw new IllegalArgumentException("unknown authorization type '" + type + "'");
    };
  }

  private static Applied basic(String username, String password, String encoding) {
    if (encoding != null && !encoding.equalsIgnoreCase("base64")) {
      throw new IllegalArgumentException("unsupported basic encoding '" + encoding + "'");
    }
    String pair = username + ":" + password;
    String value =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    return new Applied(Map.of("authorization", value), Map.of());
  }

  private static Applied bearer(String token, boolean includeBearer) {
    return new Applied(
        Map.of("authorization", includeBearer ? "Bearer " + token : token), Map.of());
  }

  private static Applied apiKey(String key, String value, String in) {
    return "query".equals(in)
        ? new Applied(Map.of(), Map.of(key, value))
        : new Applied(Map.of(key.toLowerCase(Locale.ROOT), value), Map.of());
  }

  private static boolean includeBearer(JsonNode flag) {
    if (flag == null || flag.isNull()) {
      return true;
    }
    return flag.isBoolean() ? flag.booleanValue() : !"false".equals(flag.asText());
  }

  /** Evaluates one expression; missing values count as {@code ""}. */
  private String text(String expression, JsonNode block) {
    if (expression == null || expression.isEmpty()) {
      return "";
    }
    return string(expressions.safeEvaluate(expression, block));
  }

  private static String string(JsonNode value) {
    return JsValues.isNullish(value) ? "" : JsValues.toJsString(value);
  }
}
