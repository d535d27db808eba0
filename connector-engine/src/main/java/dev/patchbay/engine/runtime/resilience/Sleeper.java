package dev.patchbay.engine.runtime.resilience;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits. The engine never calls {@code Thread.sleep} itself, so tests can inject a sleeper that
 * advances a fake clock instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {
  /** Blocks the calling thread for {@code duration}. */
  Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(Math.max(0, duration.toNanos()));

  void sleep(Duration duration) throws InterruptedException;
}
