package dev.patchbay.engine.runtime.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token bucket holding up to {@code capacity} permits, refilled at {@code permitsPerSecond}.
 * {@link #reserve} hands out a permit and says how long the caller must wait before using it;
 * reservations queue (the bucket goes negative), so concurrent callers are spaced out fairly.
 * Thread-safe.
 */
public final class TokenBucket {
  private final double permitsPerSecond;
  private final double capacity;
  private final Clock clock;
  private double tokens;
  private Instant refilledAt;

  public TokenBucket(double permitsPerSecond, double capacity, Clock clock) {
    if (!(permitsPerSecond > 0) || !(capacity >= 1)) {
      throw new IllegalArgumentException("a token bucket needs a positive rate and capacity >= 1");
    }
    this.permitsPerSecond = permitsPerSecond;
    this.capacity = capacity;
    this.clock = clock;
    this.tokens = capacity;
    this.refilledAt = clock.instant();
  }

  /** A bucket for {@code perSecond} requests a second, with one second's worth of burst. */
  public static TokenBucket perSecond(double perSecond, Clock clock) {
    return new TokenBucket(perSecond, Math.max(1, Math.floor(perSecond)), clock);
  }

  public double permitsPerSecond() {
    return permitsPerSecond;
  }

  /**
   * Reserves one permit if it becomes usable within {@code maxWait}.
   *
   * @return the wait before the permit may be used (zero when one is available now), or empty when
   *     the wait would exceed {@code maxWait}; nothing is reserved then
   */
  public synchronized Optional<Duration> reserve(Duration maxWait) {
    Duration wait = nextPermitIn();
    if (wait.compareTo(maxWait) > 0) {
      return Optional.empty();
    }
    tokens -= 1;
    return Optional.of(wait);
  }

  /** How long until the next permit would be usable, counting the reservations already queued. */
  public synchronized Duration nextPermitIn() {
    refill();
    return tokens >= 1
        ? Duration.ZERO
        : Duration.ofNanos((long) Math.ceil((1 - tokens) / permitsPerSecond * 1e9));
  }

  private void refill() {
    Instant now = clock.instant();
    if (now.isAfter(refilledAt)) {
      double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
      tokens = Math.min(capacity, tokens + seconds * permitsPerSecond);
      refilledAt = now;
    }
  }
}
