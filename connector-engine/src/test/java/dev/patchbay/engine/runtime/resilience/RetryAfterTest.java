package dev.patchbay.engine.runtime.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

  @Test
  void deltaSecondsAreADelay() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(" 0 ", NOW));
  }

  @Test
  void anHttpDateIsADelayFromNow() {
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Wed, 21 Oct 2015 07:29:30 GMT", NOW));
  }

  @Test
  void aDateInThePastMeansNow() {
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW));
  }

  @Test
  void absentOrUnreadableValuesGiveNothing() {
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("  ", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
  }

  @Test
  void hugeDelaysDoNotOverflow() {
    assertEquals(
        Optional.of(Duration.ofDays(365)), RetryAfter.parse("99999999999999999999999", NOW));
  }
}
