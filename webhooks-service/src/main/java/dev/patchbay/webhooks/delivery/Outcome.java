package dev.patchbay.webhooks.delivery;

import java.time.Duration;

/**
 * What one attempt came to: the receiver's status (null when no answer came), the receiver's
 * Retry-After, or why no request was made or answered.
 */
record Outcome(Integer status, Duration retryAfter, String error) {

  boolean succeeded() {
    return status != null && status >= 200 && status < 300;
  }

  /** 410 Gone: the receiver asks to stop; the subscription is disabled. */
  boolean gone() {
    return status != null && status == 410;
  }

  static Outcome answered(int status, Duration retryAfter) {
    return new Outcome(status, retryAfter, status >= 200 && status < 300 ? null : "HTTP " + status);
  }

  static Outcome unanswered(String error) {
    return new Outcome(null, null, error);
  }
}
