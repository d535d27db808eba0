package dev.patchbay.engine.runtime.resilience;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * When a provider answer is retried and how long to wait first.
 *
 * <ul>
 *   <li>Only idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried, never POST or PATCH.
 *   <li>Retried statuses: 429 and 5xx, except 501 and 505, which no retry can fix.
 *   <li>The wait is the provider's {@code Retry-After} when it sent one, else exponential backoff
 *       ({@code initialBackoff · 2^n}, capped at {@code maxBackoff}) with equal jitter (half fixed,
 *       half random). Either way it is clamped to {@code maxWait}.
 *   <li>At most {@code maxAttempts} requests in all; the time budget usually ends retries first.
 * </ul>
 */
public final class RetryPolicy {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final Duration maxWait;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final int maxAttempts;
  private final DoubleSupplier jitter;

  /**
   * @param jitter a source of numbers in {@code [0, 1)}
   */
  public RetryPolicy(
      Duration maxWait,
      Duration initialBackoff,
      Duration maxBackoff,
      int maxAttempts,
      DoubleSupplier jitter) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.maxWait = maxWait;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxAttempts = maxAttempts;
    this.jitter = jitter;
  }

  public static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT));
  }

  public static boolean isRetryableStatus(int status) {
    return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
  }

  /** Whether the answer to request number {@code attempt} (1-based) may be retried. */
  public boolean retries(String method, int status, int attempt) {
    return attempt < maxAttempts && isIdempotent(method) && isRetryableStatus(status);
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry): {@code retryAfter} when
   * present, else backoff with jitter; never more than {@code maxWait}.
   */
  public Duration delay(int retry, Optional<Duration> retryAfter) {
    Duration wait = retryAfter.orElseGet(() -> backoff(retry));
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  private Duration backoff(int retry) {
    long base = initialBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    int doublings = Math.min(Math.max(retry - 1, 0), 30);
    long exponential = base > (cap >> doublings) ? cap : Math.min(cap, base << doublings);
    long half = exponential / 2;
    return Duration.ofMillis(exponential - half + (long) (jitter.getAsDouble() * half));
  }
}
