package dev.patchbay.engine.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.JsValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Merges a refresh action's {@code result.data} into the stored credentials (connector-format.md
 * §3): every key of the result replaces the stored one; {@code expiresIn} and {@code
 * refreshExpiresIn} given as strings become numbers; {@code expiresAt} is set to now plus {@code
 * expiresIn} (or the auth config's {@code tokenExpiresIn} fallback) and removed when neither gives
 * a lifetime.
 */
public final class RefreshedCredentials {
  public static final String EXPIRES_IN = "expiresIn";
  public static final String REFRESH_EXPIRES_IN = "refreshExpiresIn";

  private RefreshedCredentials() {}

  /**
   * @param fallbackExpiresIn lifetime in seconds to assume when the result has no {@code
   *     expiresIn}; may be null
   */
  public static ObjectNode merge(
      JsonNode current, JsonNode refreshed, Instant now, Long fallbackExpiresIn) {
    ObjectNode merged =
        current != null && current.isObject()
            ? ((ObjectNode) current).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    refreshed
        .fields()
        .forEachRemaining(
            field -> {
              if (!JsValues.isUndefined(field.getValue())) {
                merged.set(field.getKey(), field.getValue());
              }
            });
    coerce(merged, EXPIRES_IN);
    coerce(merged, REFRESH_EXPIRES_IN);
    Optional<Long> lifetime =
        refreshed.has(EXPIRES_IN)
            ? seconds(merged.get(EXPIRES_IN))
            : Optional.ofNullable(fallbackExpiresIn);
    lifetime.ifPresentOrElse(
        seconds -> merged.put(TokenExpiry.EXPIRES_AT, now.getEpochSecond() + seconds),
        () -> merged.remove(TokenExpiry.EXPIRES_AT));
    return merged;
  }

  /** A lifetime in whole seconds from a number or numeric string; empty otherwise. */
  public static Optional<Long> seconds(JsonNode value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return value.asDouble() > 0 ? Optional.of((long) value.asDouble()) : Optional.empty();
    }
    if (value.isTextual()) {
      return number(value.textValue()).flatMap(RefreshedCredentials::seconds);
    }
    return Optional.empty();
  }

  private static void coerce(ObjectNode credentials, String key) {
    JsonNode value = credentials.get(key);
    if (value != null && value.isTextual()) {
      number(value.textValue()).ifPresent(n -> credentials.set(key, n));
    }
  }

  /** A numeric string as a number node: integral values as longs, others as decimals. */
  private static Optional<JsonNode> number(String text) {
    try {
      BigDecimal number = new BigDecimal(text.trim());
      try {
        return Optional.of(JsonNodeFactory.instance.numberNode(number.longValueExact()));
      } catch (ArithmeticException notIntegral) {
        return Optional.of(JsonNodeFactory.instance.numberNode(number.doubleValue()));
      }
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
