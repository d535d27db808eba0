package dev.patchbay.engine.runtime.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that only moves when told to, and a sleeper that moves it instead of waiting: tests see
 * every wait the engine asked for without waiting for any of them.
 */
public final class FakeTime extends Clock implements Sleeper {
  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();

  public FakeTime(Instant start) {
    this.now = start;
  }

  public static FakeTime at(String isoInstant) {
    return new FakeTime(Instant.parse(isoInstant));
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Every wait requested so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
