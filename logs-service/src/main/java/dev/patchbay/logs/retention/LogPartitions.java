package dev.patchbay.logs.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The daily partitions (UTC) of the time-partitioned log tables, named {@code <table>_pYYYYMMDD}:
 * created ahead of time and on demand (a day seen for the first time), dropped whole once past the
 * longest retention. Partition DDL runs on its own connection, outside any ingestion transaction.
 */
@ApplicationScoped
public class LogPartitions {
  public static final List<String> TABLES = List.of("request_logs", "step_logs");
  private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;
  // duplicate_table, and the catalog's unique_violation when two instances race to create one
  private static final Set<String> ALREADY_THERE = Set.of("42P07", "23505");

  private final DataSource db;
  private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

  public LogPartitions(DataSource db) {
    this.db = db;
  }

  /** Makes sure every table has a partition for each of {@code days}. */
  public void ensure(Collection<LocalDate> days) {
    for (LocalDate day : days) {
      if (!known.contains(day)) {
        create(day);
        known.add(day);
      }
    }
  }

  private void create(LocalDate day) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try {
          s.execute(
              "create table if not exists "
                  + name(table, day)
                  + " partition of "
                  + table
                  + " for values from ('"
                  + day
                  + "T00:00:00Z') to ('"
                  + day.plusDays(1)
                  + "T00:00:00Z')");
        } catch (SQLException e) {
          if (!ALREADY_THERE.contains(e.getSQLState())) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the log partitions of " + day, e);
    }
  }

  /** The days that have a partition of {@code table}, oldest first. */
  public List<LocalDate> days(String table) {
    String sql =
        "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
            + " join pg_class p on p.oid = i.inhparent"
            + " join pg_namespace n on n.oid = p.relnamespace"
            + " where p.relname = ? and n.nspname = current_schema() order by c.relname";
    List<LocalDate> days = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, table);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          String name = rows.getString(1);
          days.add(LocalDate.parse(name.substring(name.lastIndexOf("_p") + 2), SUFFIX));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not list the partitions of " + table, e);
    }
    return days;
  }

  /** Drops every partition of a day before {@code firstKept}; the number dropped. */
  public int dropBefore(LocalDate firstKept) {
    int dropped = 0;
    for (String table : TABLES) {
      for (LocalDate day : days(table)) {
        if (day.isBefore(firstKept)) {
          known.remove(day);
          execute("drop table if exists " + name(table, day));
          dropped++;
        }
      }
    }
    return dropped;
  }

  private void execute(String sql) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("partition maintenance failed: " + sql, e);
    }
  }

  static String name(String table, LocalDate day) {
    return table + "_p" + SUFFIX.format(day);
  }
}
