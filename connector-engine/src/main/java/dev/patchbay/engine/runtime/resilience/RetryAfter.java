package dev.patchbay.engine.runtime.resilience;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110 §10.2.3): delay seconds ({@code 120}) or an
 * HTTP-date ({@code Wed, 21 Oct 2015 07:28:00 GMT}). A date in the past means "now".
 */
public final class RetryAfter {
  /** Longer delays are cut here so that arithmetic never overflows; callers clamp far lower. */
  private static final long MAX_SECONDS = 86_400L * 365;

  private RetryAfter() {}

  /** The delay the header asks for, measured from {@code now}; empty when absent or unreadable. */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    if (text.chars().allMatch(Character::isDigit)) {
      long seconds = text.length() > 12 ? MAX_SECONDS : Math.min(Long.parseLong(text), MAX_SECONDS);
      return Optional.of(Duration.ofSeconds(seconds));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
