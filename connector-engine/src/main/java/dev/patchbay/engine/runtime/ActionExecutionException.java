package dev.patchbay.engine.runtime;

/**
 * An action that could not complete. {@code statusCode} is the HTTP-style status to report to the
 * caller (400 for bad inputs, the provider's or mapped status for a failed request, 502 when the
 * provider could not be reached, 500 for a connector fault). Messages never contain credentials.
 */
public class ActionExecutionException extends RuntimeException {
  private final int statusCode;
  private final String stepId;

  public ActionExecutionException(int statusCode, String stepId, String message) {
    this(statusCode, stepId, message, null);
  }

  public ActionExecutionException(int statusCode, String stepId, String message, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.stepId = stepId;
  }

  public int statusCode() {
    return statusCode;
  }

  /** The step that failed, or {@code null} when the action failed before any step ran. */
  public String stepId() {
    return stepId;
  }
}
