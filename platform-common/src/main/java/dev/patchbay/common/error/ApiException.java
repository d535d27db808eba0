package dev.patchbay.common.error;

/**
 * A failure the caller should see as-is: its kind decides the status, its message is shown in the
 * error body. Never put a secret into the message.
 */
public class ApiException extends RuntimeException {
  private final ErrorKind kind;

  public ApiException(ErrorKind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public ErrorKind kind() {
    return kind;
  }

  public static ApiException notFound(String what) {
    return new ApiException(ErrorKind.NOT_FOUND, what + " not found");
  }

  public static ApiException badRequest(String message) {
    return new ApiException(ErrorKind.BAD_REQUEST, message);
  }
}
