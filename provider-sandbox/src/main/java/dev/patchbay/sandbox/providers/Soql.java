package dev.patchbay.sandbox.providers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of SOQL the Salesforce simulator answers: {@code SELECT} fields, parent fields ({@code
 * Account.Name}) and child subqueries ({@code (SELECT OpportunityId FROM
 * OpportunityContactRoles)}); {@code FROM} one object; {@code WHERE} comparisons ({@code = != < <=
 * > >= LIKE IN}) joined by {@code AND}/{@code OR} with parentheses; {@code ORDER BY} one field;
 * {@code LIMIT}; {@code OFFSET}. Keywords are case-insensitive, as in SOQL. A query outside the
 * subset is refused as Salesforce refuses a malformed one.
 */
final class Soql {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\s*(?:(?<str>'(?:\\\\.|[^'\\\\])*')|(?<op><=|>=|!=|<>|[=<>(),])"
              + "|(?<word>[A-Za-z0-9_.:+\\-%]+))");

  /** A field of the select list: a plain or dotted path, or a child subquery. */
  record Field(String path, Query subquery) {
    boolean isSubquery() {
      return subquery != null;
    }
  }

  /** A parsed query. {@code where} is null without a WHERE clause. */
  record Query(
      List<Field> fields,
      String from,
      Condition where,
      String orderBy,
      boolean descending,
      Integer limit,
      Integer offset) {}

  /**
   * A WHERE condition over a record read through {@code Function<String, Object>} (field → value).
   */
  sealed interface Condition permits Comparison, Junction {
    boolean test(Function<String, Object> record);
  }

  record Comparison(String field, String operator, List<Object> values) implements Condition {
    @Override
    public boolean test(Function<String, Object> record) {
      Object actual = record.apply(field);
      return switch (operator) {
        case "IN" -> values.stream().anyMatch(v -> compare(actual, v) == 0);
        case "NOT IN" -> values.stream().noneMatch(v -> compare(actual, v) == 0);
        case "LIKE" -> actual != null && like(actual.toString(), (String) values.get(0));
        case "=" -> compare(actual, values.get(0)) == 0;
        case "!=" -> compare(actual, values.get(0)) != 0;
        default -> {
          if (actual == null || values.get(0) == null) {
            yield false;
          }
          int order = compare(actual, values.get(0));
          yield switch (operator) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
          };
        }
      };
    }
  }

  record Junction(boolean and, Condition left, Condition right) implements Condition {
    @Override
    public boolean test(Function<String, Object> record) {
      return and
          ? left.test(record) && right.test(record)
          : left.test(record) || right.test(record);
    }
  }

  /** Thrown for a query outside the subset; the message is Salesforce's MALFORMED_QUERY text. */
  static final class MalformedQueryException extends IllegalArgumentException {
    MalformedQueryException(String message) {
      super(message);
    }
  }

  private final List<String> tokens;
  private int position;

  private Soql(List<String> tokens) {
    this.tokens = tokens;
  }

  static Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw new MalformedQueryException("unexpected token: <EOF>");
    }
    Soql parser = new Soql(tokenize(text));
    Query query = parser.query();
    if (parser.position < parser.tokens.size()) {
      throw new MalformedQueryException("unexpected token: " + parser.tokens.get(parser.position));
    }
    return query;
  }

  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!matcher.find(at) || matcher.start() != at) {
        if (text.substring(at).isBlank()) {
          break;
        }
        throw new MalformedQueryException("unexpected token: " + text.substring(at).trim());
      }
      tokens.add(matcher.group().trim());
      at = matcher.end();
    }
    return tokens;
  }

  private Query query() {
    expect("SELECT");
    List<Field> fields = new ArrayList<>();
    do {
      if (accept("(")) {
        fields.add(new Field(null, query()));
        expect(")");
      } else {
        fields.add(new Field(identifier(), null));
      }
    } while (accept(","));
    expect("FROM");
    String from = identifier();
    Condition where = accept("WHERE") ? disjunction() : null;
    String orderBy = null;
    boolean descending = false;
    if (accept("ORDER")) {
      expect("BY");
      orderBy = identifier();
      descending = accept("DESC");
      if (!descending) {
        accept("ASC");
      }
      if (accept("NULLS")) {
        if (!accept("FIRST")) {
          expect("LAST");
        }
      }
    }
    Integer limit = accept("LIMIT") ? number() : null;
    Integer offset = accept("OFFSET") ? number() : null;
    return new Query(List.copyOf(fields), from, where, orderBy, descending, limit, offset);
  }

  private Condition disjunction() {
    Condition condition = conjunction();
    while (accept("OR")) {
      condition = new Junction(false, condition, conjunction());
    }
    return condition;
  }

  private Condition conjunction() {
    Condition condition = primary();
    while (accept("AND")) {
      condition = new Junction(true, condition, primary());
    }
    return condition;
  }

  private Condition primary() {
    if (accept("(")) {
      Condition inner = disjunction();
      expect(")");
      return inner;
    }
    String field = identifier();
    String operator = next();
    String upper = operator.toUpperCase(Locale.ROOT);
    if (upper.equals("NOT")) {
      expect("IN");
      upper = "NOT IN";
    }
    if (upper.equals("IN") || upper.equals("NOT IN")) {
      expect("(");
      List<Object> values = new ArrayList<>();
      do {
        values.add(literal(next()));
      } while (accept(","));
      expect(")");
      return new Comparison(field, upper, values);
    }
    if (upper.equals("<>")) {
      upper = "!=";
    }
    if (!List.of("=", "!=", "<", "<=", ">", ">=", "LIKE").contains(upper)) {
      throw new MalformedQueryException("unexpected token: " + operator);
    }
    return new Comparison(field, upper, Arrays.asList(literalOrNull(next())));
  }

  private static Object literalOrNull(String token) {
    Object value = literal(token);
    return value == NULL ? null : value;
  }

  private static final Object NULL = new Object();

  /** A SOQL literal: 'text', a number, true/false, null, a date or a date-time. */
  private static Object literal(String token) {
    if (token.startsWith("'")) {
      return token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1");
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (lower.equals("null")) {
      return NULL;
    }
    if (lower.equals("true") || lower.equals("false")) {
      return Boolean.valueOf(lower);
    }
    if (token.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      try {
        return OffsetDateTime.parse(token.replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
      } catch (DateTimeParseException invalid) {
        throw new MalformedQueryException("line 1: invalid date-time: " + token);
      }
    }
    if (token.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return LocalDate.parse(token);
    }
    try {
      return Double.valueOf(token);
    } catch (NumberFormatException notANumber) {
      throw new MalformedQueryException("unexpected token: " + token);
    }
  }

  /** Orders two values of one field; strings case-insensitively, nulls first. */
  static int compare(Object actual, Object expected) {
    if (actual == null || expected == null || actual == NULL || expected == NULL) {
      boolean a = actual == null || actual == NULL;
      boolean b = expected == null || expected == NULL;
      return a == b ? 0 : a ? -1 : 1;
    }
    if (expected instanceof Instant instant) {
      return asInstant(actual).map(i -> i.compareTo(instant)).orElse(-1);
    }
    if (expected instanceof LocalDate date) {
      return LocalDate.parse(actual.toString().substring(0, 10)).compareTo(date);
    }
    if (expected instanceof Double number) {
      try {
        return Double.compare(Double.parseDouble(actual.toString()), number);
      } catch (NumberFormatException notANumber) {
        return -1;
      }
    }
    if (expected instanceof Boolean flag) {
      return Boolean.compare(Boolean.parseBoolean(actual.toString()), flag);
    }
    return actual.toString().compareToIgnoreCase(expected.toString());
  }

  private static Optional<Instant> asInstant(Object value) {
    if (value instanceof Instant instant) {
      return Optional.of(instant);
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(value.toString().replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
              .toInstant());
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  /** SOQL LIKE: {@code %} any characters, {@code _} one, case-insensitive. */
  static boolean like(String value, String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(
          switch (c) {
            case '%' -> ".*";
            case '_' -> ".";
            default -> Pattern.quote(Character.toString(c));
          });
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
        .matcher(value)
        .matches();
  }

  private String identifier() {
    String token = next();
    if (!token.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
      throw new MalformedQueryException("unexpected token: " + token);
    }
    return token;
  }

  private int number() {
    String token = next();
    if (!token.matches("\\d+")) {
      throw new MalformedQueryException("unexpected token: " + token);
    }
    return Integer.parseInt(token);
  }

  private String next() {
    if (position >= tokens.size()) {
      throw new MalformedQueryException("unexpected token: <EOF>");
    }
    return tokens.get(position++);
  }

  private boolean accept(String keyword) {
    if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(keyword)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String keyword) {
    if (!accept(keyword)) {
      String found = position < tokens.size() ? tokens.get(position) : "<EOF>";
      throw new MalformedQueryException(
          "unexpected token: " + found + " (expecting " + keyword + ")");
    }
  }
}
