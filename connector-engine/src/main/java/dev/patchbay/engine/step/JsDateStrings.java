package dev.patchbay.engine.step;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** JS {@code Date.prototype.toISOString}, including the six-digit form of extended years. */
final class JsDateStrings {
  private JsDateStrings() {}

  static String iso(Instant instant) {
    LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    int year = time.getYear();
    String yearText =
        year >= 0 && year <= 9999
            ? String.format("%04d", year)
            : (year < 0 ? "-" : "+") + String.format("%06d", Math.abs(year));
    return String.format(
        "%s-%02d-%02dT%02d:%02d:%02d.%03dZ",
        yearText,
        time.getMonthValue(),
        time.getDayOfMonth(),
        time.getHour(),
        time.getMinute(),
        time.getSecond(),
        time.getNano() / 1_000_000);
  }
}
