package dev.patchbay.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "patchbay.webhooks")
public interface WebhooksConfig {

  /** Let subscriptions target loopback and private addresses (local development, tests). */
  @WithDefault("false")
  boolean allowPrivateTargets();

  /**
   * Delay before each retry after a failed attempt; one more attempt than entries in total, then
   * the delivery is dead. The default spreads ten attempts over about a day. Each delay gets up to
   * 20 % jitter.
   */
  @WithDefault("5s,30s,2m,10m,30m,1h,3h,6h,12h")
  List<Duration> retrySchedule();

  /** Deliveries attempted at the same time by one instance. */
  @WithDefault("4")
  int workers();

  /** How long a receiver may take to answer. */
  @WithDefault("15s")
  Duration timeout();

  /** How long the previous secret keeps signing after a rotation, by default. */
  @WithDefault("24h")
  Duration secretOverlap();

  /** How often idle workers look for due deliveries. */
  @WithDefault("200ms")
  Duration pollInterval();

  CircuitBreaker circuitBreaker();

  interface CircuitBreaker {
    /** Consecutive failed attempts to one endpoint that open its circuit. */
    @WithDefault("5")
    int failureThreshold();

    /** How long an open circuit holds an endpoint's deliveries back before one is tried. */
    @WithDefault("1m")
    Duration openFor();
  }
}
