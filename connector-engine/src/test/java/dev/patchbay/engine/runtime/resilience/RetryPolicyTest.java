package dev.patchbay.engine.runtime.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  private static RetryPolicy policy(double jitter) {
    return new RetryPolicy(
        Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(8), 4, () -> jitter);
  }

  @ParameterizedTest
  @CsvSource({
    "GET, 429, true",
    "get, 503, true",
    "HEAD, 500, true",
    "PUT, 502, true",
    "DELETE, 504, true",
    "OPTIONS, 429, true",
    "POST, 429, false",
    "PATCH, 503, false",
    "GET, 501, false",
    "GET, 505, false",
    "GET, 404, false",
    "GET, 401, false"
  })
  void retriesRateLimitsAndServerErrorsOfIdempotentMethodsOnly(
      String method, int status, boolean retried) {
    assertEquals(retried, policy(0).retries(method, status, 1));
  }

  @Test
  void stopsAtTheAttemptCap() {
    assertTrue(policy(0).retries("GET", 503, 3));
    assertFalse(policy(0).retries("GET", 503, 4));
  }

  @Test
  void retryAfterIsHonouredAndClampedToTheLongestWait() {
    assertEquals(Duration.ofSeconds(7), policy(0).delay(1, Optional.of(Duration.ofSeconds(7))));
    assertEquals(Duration.ofSeconds(30), policy(0).delay(1, Optional.of(Duration.ofSeconds(3600))));
  }

  @Test
  void backoffDoublesUpToItsCapWithHalfOfItJittered() {
    RetryPolicy noJitter = policy(0);
    assertEquals(Duration.ofMillis(500), noJitter.delay(1, Optional.empty()));
    assertEquals(Duration.ofMillis(1000), noJitter.delay(2, Optional.empty()));
    assertEquals(Duration.ofMillis(2000), noJitter.delay(3, Optional.empty()));
    assertEquals(Duration.ofMillis(4000), noJitter.delay(5, Optional.empty()));
    assertEquals(Duration.ofMillis(4000), noJitter.delay(40, Optional.empty()));

    RetryPolicy fullJitter = policy(0.5);
    assertEquals(Duration.ofMillis(750), fullJitter.delay(1, Optional.empty()));
    assertEquals(Duration.ofMillis(6000), fullJitter.delay(9, Optional.empty()));
  }
}
