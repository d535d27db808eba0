package dev.patchbay.common.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failure the caller should see as-is: its kind decides the status, its message is shown in the
 * error body. Never put a secret into the message.
 */
public class ApiException extends RuntimeException {
  private final ErrorKind kind;
  private final transient List<ProviderError> providerErrors;
  private final Duration retryAfter;
  private final transient Map<String, Object> details;

  public ApiException(ErrorKind kind, String message) {
    this(kind, message, List.of());
  }

  /** A failure caused by the provider behind the request; its answers go into the error body. */
  public ApiException(ErrorKind kind, String message, List<ProviderError> providerErrors) {
    this(kind, message, providerErrors, null);
  }

  /**
   * A failure after which the caller may try again once {@code retryAfter} (nullable) has passed;
   * the response carries it as {@code Retry-After}.
   */
  public ApiException(
      ErrorKind kind, String message, List<ProviderError> providerErrors, Duration retryAfter) {
    this(kind, message, providerErrors, retryAfter, null);
  }

  private ApiException(
      ErrorKind kind,
      String message,
      List<ProviderError> providerErrors,
      Duration retryAfter,
      Map<String, Object> details) {
    super(message, null, false, false);
    this.kind = kind;
    this.providerErrors = List.copyOf(providerErrors);
    this.retryAfter = retryAfter;
    this.details = details == null ? null : Map.copyOf(details);
  }

  /** A 400 whose body adds {@code details} (e.g. each invalid field with what is wrong). */
  public static ApiException badRequest(String message, Map<String, Object> details) {
    return new ApiException(ErrorKind.BAD_REQUEST, message, List.of(), null, details);
  }

  /** The body's {@code details}; null when there are none. */
  public Map<String, Object> details() {
    return details;
  }

  public ErrorKind kind() {
    return kind;
  }

  public List<ProviderError> providerErrors() {
    return providerErrors;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public static ApiException notFound(String what) {
    return new ApiException(ErrorKind.NOT_FOUND, what + " not found");
  }

  public static ApiException badRequest(String message) {
    return new ApiException(ErrorKind.BAD_REQUEST, message);
  }
}
