package dev.patchbay.engine.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshScheduleTest {
  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void hourlyScheduleIsDueOnceTheHourTurns() {
    String hourly = "0 * * * *";
    Instant last = at("2026-03-15T10:05:00Z");

    assertFalse(RefreshSchedule.isDue(hourly, last, at("2026-03-15T10:59:59Z")));
    assertTrue(RefreshSchedule.isDue(hourly, last, at("2026-03-15T11:00:00Z")));
    assertTrue(RefreshSchedule.isDue(hourly, last, at("2026-03-15T13:30:00Z")));
  }

  @Test
  void neverRefreshedIsDue() {
    assertTrue(RefreshSchedule.isDue("0 3 * * *", null, at("2026-03-15T10:00:00Z")));
  }

  @Test
  void aRefreshAtTheScheduledMinuteIsNotDueAgainThatMinute() {
    Instant sharp = at("2026-03-15T11:00:00Z");
    assertFalse(RefreshSchedule.isDue("0 * * * *", sharp, at("2026-03-15T11:00:40Z")));
  }

  @Test
  void anImpossibleDateIsNeverDue() {
    assertFalse(
        RefreshSchedule.isDue(
            "0 0 30 2 *", at("2026-01-01T00:00:00Z"), at("2030-01-01T00:00:00Z")));
  }

  @ParameterizedTest
  @CsvSource({
    // expression, after, next
    "*/15 * * * *, 2026-03-15T10:07:00Z, 2026-03-15T10:15:00Z",
    "0 9-17/4 * * *, 2026-03-15T10:00:00Z, 2026-03-15T13:00:00Z",
    "30 2 * * MON-FRI, 2026-03-14T00:00:00Z, 2026-03-16T02:30:00Z",
    "0 0 * * 7, 2026-03-15T10:00:00Z, 2026-03-22T00:00:00Z",
    "'0 0 1 jan,jul *', 2026-03-15T10:00:00Z, 2026-07-01T00:00:00Z",
    "0 0 13 * 5, 2026-03-01T00:00:00Z, 2026-03-06T00:00:00Z",
    "5/20 * * * *, 2026-03-15T10:26:00Z, 2026-03-15T10:45:00Z",
    "@daily, 2026-12-31T23:59:00Z, 2027-01-01T00:00:00Z",
    "0 0 29 2 *, 2026-03-01T00:00:00Z, 2028-02-29T00:00:00Z"
  })
  void nextFiringTimes(String expression, String after, String next) {
    assertEquals(Optional.of(at(next)), CronExpression.parse(expression).nextAfter(at(after)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "* * * *", "60 * * * *", "* 24 * * *", "*/0 * * * *", "a b c d e"})
  void malformedExpressionsAreRefused(String expression) {
    assertThrows(
        IllegalArgumentException.class,
        () -> RefreshSchedule.isDue(expression, null, at("2026-03-15T10:00:00Z")));
  }
}
