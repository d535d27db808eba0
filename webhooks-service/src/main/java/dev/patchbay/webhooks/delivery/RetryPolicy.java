package dev.patchbay.webhooks.delivery;

import dev.patchbay.webhooks.WebhooksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** When to try again after a failed attempt, and when to give up. */
@ApplicationScoped
public class RetryPolicy {
  /** A receiver's Retry-After is honoured up to this long. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(6);

  private final List<Duration> schedule;

  public RetryPolicy(WebhooksConfig config) {
    this.schedule = config.retrySchedule();
  }

  /** True when the attempt that just failed (1-based) was the last one. */
  boolean exhausted(int attemptsMade) {
    return attemptsMade > schedule.size();
  }

  /**
   * The delay before the next attempt: the schedule's, with up to 20 % jitter so failed endpoints
   * are not hit in lockstep, or the receiver's Retry-After when it asks for longer.
   */
  Duration delayAfter(int attemptsMade, Duration retryAfter) {
    Duration base = schedule.get(Math.min(attemptsMade, schedule.size()) - 1);
    long jitter = (long) (base.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble());
    Duration delay = base.plusMillis(jitter);
    if (retryAfter != null) {
      Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
      return asked.compareTo(delay) > 0 ? asked : delay;
    }
    return delay;
  }
}
