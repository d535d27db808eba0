package dev.patchbay.engine.runtime.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A classic five-field cron expression ({@code minute hour day-of-month month day-of-week}),
 * evaluated in UTC. Each field takes {@code *}, numbers, ranges {@code a-b}, steps ({@code a-b/n},
 * {@code a/n}, or a star followed by {@code /n}) and comma lists; months and weekdays also take {@code JAN…DEC} and {@code
 * SUN…SAT}, and weekday 7 is Sunday. As in Vixie cron, when both day fields are restricted a day
 * matches either. The macros {@code @yearly}, {@code @annually}, {@code @monthly}, {@code
 * @weekly}, {@code @daily}, {@code @midnight} and {@code @hourly} are accepted.
 */
public final class CronExpression {
  private static final Map<String, String> MACROS =
      Map.of(
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *",
          "@monthly", "0 0 1 * *",
          "@weekly", "0 0 * * 0",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@hourly", "0 * * * *");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  /** How far {@link #nextAfter} looks: far enough for a 29 February schedule. */
  private static final int SEARCH_YEARS = 8;

  private final String text;
  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet daysOfMonth;
  private final BitSet months;
  private final BitSet daysOfWeek;
  private final boolean anyDayOfMonth;
  private final boolean anyDayOfWeek;

  private CronExpression(String text, String[] fields) {
    this.text = text;
    this.minutes = field(fields[0], 0, 59, List.of(), 0, "minute");
    this.hours = field(fields[1], 0, 23, List.of(), 0, "hour");
    this.daysOfMonth = field(fields[2], 1, 31, List.of(), 0, "day of month");
    this.months = field(fields[3], 1, 12, MONTHS, 1, "month");
    BitSet weekdays = field(fields[4], 0, 7, DAYS, 0, "day of week");
    if (weekdays.get(7)) {
      weekdays.set(0);
    }
    this.daysOfWeek = weekdays;
    this.anyDayOfMonth = fields[2].startsWith("*");
    this.anyDayOfWeek = fields[4].startsWith("*");
  }

  /**
   * @throws IllegalArgumentException when {@code expression} is not a valid five-field cron
   */
  public static CronExpression parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException("empty cron expression");
    }
    String trimmed = expression.trim();
    String expanded = MACROS.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    String[] fields = expanded.split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          "cron expression '" + expression + "' must have 5 fields, not " + fields.length);
    }
    return new CronExpression(trimmed, fields);
  }

  /** The first matching minute strictly after {@code instant}; empty when none comes soon. */
  public Optional<Instant> nextAfter(Instant instant) {
    ZonedDateTime time =
        instant.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    ZonedDateTime limit = time.plusYears(SEARCH_YEARS);
    while (time.isBefore(limit)) {
      if (!months.get(time.getMonthValue())) {
        time = time.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
      } else if (!dayMatches(time)) {
        time = time.truncatedTo(ChronoUnit.DAYS).plusDays(1);
      } else if (!hours.get(time.getHour())) {
        time = time.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.get(time.getMinute())) {
        time = time.plusMinutes(1);
      } else {
        return Optional.of(time.toInstant());
      }
    }
    return Optional.empty();
  }

  private boolean dayMatches(ZonedDateTime time) {
    boolean dayOfMonth = daysOfMonth.get(time.getDayOfMonth());
    boolean dayOfWeek = daysOfWeek.get(time.getDayOfWeek().getValue() % 7);
    if (anyDayOfMonth || anyDayOfWeek) {
      return dayOfMonth && dayOfWeek;
    }
    return dayOfMonth || dayOfWeek;
  }

  private static BitSet field(
      String field, int min, int max, List<String> names, int firstName, String what) {
    BitSet values = new BitSet(max + 1);
    for (String part : field.split(",", -1)) {
      String range = part;
      int step = 1;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        range = part.substring(0, slash);
        step = number(part.substring(slash + 1), List.of(), 0, what);
        if (step < 1) {
          throw new IllegalArgumentException("cron " + what + " step must be positive: " + part);
        }
      }
      int from;
      int to;
      if (range.equals("*")) {
        from = min;
        to = max;
      } else if (range.contains("-")) {
        String[] bounds = range.split("-", -1);
        if (bounds.length != 2) {
          throw new IllegalArgumentException("cron " + what + " range is malformed: " + part);
        }
        from = number(bounds[0], names, firstName, what);
        to = number(bounds[1], names, firstName, what);
      } else {
        from = number(range, names, firstName, what);
        to = slash >= 0 ? max : from;
      }
      if (from < min || to > max || from > to) {
        throw new IllegalArgumentException(
            "cron " + what + " must be within " + min + "-" + max + ": " + part);
      }
      for (int value = from; value <= to; value += step) {
        values.set(value);
      }
    }
    return values;
  }

  private static int number(String token, List<String> names, int firstName, String what) {
    int named = names.indexOf(token.toUpperCase(Locale.ROOT));
    if (named >= 0) {
      return named + firstName;
    }
    if (token.isEmpty() || !token.chars().allMatch(Character::isDigit) || token.length() > 4) {
      throw new IllegalArgumentException("cron " + what + " is not a number: '" + token + "'");
    }
    return Integer.parseInt(token);
  }

  @Override
  public String toString() {
    return text;
  }
}
