package dev.patchbay.common.error;

import java.util.List;

/**
 * A failure the caller should see as-is: its kind decides the status, its message is shown in the
 * error body. Never put a secret into the message.
 */
public class ApiException extends RuntimeException {
  private final ErrorKind kind;
  private final transient List<ProviderError> providerErrors;

  public ApiException(ErrorKind kind, String message) {
    this(kind, message, List.of());
  }

  /** A failure caused by the provider behind the request; its answers go into the error body. */
  public ApiException(ErrorKind kind, String message, List<ProviderError> providerErrors) {
    super(message, null, false, false);
    this.kind = kind;
    this.providerErrors = List.copyOf(providerErrors);
  }

  public ErrorKind kind() {
    return kind;
  }

  public List<ProviderError> providerErrors() {
    return providerErrors;
  }

  public static ApiException notFound(String what) {
    return new ApiException(ErrorKind.NOT_FOUND, what + " not found");
  }

  public static ApiException badRequest(String message) {
    return new ApiException(ErrorKind.BAD_REQUEST, message);
  }
}
