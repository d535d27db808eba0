package dev.patchbay.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.patchbay.common.json.Timestamps;
import java.util.List;
import java.util.Map;

/**
 * The one error body of the Platform API: {@code statusCode}, {@code message}, {@code timestamp},
 * and optional details; a failure of the provider behind a request adds {@code provider_errors}, as
 * the contract shows them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(
    @JsonProperty("statusCode") int statusCode,
    @JsonProperty("message") String message,
    @JsonProperty("timestamp") String timestamp,
    @JsonProperty("details") Map<String, Object> details,
    @JsonProperty("provider_errors") List<ProviderError> providerErrors) {

  public static ErrorBody of(int statusCode, String message) {
    return of(statusCode, message, null);
  }

  /** With the provider's answers; an empty list is left out. */
  public static ErrorBody of(int statusCode, String message, List<ProviderError> providerErrors) {
    return of(statusCode, message, providerErrors, null);
  }

  /** With the provider's answers and {@code details} (both left out when null or empty). */
  public static ErrorBody of(
      int statusCode,
      String message,
      List<ProviderError> providerErrors,
      Map<String, Object> details) {
    return new ErrorBody(
        statusCode,
        message,
        Timestamps.format(Timestamps.now()),
        details,
        providerErrors == null || providerErrors.isEmpty() ? null : List.copyOf(providerErrors));
  }
}
