package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * The provider answered with a non-2xx status that no {@code customErrors} rule turned into a
 * success and that was not (or no longer) retried. {@code statusCode()} is the status after {@code
 * customErrors} mapping; {@code providerStatus} is what the provider sent. {@code providerBody} is
 * the parsed response body with every credential value redacted. {@code retryAfter} is the
 * provider's {@code Retry-After}, for example on a 429 to a POST, which the engine never retries.
 */
public final class ProviderErrorException extends ActionExecutionException {
  private final int providerStatus;
  private final transient JsonNode providerBody;

  public ProviderErrorException(
      int statusCode, int providerStatus, String stepId, String message, JsonNode providerBody) {
    this(statusCode, providerStatus, stepId, message, providerBody, null);
  }

  public ProviderErrorException(
      int statusCode,
      int providerStatus,
      String stepId,
      String message,
      JsonNode providerBody,
      Duration retryAfter) {
    super(statusCode, stepId, message, retryAfter);
    this.providerStatus = providerStatus;
    this.providerBody = providerBody;
  }

  public int providerStatus() {
    return providerStatus;
  }

  public JsonNode providerBody() {
    return providerBody;
  }
}
