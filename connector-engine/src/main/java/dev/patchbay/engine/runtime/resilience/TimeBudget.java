package dev.patchbay.engine.runtime.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time one action execution may take, retries and rate-limit waits included. Started when the
 * execution starts; every wait goes through {@link #sleep} and is refused when it would not fit.
 */
public final class TimeBudget {
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration total;
  private final Instant deadline;

  private TimeBudget(Clock clock, Sleeper sleeper, Duration total) {
    if (total.isNegative() || total.isZero()) {
      throw new IllegalArgumentException("a time budget must be positive");
    }
    this.clock = clock;
    this.sleeper = sleeper;
    this.total = total;
    this.deadline = clock.instant().plus(total);
  }

  public static TimeBudget start(Clock clock, Sleeper sleeper, Duration total) {
    return new TimeBudget(clock, sleeper, total);
  }

  public Duration total() {
    return total;
  }

  /** What is left; zero (never negative) once the deadline has passed. */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  public boolean isExhausted() {
    return remaining().isZero();
  }

  /** Whether a wait of {@code wait} ends before the deadline, leaving time to do something. */
  public boolean allows(Duration wait) {
    return wait.compareTo(remaining()) < 0;
  }

  /**
   * Waits {@code wait}. The caller checks {@link #allows} first.
   *
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  public void sleep(Duration wait) throws InterruptedException {
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }
}
