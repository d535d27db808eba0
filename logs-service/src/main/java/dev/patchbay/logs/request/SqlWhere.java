package dev.patchbay.logs.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code where} clause and its parameters, built from trusted column names and bound values only:
 * nothing a caller sends becomes SQL text.
 */
final class SqlWhere {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  SqlWhere eq(String column, Object value) {
    conditions.add(column + " = ?");
    params.add(bindable(value));
    return this;
  }

  SqlWhere anyText(String column, List<String> values) {
    if (!values.isEmpty()) {
      conditions.add(column + " = any(?)");
      params.add(new TextArray(values.toArray(String[]::new)));
    }
    return this;
  }

  SqlWhere anyInt(String column, List<Integer> values) {
    if (!values.isEmpty()) {
      conditions.add(column + " = any(?)");
      params.add(new IntArray(values.toArray(Integer[]::new)));
    }
    return this;
  }

  SqlWhere atLeast(String column, Instant time) {
    if (time != null) {
      conditions.add(column + " >= ?");
      params.add(Timestamp.from(time));
    }
    return this;
  }

  SqlWhere atMost(String column, Instant time) {
    if (time != null) {
      conditions.add(column + " <= ?");
      params.add(Timestamp.from(time));
    }
    return this;
  }

  SqlWhere isIf(String column, Boolean value) {
    if (value != null) {
      eq(column, value);
    }
    return this;
  }

  /** Rows after {@code values} in the order of {@code expressions} (a row comparison). */
  SqlWhere after(List<String> expressions, List<Object> values, boolean ascending) {
    conditions.add(
        "("
            + String.join(", ", expressions)
            + ") "
            + (ascending ? ">" : "<")
            + " ("
            + "?, ".repeat(values.size() - 1)
            + "?)");
    values.forEach(v -> params.add(bindable(v)));
    return this;
  }

  String sql() {
    return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
  }

  /** Binds the parameters from index 1; the next free index. */
  int bind(Connection c, PreparedStatement s) throws SQLException {
    int i = 1;
    for (Object p : params) {
      if (p instanceof TextArray a) {
        s.setArray(i++, c.createArrayOf("text", a.values()));
      } else if (p instanceof IntArray a) {
        s.setArray(i++, c.createArrayOf("integer", a.values()));
      } else {
        s.setObject(i++, p);
      }
    }
    return i;
  }

  private static Object bindable(Object value) {
    return value instanceof Instant time ? Timestamp.from(time) : value;
  }

  private record TextArray(String[] values) {}

  private record IntArray(Integer[] values) {}
}
