package dev.patchbay.engine.runtime.resilience;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link TokenBucket} per connector key, shared by every execution that uses this registry. A
 * connector loaded again with a different rate gets a new bucket.
 */
public final class RateLimits {
  private final Clock clock;
  private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  public RateLimits(Clock clock) {
    this.clock = clock;
  }

  /**
   * The bucket of {@code scope} (a connector key, or {@code <connector key>|<account id>} when the
   * limit applies per account); empty when {@code perSecond} is absent or not positive.
   */
  public Optional<TokenBucket> forConnector(String scope, Double perSecond) {
    if (perSecond == null || !(perSecond > 0) || perSecond.isInfinite()) {
      return Optional.empty();
    }
    return Optional.of(
        buckets.compute(
            scope,
            (key, existing) ->
                existing != null && existing.permitsPerSecond() == perSecond
                    ? existing
                    : TokenBucket.perSecond(perSecond, clock)));
  }
}
