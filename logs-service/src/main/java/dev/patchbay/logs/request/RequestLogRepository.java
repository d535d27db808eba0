package dev.patchbay.logs.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.logs.paging.LogCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads request and step logs: keyset-paged searches (sort key if any, then time, then id, all in
 * one direction, so that an index on the project and time serves the default order), one log by its
 * request id, and the steps of some requests. Every read is scoped to one project and its retention
 * horizon.
 */
@ApplicationScoped
public class RequestLogRepository {
  private static final String SUMMARY =
      "request_id, project_id, account_id, event_datetime, start_time, end_time, duration,"
          + " http_method, path, url, status, success, provider, service, resource, sub_resource,"
          + " child_resource, action, is_worker, source_type, source_value, source_id, source_ip";
  private static final String STEP =
      "id, request_id, seq, project_id, account_id, event_datetime, provider, service, resource,"
          + " sub_resource, child_resource, action, step_id, function, version, kind, http_method,"
          + " url, status, success, duration, message, provider_request, provider_response";
  private static final List<String> LOG_KEYSET = List.of("event_datetime", "request_id");
  private static final List<String> STEP_KEYSET = List.of("event_datetime", "request_id", "seq");

  /** A row and the values of its sort key, time and id: the cursor after it. */
  public record Row<T>(T view, List<String> keyset) {}

  /** A page request: the order, direction, rows wanted and the cursor values to start after. */
  public record Slice(LogOrder order, boolean ascending, int limit, List<String> after) {}

  private final DataSource db;
  private final ObjectMapper json;

  public RequestLogRepository(DataSource db, ObjectMapper json) {
    this.db = db;
    this.json = json;
  }

  public List<Row<RequestLogView>> search(LogFilter filter, Slice slice) {
    return query(
        "request_logs",
        SUMMARY,
        LOG_KEYSET,
        filter,
        slice,
        rows -> new Row<>(summary(rows, false), keyset(rows, slice.order(), false)));
  }

  public List<Row<StepLogView>> searchSteps(LogFilter filter, Slice slice) {
    return query(
        "step_logs",
        STEP,
        STEP_KEYSET,
        filter,
        slice,
        rows -> new Row<>(step(rows), keyset(rows, slice.order(), true)));
  }

  /** One log in full (request and response), if it belongs to the project and is retained. */
  public Optional<RequestLogView> find(String projectId, Instant notBefore, String requestId) {
    SqlWhere where =
        new SqlWhere()
            .eq("request_id", requestId)
            .eq("project_id", projectId)
            .atLeast("event_datetime", notBefore);
    String sql = "select " + SUMMARY + ", request, response from request_logs where " + where.sql();
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      where.bind(c, s);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(summary(rows, true)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a request log", e);
    }
  }

  /** The steps of each of {@code requestIds}, in the order they ran. */
  public Map<String, List<StepLogView>> stepsOf(
      String projectId, Instant notBefore, List<String> requestIds) {
    Map<String, List<StepLogView>> steps = new LinkedHashMap<>();
    requestIds.forEach(id -> steps.put(id, new ArrayList<>()));
    if (requestIds.isEmpty()) {
      return steps;
    }
    SqlWhere where =
        new SqlWhere()
            .anyText("request_id", requestIds)
            .eq("project_id", projectId)
            .atLeast("event_datetime", notBefore);
    String sql =
        "select " + STEP + " from step_logs where " + where.sql() + " order by request_id, seq";
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      where.bind(c, s);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          StepLogView step = step(rows);
          steps.get(step.requestId()).add(step);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read step logs", e);
    }
    return steps;
  }

  private interface RowMapper<T> {
    T map(ResultSet rows) throws SQLException;
  }

  private <T> List<T> query(
      String table,
      String columns,
      List<String> keyset,
      LogFilter filter,
      Slice slice,
      RowMapper<T> mapper) {
    List<String> order = new ArrayList<>();
    if (slice.order().expression != null) {
      order.add(slice.order().expression);
    }
    order.addAll(keyset);
    SqlWhere where = where(filter);
    if (slice.after() != null) {
      where.after(order, afterValues(slice, keyset), slice.ascending());
    }
    String direction = slice.ascending() ? " asc" : " desc";
    String sql =
        "select "
            + columns
            + " from "
            + table
            + " where "
            + where.sql()
            + " order by "
            + String.join(direction + ", ", order)
            + direction
            + " limit ?";
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(where.bind(c, s), slice.limit());
      List<T> out = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          out.add(mapper.map(rows));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("could not search " + table, e);
    }
  }

  private static SqlWhere where(LogFilter f) {
    return new SqlWhere()
        .eq("project_id", f.projectId())
        .atLeast("event_datetime", f.notBefore())
        .anyText("account_id", f.accountIds())
        .anyText("provider", f.providers())
        .anyText("service", f.services())
        .anyText("resource", f.resources())
        .anyText("sub_resource", f.subResources())
        .anyText("child_resource", f.childResources())
        .anyText("action", f.actions())
        .anyText("http_method", f.httpMethods())
        .anyInt("status", f.statusCodes())
        .anyText("request_id", f.requestIds())
        .anyText("source_id", f.sourceIds())
        .anyText("source_type", f.sourceTypes())
        .anyText("source_value", f.sourceValues())
        .atLeast("event_datetime", f.startDate())
        .atMost("event_datetime", f.endDate())
        .isIf("success", f.success());
  }

  /** The cursor's values, typed as the SQL compares them. */
  private static List<Object> afterValues(Slice slice, List<String> keyset) {
    List<String> raw = slice.after();
    List<Object> values = new ArrayList<>();
    int i = 0;
    if (slice.order().expression != null) {
      values.add(slice.order().bind(raw.get(i++)));
    }
    values.add(Timestamp.from(LogCursor.instant(raw.get(i++))));
    values.add(raw.get(i++));
    if (keyset.size() == 3) {
      values.add(LogOrder.STATUS.bind(raw.get(i)));
    }
    return values;
  }

  /** How many cursor values a listing in {@code order} has. */
  static int keysetSize(LogOrder order, boolean steps) {
    return (order.expression != null ? 1 : 0) + (steps ? 3 : 2);
  }

  private static List<String> keyset(ResultSet rows, LogOrder order, boolean steps)
      throws SQLException {
    List<String> values = new ArrayList<>();
    switch (order.type) {
      case TEXT ->
          values.add(nonNull(rows.getString(order.name().toLowerCase(java.util.Locale.ROOT))));
      case INT, LONG ->
          values.add(Long.toString(rows.getLong(order.name().toLowerCase(java.util.Locale.ROOT))));
      case NONE -> {
        // time and id only
      }
    }
    values.add(rows.getTimestamp("event_datetime").toInstant().toString());
    values.add(rows.getString("request_id"));
    if (steps) {
      values.add(Integer.toString(rows.getInt("seq")));
    }
    return values;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private RequestLogView summary(ResultSet r, boolean full) throws SQLException {
    return new RequestLogView(
        r.getString("request_id"),
        r.getString("project_id"),
        r.getString("account_id"),
        instant(r, "event_datetime"),
        instant(r, "start_time"),
        instant(r, "end_time"),
        (Long) r.getObject("duration"),
        r.getString("http_method"),
        r.getString("path"),
        r.getString("url"),
        (Integer) r.getObject("status"),
        (Boolean) r.getObject("success"),
        r.getString("provider"),
        r.getString("service"),
        r.getString("resource"),
        r.getString("sub_resource"),
        r.getString("child_resource"),
        r.getString("action"),
        (Boolean) r.getObject("is_worker"),
        r.getString("source_type"),
        r.getString("source_value"),
        r.getString("source_id"),
        r.getString("source_ip"),
        full ? json(r, "request") : null,
        full ? json(r, "response") : null,
        null);
  }

  private StepLogView step(ResultSet r) throws SQLException {
    return new StepLogView(
        r.getString("id"),
        r.getString("request_id"),
        r.getString("project_id"),
        r.getString("account_id"),
        instant(r, "event_datetime"),
        r.getString("provider"),
        r.getString("service"),
        r.getString("resource"),
        r.getString("sub_resource"),
        r.getString("child_resource"),
        r.getString("action"),
        r.getString("step_id"),
        r.getString("function"),
        r.getString("version"),
        r.getString("kind"),
        r.getString("http_method"),
        r.getString("url"),
        (Integer) r.getObject("status"),
        (Boolean) r.getObject("success"),
        (Long) r.getObject("duration"),
        r.getString("message"),
        StepExchange.request(json(r, "provider_request")),
        StepExchange.response(json(r, "provider_response")));
  }

  private static Instant instant(ResultSet r, String column) throws SQLException {
    Timestamp t = r.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private JsonNode json(ResultSet r, String column) throws SQLException {
    String text = r.getString(column);
    try {
      return text == null ? null : json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable JSON in " + column, e);
    }
  }
}
