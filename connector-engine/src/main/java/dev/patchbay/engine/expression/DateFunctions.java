package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The date helpers of expressions 0.16.0 (date-fns based), in UTC: zone-less dates are read as UTC,
 * which is what the reference does under TZ=UTC.
 */
final class DateFunctions {
  private static final List<String> FALLBACK_FORMATS =
      List.of("dd/MM/uuuu", "MM/dd/uuuu", "uuuu/MM/dd", "dd-MM-uuuu", "MM-dd-uuuu");

  private final Clock clock;

  DateFunctions(Clock clock) {
    this.clock = clock;
  }

  /** The next anniversary (today included) of the date, as a Date; null for an invalid date. */
  JsonNode nextAnniversary(JsonNode date, JsonNode format) {
    Optional<LocalDateTime> start = parse(date, format);
    if (start.isEmpty()) {
      return NullNode.getInstance();
    }
    LocalDateTime now = now();
    LocalDateTime anniversary = withYear(start.get(), now.getYear());
    if (anniversary.isBefore(now.truncatedTo(ChronoUnit.DAYS))) {
      anniversary = withYear(start.get(), now.getYear() + 1);
    }
    return JsValues.date(anniversary.toInstant(ZoneOffset.UTC));
  }

  /** Full years from start to end (default now), date-fns differenceInYears; null if invalid. */
  JsonNode yearsElapsed(JsonNode start, JsonNode format, JsonNode end) {
    Optional<LocalDateTime> from = parse(start, format);
    Optional<LocalDateTime> to = JsValues.isNullish(end) ? Optional.of(now()) : parse(end, format);
    if (from.isEmpty() || to.isEmpty()) {
      return NullNode.getInstance();
    }
    return JsValues.number(differenceInYears(to.get(), from.get()));
  }

  /**
   * True when the date plus {@code years} (rounded) falls after now minus one day, that is when it
   * has not passed yet: the reference's inverted behaviour, reproduced.
   */
  JsonNode hasPassed(JsonNode date, JsonNode format, JsonNode years) {
    Optional<LocalDateTime> start = parse(date, format);
    if (start.isEmpty()) {
      return JsValues.bool(false);
    }
    double amount = JsValues.isUndefined(years) ? 0 : JsValues.toNumber(years);
    if (Double.isNaN(amount)) {
      return JsValues.bool(false);
    }
    LocalDateTime shifted = start.get().plusYears((long) Math.floor(amount + 0.5));
    return JsValues.bool(shifted.isAfter(now().minusDays(1)));
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** JS setFullYear: February 29 in a common year rolls over to March 1. */
  private static LocalDateTime withYear(LocalDateTime date, int year) {
    LocalDateTime moved = date.withYear(year);
    return moved.getDayOfMonth() == date.getDayOfMonth() ? moved : moved.plusDays(1);
  }

  private static long differenceInYears(LocalDateTime later, LocalDateTime earlier) {
    int sign = later.compareTo(earlier) > 0 ? 1 : later.compareTo(earlier) < 0 ? -1 : 0;
    long diff = Math.abs((long) later.getYear() - earlier.getYear());
    int partialCompare = later.withYear(1584).compareTo(earlier.withYear(1584));
    int partialSign = Integer.signum(partialCompare);
    boolean partial = partialSign == -sign && sign != 0;
    return sign * (diff - (partial ? 1 : 0));
  }

  static Optional<LocalDateTime> parse(JsonNode value, JsonNode format) {
    if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
      return Optional.empty();
    }
    String text = value.textValue();
    if (format != null && format.isTextual()) {
      Optional<LocalDateTime> formatted = parseWith(text, toJavaPattern(format.textValue()));
      if (formatted.isPresent()) {
        return formatted;
      }
    }
    Optional<LocalDateTime> iso = parseIso(text);
    if (iso.isPresent()) {
      return iso;
    }
    for (String pattern : FALLBACK_FORMATS) {
      Optional<LocalDateTime> parsed = parseWith(text, pattern);
      if (parsed.isPresent()) {
        return parsed;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDateTime> parseIso(String text) {
    try {
      return Optional.of(
          LocalDateTime.ofInstant(OffsetDateTime.parse(text).toInstant(), ZoneOffset.UTC));
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC));
      } catch (DateTimeParseException notInstant) {
        try {
          return Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException notLocal) {
          return parseWith(text, "uuuu-MM-dd");
        }
      }
    }
  }

  private static String toJavaPattern(String dateFnsPattern) {
    return dateFnsPattern.replace("yyyy", "uuuu");
  }

  private static Optional<LocalDateTime> parseWith(String text, String pattern) {
    try {
      DateTimeFormatter formatter =
          DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
      return Optional.of(LocalDate.parse(text, formatter).atStartOfDay());
    } catch (IllegalArgumentException | DateTimeParseException invalid) {
      return Optional.empty();
    }
  }
}
