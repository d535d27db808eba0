package dev.patchbay.logs.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.logs.retention.LogPartitions;
import dev.patchbay.logs.retention.Retention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Stores {@code request.logged} events: one {@code request_logs} row per request and one {@code
 * step_logs} row per step, in batches, each once however often it is delivered (the request id and
 * time are the key; a repeat is ignored). Events past their project's retention are not stored.
 */
@ApplicationScoped
public class RequestLogWriter {
  private static final String INSERT_LOG =
      "insert into request_logs (request_id, event_datetime, project_id, account_id, provider,"
          + " service, resource, sub_resource, child_resource, action, http_method, path, url,"
          + " status, success, start_time, end_time, duration, is_worker, source_type, source_id,"
          + " source_value, source_ip, request, response) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))"
          + " on conflict do nothing";
  private static final String INSERT_STEP =
      "insert into step_logs (request_id, seq, event_datetime, id, project_id, account_id,"
          + " provider, service, resource, sub_resource, child_resource, action, source_type,"
          + " source_id, source_value, step_id, function, version, kind, http_method, url, status,"
          + " success, duration, message, provider_request, provider_response) values (?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb),"
          + " cast(? as jsonb)) on conflict do nothing";

  /** A request log ready to store: its project (from the envelope), time and data. */
  public record Incoming(String projectId, Instant time, JsonNode data) {

    /** The log in {@code event}, or null when it has no project or request id. */
    static Incoming of(CloudEvent event) {
      JsonNode data = event.data();
      if (event.projectid() == null || data == null || !data.path("request_id").isTextual()) {
        return null;
      }
      Instant time = instant(data.path("event_datetime"));
      return new Incoming(event.projectid(), time != null ? time : event.time(), data);
    }

    LocalDate day() {
      return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }
  }

  private final DataSource db;
  private final LogPartitions partitions;
  private final Retention retention;

  public RequestLogWriter(DataSource db, LogPartitions partitions, Retention retention) {
    this.db = db;
    this.partitions = partitions;
    this.retention = retention;
  }

  /** Stores the logs still within their retention; the number of those. */
  public int write(List<Incoming> logs) {
    Instant now = Instant.now();
    List<Incoming> kept =
        logs.stream()
            .filter(log -> !log.time().isBefore(retention.horizon(log.projectId(), now)))
            .toList();
    if (kept.isEmpty()) {
      return 0;
    }
    partitions.ensure(kept.stream().map(Incoming::day).distinct().toList());
    insert(kept);
    return kept.size();
  }

  @Transactional
  void insert(List<Incoming> logs) {
    try (Connection c = db.getConnection();
        PreparedStatement log = c.prepareStatement(INSERT_LOG);
        PreparedStatement step = c.prepareStatement(INSERT_STEP)) {
      boolean anySteps = false;
      for (Incoming in : logs) {
        bindLog(log, in);
        log.addBatch();
        int seq = 0;
        for (JsonNode s : in.data().path("step_requests")) {
          bindStep(step, in, ++seq, s);
          step.addBatch();
          anySteps = true;
        }
      }
      log.executeBatch();
      if (anySteps) {
        step.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store request logs", e);
    }
  }

  private static void bindLog(PreparedStatement s, Incoming in) throws SQLException {
    JsonNode d = in.data();
    s.setString(1, d.path("request_id").asText());
    s.setTimestamp(2, Timestamp.from(in.time()));
    s.setString(3, in.projectId());
    s.setString(4, text(d, "account_id"));
    s.setString(5, text(d, "provider"));
    s.setString(6, text(d, "service"));
    s.setString(7, text(d, "resource"));
    s.setString(8, text(d, "sub_resource"));
    s.setString(9, text(d, "child_resource"));
    s.setString(10, text(d, "action"));
    s.setString(11, upper(text(d, "http_method")));
    s.setString(12, text(d, "path"));
    s.setString(13, text(d, "url"));
    setInt(s, 14, d.path("status"));
    setBool(s, 15, d.path("success"));
    setTime(s, 16, instant(d.path("start_time")));
    setTime(s, 17, instant(d.path("end_time")));
    setLong(s, 18, d.path("duration"));
    setBool(s, 19, d.path("is_worker"));
    s.setString(20, upper(text(d, "source_type")));
    s.setString(21, text(d, "source_id"));
    s.setString(22, text(d, "source_value"));
    s.setString(23, text(d, "source_ip"));
    s.setString(24, json(d.get("request")));
    s.setString(25, json(d.get("response")));
  }

  private static void bindStep(PreparedStatement s, Incoming in, int seq, JsonNode step)
      throws SQLException {
    JsonNode d = in.data();
    JsonNode request = step.get("provider_request");
    s.setString(1, d.path("request_id").asText());
    s.setInt(2, seq);
    s.setTimestamp(3, Timestamp.from(in.time()));
    String id = text(step, "id");
    s.setString(4, id != null ? id : d.path("request_id").asText() + ":" + seq);
    s.setString(5, in.projectId());
    s.setString(6, text(d, "account_id"));
    s.setString(7, text(d, "provider"));
    s.setString(8, text(d, "service"));
    s.setString(9, text(d, "resource"));
    s.setString(10, text(d, "sub_resource"));
    s.setString(11, text(d, "child_resource"));
    s.setString(12, text(d, "action"));
    s.setString(13, upper(text(d, "source_type")));
    s.setString(14, text(d, "source_id"));
    s.setString(15, text(d, "source_value"));
    s.setString(16, text(step, "step_id"));
    s.setString(17, text(step, "function"));
    s.setString(18, text(step, "version"));
    s.setString(19, text(step, "kind"));
    s.setString(20, request == null ? null : upper(text(request, "method")));
    s.setString(21, request == null ? null : text(request, "url"));
    setInt(s, 22, step.path("status"));
    setBool(s, 23, step.path("success"));
    setLong(s, 24, step.path("duration"));
    s.setString(25, text(step, "message"));
    s.setString(26, json(request));
    s.setString(27, json(step.get("provider_response")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  private static String json(JsonNode node) {
    return node == null || node.isNull() ? null : node.toString();
  }

  private static void setInt(PreparedStatement s, int i, JsonNode v) throws SQLException {
    if (v.isNumber()) {
      s.setInt(i, v.asInt());
    } else {
      s.setNull(i, Types.INTEGER);
    }
  }

  private static void setLong(PreparedStatement s, int i, JsonNode v) throws SQLException {
    if (v.isNumber()) {
      s.setLong(i, v.asLong());
    } else {
      s.setNull(i, Types.BIGINT);
    }
  }

  private static void setBool(PreparedStatement s, int i, JsonNode v) throws SQLException {
    if (v.isBoolean()) {
      s.setBoolean(i, v.asBoolean());
    } else {
      s.setNull(i, Types.BOOLEAN);
    }
  }

  private static void setTime(PreparedStatement s, int i, Instant v) throws SQLException {
    if (v != null) {
      s.setTimestamp(i, Timestamp.from(v));
    } else {
      s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  private static Instant instant(JsonNode v) {
    if (!v.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v.textValue()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
