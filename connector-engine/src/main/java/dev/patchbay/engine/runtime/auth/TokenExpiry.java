package dev.patchbay.engine.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.expression.JsValues;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether stored credentials need a refresh before use: the access token is missing, or {@code
 * expiresAt} (epoch seconds) has passed or falls within {@code skew} of now.
 */
public final class TokenExpiry {
  public static final String ACCESS_TOKEN = "accessToken";
  public static final String EXPIRES_AT = "expiresAt";

  private TokenExpiry() {}

  public static boolean needsRefresh(JsonNode credentials, Instant now, Duration skew) {
    JsonNode token = credentials == null ? null : credentials.get(ACCESS_TOKEN);
    if (JsValues.isNullish(token) || (token.isTextual() && token.textValue().isBlank())) {
      return true;
    }
    return expiresAt(credentials).map(at -> !now.plus(skew).isBefore(at)).orElse(false);
  }

  /** {@code expiresAt} as an instant, when it is a number or a numeric string. */
  public static Optional<Instant> expiresAt(JsonNode credentials) {
    JsonNode value = credentials == null ? null : credentials.get(EXPIRES_AT);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return Optional.of(Instant.ofEpochSecond(value.asLong()));
    }
    if (value.isTextual()) {
      try {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.textValue().trim())));
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
