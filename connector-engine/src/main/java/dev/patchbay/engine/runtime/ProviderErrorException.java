package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The provider answered with a non-2xx status that no {@code customErrors} rule turned into a
 * success. {@code statusCode()} is the status after {@code customErrors} mapping; {@code
 * providerStatus} is what the provider sent. {@code providerBody} is the parsed response body with
 * every credential value redacted.
 */
public final class ProviderErrorException extends ActionExecutionException {
  private final int providerStatus;
  private final transient JsonNode providerBody;

  public ProviderErrorException(
      int statusCode, int providerStatus, String stepId, String message, JsonNode providerBody) {
    super(statusCode, stepId, message);
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
