package dev.patchbay.engine.step;

import dev.patchbay.engine.expression.JsValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code datetime_string} as @stackone/utils' {@code safeParseToDateTime} does under
 * TZ=UTC: date-fns {@code parse(text, "yyyy-MM-dd")}, then date-fns {@code parseISO} (week dates,
 * ordinal dates, compact forms, fractions, offsets), then a fixed list of day-first, month-first
 * and year-first formats.
 */
final class DateTimeParser {
  private static final String PRIMARY_FORMAT = "yyyy-MM-dd";
  private static final List<String> FALLBACK_FORMATS =
      List.of(
          "yyyy-MM-dd",
          "yyyy/MM/dd",
          "dd/MM/yyyy",
          "dd-MM-yyyy",
          "yyyy-dd-MM",
          "yyyy/dd/MM",
          "MM/dd/yyyy",
          "MM-dd-yyyy");
  private static final Pattern FORMAT_TOKEN = Pattern.compile("yyyy|MM|dd|.");
  private static final Pattern YEAR =
      Pattern.compile("^(?:(\\d{4}|[+-]\\d{6})|(\\d{2}|[+-]\\d{4})$)");
  private static final Pattern DATE =
      Pattern.compile("^-?(?:(\\d{3})|(\\d{2})(?:-?(\\d{2}))?|W(\\d{2})(?:-?(\\d))?|)$");
  private static final Pattern TIME =
      Pattern.compile(
          "^(\\d{2}(?:[.,]\\d*)?)(?::?(\\d{2}(?:[.,]\\d*)?))?(?::?(\\d{2}(?:[.,]\\d*)?))?$");
  private static final Pattern ZONE = Pattern.compile("^([+-])(\\d{2})(?::?(\\d{2}))?$");
  private static final Pattern ZONE_SUFFIX = Pattern.compile("([Z+-].*)$");
  private static final long MAX_EPOCH_MILLIS = 8_640_000_000_000_000L;
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private DateTimeParser() {}

  static Optional<Instant> parse(String text) {
    Optional<Instant> parsed = withFormat(text, PRIMARY_FORMAT);
    if (parsed.isEmpty()) {
      parsed = iso(text);
    }
    for (int i = 0; parsed.isEmpty() && i < FALLBACK_FORMATS.size(); i++) {
      parsed = withFormat(text, FALLBACK_FORMATS.get(i));
    }
    return parsed;
  }

  /**
   * date-fns {@code parse} for formats made of {@code yyyy} (1–4 digits, year ≥ 1), {@code MM},
   * {@code dd} (1–2 digits) and literal characters; trailing whitespace is allowed.
   */
  private static Optional<Instant> withFormat(String text, String format) {
    int year = 0;
    int month = 0;
    int day = 0;
    String rest = text;
    Matcher tokens = FORMAT_TOKEN.matcher(format);
    while (tokens.find()) {
      String token = tokens.group();
      if (token.length() == 1) {
        if (!rest.startsWith(token)) {
          return Optional.empty();
        }
        rest = rest.substring(1);
        continue;
      }
      Matcher digits =
          Pattern.compile("^\\d{1," + (token.equals("yyyy") ? 4 : 2) + "}").matcher(rest);
      if (!digits.find()) {
        return Optional.empty();
      }
      int value = Integer.parseInt(digits.group());
      rest = rest.substring(digits.end());
      switch (token) {
        case "yyyy" -> year = value;
        case "MM" -> month = value;
        default -> day = value;
      }
    }
    if (!JsValues.trim(rest).isEmpty()
        || year < 1
        || month < 1
        || month > 12
        || day < 1
        || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(
        Instant.ofEpochMilli(LocalDate.of(year, month, day).toEpochDay() * MILLIS_PER_DAY));
  }

  /** date-fns {@code parseISO} with its default of two additional year digits. */
  private static Optional<Instant> iso(String text) {
    String[] parts = text.split("[T ]", -1);
    if (parts.length > 2) {
      return Optional.empty();
    }
    String date;
    String time;
    if (parts[0].contains(":")) {
      return Optional.empty();
    }
    date = parts[0];
    time = parts.length > 1 ? parts[1] : null;
    if (Pattern.compile("[Z ]", Pattern.CASE_INSENSITIVE).matcher(date).find()) {
      date = text.split("(?i)[Z ]", -1)[0];
      time = text.substring(date.length());
    }
    String zone = null;
    if (time != null) {
      Matcher suffix = ZONE_SUFFIX.matcher(time);
      if (suffix.find()) {
        zone = suffix.group(1);
        time = time.replaceFirst(Pattern.quote(zone), "");
      }
    }
    Optional<Long> day = isoDate(date);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    double millis = day.get() * (double) MILLIS_PER_DAY;
    if (time != null && !time.isEmpty()) {
      double timeMillis = isoTime(time);
      if (Double.isNaN(timeMillis)) {
        return Optional.empty();
      }
      millis += timeMillis;
    }
    if (zone != null) {
      double offset = isoZone(zone);
      if (Double.isNaN(offset)) {
        return Optional.empty();
      }
      millis += offset;
    }
    long instant = (long) millis;
    return Math.abs(instant) > MAX_EPOCH_MILLIS
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(instant));
  }

  /** The epoch day of an ISO calendar, ordinal or week date. */
  private static Optional<Long> isoDate(String text) {
    Matcher year = YEAR.matcher(text);
    if (!year.find()) {
      return Optional.empty();
    }
    boolean century = year.group(1) == null;
    int value = Integer.parseInt(century ? year.group(2) : year.group(1));
    int fullYear = century ? value * 100 : value;
    Matcher date = DATE.matcher(text.substring(year.end()));
    if (!date.matches()) {
      return Optional.empty();
    }
    if (date.group(4) != null) {
      int week = Integer.parseInt(date.group(4));
      int weekDay = unit(date.group(5)) - 1;
      if (week < 1 || week > 53 || weekDay < 0 || weekDay > 6) {
        return Optional.empty();
      }
      LocalDate fourthOfJanuary = LocalDate.of(fullYear, 1, 4);
      int fourthDay = fourthOfJanuary.getDayOfWeek().getValue();
      return Optional.of(fourthOfJanuary.toEpochDay() + (week - 1) * 7L + weekDay + 1 - fourthDay);
    }
    int dayOfYear = unit(date.group(1));
    int month = unit(date.group(2));
    int day = unit(date.group(3));
    boolean leap = LocalDate.of(fullYear, 1, 1).isLeapYear();
    if (month < 1
        || month > 12
        || day < 1
        || day > LocalDate.of(fullYear, month, 1).lengthOfMonth()
        || dayOfYear < 1
        || dayOfYear > (leap ? 366 : 365)) {
      return Optional.empty();
    }
    return Optional.of(
        LocalDate.of(fullYear, month, 1).toEpochDay() + Math.max(dayOfYear, day) - 1);
  }

  private static int unit(String digits) {
    return digits == null ? 1 : Integer.parseInt(digits);
  }

  /** Milliseconds into the day, NaN when invalid; 24:00:00 is allowed. */
  private static double isoTime(String text) {
    Matcher time = TIME.matcher(text);
    if (!time.matches()) {
      return Double.NaN;
    }
    double hours = timeUnit(time.group(1));
    double minutes = timeUnit(time.group(2));
    double seconds = timeUnit(time.group(3));
    boolean valid =
        hours == 24
            ? minutes == 0 && seconds == 0
            : seconds >= 0
                && seconds < 60
                && minutes >= 0
                && minutes < 60
                && hours >= 0
                && hours < 25;
    return valid ? hours * 3_600_000 + minutes * 60_000 + seconds * 1000 : Double.NaN;
  }

  private static double timeUnit(String value) {
    return value == null ? 0 : Double.parseDouble(value.replace(',', '.'));
  }

  /** The offset to add to local time to reach UTC, in milliseconds; NaN when invalid. */
  private static double isoZone(String zone) {
    if (zone.equals("Z")) {
      return 0;
    }
    Matcher offset = ZONE.matcher(zone);
    if (!offset.matches()) {
      return 0;
    }
    int sign = offset.group(1).equals("+") ? -1 : 1;
    int hours = Integer.parseInt(offset.group(2));
    int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
    return minutes > 59 ? Double.NaN : sign * (hours * 3_600_000.0 + minutes * 60_000.0);
  }
}
