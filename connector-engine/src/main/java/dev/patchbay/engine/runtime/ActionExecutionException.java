package dev.patchbay.engine.runtime;

import dev.patchbay.engine.runtime.log.StepLog;
import java.util.List;

/**
 * An action that could not complete. {@code statusCode} is the HTTP-style status to report to the
 * caller (400 for bad inputs, 401 when a credentials refresh failed, the provider's or mapped
 * status for a failed request, 408 when the time budget ran out, 502 when the provider could not be
 * reached or answered too much, 504 when it did not answer in time, 500 for a connector fault).
 * Messages never contain credentials. {@link #stepLogs} holds what the execution did up to the
 * failure.
 */
public class ActionExecutionException extends RuntimeException {
  private final int statusCode;
  private final String stepId;
  private transient volatile List<StepLog> stepLogs = List.of();

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

  /** The step logs of the failed execution, redacted; empty when it failed before any step. */
  public List<StepLog> stepLogs() {
    return stepLogs;
  }

  void attachStepLogs(List<StepLog> logs) {
    this.stepLogs = List.copyOf(logs);
  }
}
