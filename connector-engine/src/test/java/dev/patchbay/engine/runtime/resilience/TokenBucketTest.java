package dev.patchbay.engine.runtime.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final Duration PLENTY = Duration.ofMinutes(1);

  @Test
  void aFullBucketServesOneSecondOfBurstThenSpacesRequests() {
    FakeTime time = FakeTime.at("2026-01-01T00:00:00Z");
    TokenBucket bucket = TokenBucket.perSecond(4, time);

    for (int i = 0; i < 4; i++) {
      assertEquals(Optional.of(Duration.ZERO), bucket.reserve(PLENTY));
    }
    assertEquals(Optional.of(Duration.ofMillis(250)), bucket.reserve(PLENTY));
    assertEquals(Optional.of(Duration.ofMillis(500)), bucket.reserve(PLENTY), "reservations queue");
  }

  @Test
  void tokensComeBackWithTime() {
    FakeTime time = FakeTime.at("2026-01-01T00:00:00Z");
    TokenBucket bucket = TokenBucket.perSecond(2, time);
    bucket.reserve(PLENTY);
    bucket.reserve(PLENTY);

    time.advance(Duration.ofMillis(500));

    assertEquals(Optional.of(Duration.ZERO), bucket.reserve(PLENTY));
    assertEquals(Optional.of(Duration.ofMillis(500)), bucket.reserve(PLENTY));
  }

  @Test
  void aWaitLongerThanAllowedReservesNothing() {
    FakeTime time = FakeTime.at("2026-01-01T00:00:00Z");
    TokenBucket bucket = TokenBucket.perSecond(0.5, time);
    bucket.reserve(PLENTY);

    assertEquals(Optional.empty(), bucket.reserve(Duration.ofSeconds(1)));
    assertEquals(Optional.of(Duration.ofSeconds(2)), bucket.reserve(Duration.ofSeconds(2)));
  }

  @Test
  void oneBucketPerConnectorUntilItsRateChanges() {
    RateLimits limits = new RateLimits(FakeTime.at("2026-01-01T00:00:00Z"));
    TokenBucket first = limits.forConnector("crm", 5.0).orElseThrow();

    assertSame(first, limits.forConnector("crm", 5.0).orElseThrow());
    assertEquals(2.0, limits.forConnector("crm", 2.0).orElseThrow().permitsPerSecond());
    assertTrue(limits.forConnector("hr", null).isEmpty());
    assertTrue(limits.forConnector("hr", 0.0).isEmpty());
  }
}
