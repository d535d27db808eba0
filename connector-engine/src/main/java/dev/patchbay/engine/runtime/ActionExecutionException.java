package dev.patchbay.engine.runtime;

import dev.patchbay.engine.runtime.log.StepLog;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An action that could not complete. {@code statusCode} is the HTTP-style status to report to the
 * caller (400 for bad inputs, 401 when a credentials refresh failed, the provider's or mapped
 * status for a failed request, 408 when the time budget ran out, 502 when the provider could not be
 * reached or answered too much, 504 when it did not answer in time, 429 when the connector's rate
 * limit has a longer queue than the executor waits for, 500 for a connector fault). Messages never
 * contain credentials. {@link #stepLogs} holds what the execution did up to the failure; {@link
 * #retryAfter} when the caller may try again.
 */
public class ActionExecutionException extends RuntimeException {
  private final int statusCode;
  private final String stepId;
  private final Duration retryAfter;
  private transient volatile List<StepLog> stepLogs = List.of();

  public ActionExecutionException(int statusCode, String stepId, String message) {
    this(statusCode, stepId, message, (Throwable) null);
  }

  public ActionExecutionException(int statusCode, String stepId, String message, Throwable cause) {
    this(statusCode, stepId, message, cause, null);
  }

  /** A failure after which the caller may try again once {@code retryAfter} has passed. */
  public ActionExecutionException(
      int statusCode, String stepId, String message, Duration retryAfter) {
    this(statusCode, stepId, message, null, retryAfter);
  }

  private ActionExecutionException(
      int statusCode, String stepId, String message, Throwable cause, Duration retryAfter) {
    super(message, cause);
    this.statusCode = statusCode;
    this.stepId = stepId;
    this.retryAfter = retryAfter;
  }

  public int statusCode() {
    return statusCode;
  }

  /** The step that failed, or {@code null} when the action failed before any step ran. */
  public String stepId() {
    return stepId;
  }

  /** How long the caller should wait before trying again, when that is known. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The step logs of the failed execution, redacted; empty when it failed before any step. */
  public List<StepLog> stepLogs() {
    return stepLogs;
  }

  void attachStepLogs(List<StepLog> logs) {
    this.stepLogs = List.copyOf(logs);
  }
}
