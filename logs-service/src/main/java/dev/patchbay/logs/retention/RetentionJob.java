package dev.patchbay.logs.retention;

import dev.patchbay.logs.LogsConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps the logs within their retention, hourly and at start: creates the partitions of the coming
 * days, drops the daily partitions past the longest retention of any project (dropping a partition
 * drops every project's rows of that day), and deletes the older rows of projects whose retention
 * is shorter than that. Platform logs are few and not partitioned: they are trimmed by deletion.
 */
@ApplicationScoped
public class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class);
  private static final List<String> PARTITIONED = LogPartitions.TABLES;
  private static final String PLATFORM = "platform_logs";

  private final LogPartitions partitions;
  private final Retention retention;
  private final DataSource db;
  private final int aheadDays;

  public RetentionJob(
      LogPartitions partitions, Retention retention, DataSource db, LogsConfig config) {
    this.partitions = partitions;
    this.retention = retention;
    this.db = db;
    this.aheadDays = config.partitionsAheadDays();
  }

  @Scheduled(every = "1h", identity = "log-retention")
  void hourly() {
    enforce(Instant.now());
  }

  /** Everything the job does, as of {@code now}. */
  public void enforce(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    partitions.ensure(Stream.iterate(today, d -> d.plusDays(1)).limit(aheadDays + 1L).toList());
    Duration longest = retention.longest();
    int dropped = partitions.dropBefore(LocalDate.ofInstant(now.minus(longest), ZoneOffset.UTC));
    long deleted = 0;
    for (String table : PARTITIONED) {
      deleted += deleteShorterThan(table, longest, now);
    }
    deleted += deleteShorterThan(PLATFORM, Duration.ZERO, now);
    if (dropped > 0 || deleted > 0) {
      LOG.infof("log retention: %d partitions dropped, %d rows deleted", dropped, deleted);
    }
  }

  /**
   * Deletes the rows past their project's retention, for the retentions shorter than {@code
   * coveredBy} (longer ones are left to partition drops): first the projects on the default, then
   * each project with its own.
   */
  private long deleteShorterThan(String table, Duration coveredBy, Instant now) {
    Map<String, Duration> exceptions = retention.exceptions();
    long deleted = 0;
    try (Connection c = db.getConnection()) {
      if (retention.standard().compareTo(coveredBy) < 0 || coveredBy.isZero()) {
        try (PreparedStatement s =
            c.prepareStatement(
                "delete from " + table + " where event_datetime < ? and project_id <> all(?)")) {
          s.setTimestamp(1, Timestamp.from(now.minus(retention.standard())));
          Array projects = c.createArrayOf("text", new ArrayList<>(exceptions.keySet()).toArray());
          s.setArray(2, projects);
          deleted += s.executeUpdate();
        }
      }
      for (Map.Entry<String, Duration> exception : exceptions.entrySet()) {
        if (exception.getValue().compareTo(coveredBy) < 0 || coveredBy.isZero()) {
          try (PreparedStatement s =
              c.prepareStatement(
                  "delete from " + table + " where project_id = ? and event_datetime < ?")) {
            s.setString(1, exception.getKey());
            s.setTimestamp(2, Timestamp.from(now.minus(exception.getValue())));
            deleted += s.executeUpdate();
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not delete expired rows of " + table, e);
    }
    return deleted;
  }
}
