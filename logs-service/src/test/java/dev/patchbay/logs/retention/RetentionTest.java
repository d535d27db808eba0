package dev.patchbay.logs.retention;

import static dev.patchbay.logs.request.LogEvents.as;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.logs.request.LogEvents;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Retention: 90 days by default, 2 days for project B in the test profile ({@code
 * patchbay.logs.project-retention-days.proj_testB}).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class RetentionTest {
  @Inject RetentionJob job;
  @Inject LogPartitions partitions;
  @Inject DataSource db;

  @Test
  void aShorterRetentionDeletesThatProjectsRowsOnlyAndOldPartitionsAreDropped() throws Exception {
    Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
    ObjectNode a = LogEvents.log(AccountsKeyStub.PROJECT_A, dayAgo);
    ObjectNode b = LogEvents.log(AccountsKeyStub.PROJECT_B, dayAgo);
    LogEvents.step(b, "fetch", "GET", 200);
    LogEvents.publish(a, b);
    LogEvents.awaitStored(AccountsKeyStub.KEY_A, List.of(LogEvents.id(a)));
    LogEvents.awaitStored(AccountsKeyStub.KEY_B, List.of(LogEvents.id(b)));

    // two days on, B's day-old log is past B's 2 days, and A's well within A's 90
    job.enforce(Instant.now().plus(Duration.ofDays(2)));
    assertEquals(1, rows("request_logs", LogEvents.id(a)));
    assertEquals(0, rows("request_logs", LogEvents.id(b)));
    assertEquals(0, rows("step_logs", LogEvents.id(b)));

    LocalDate old = LocalDate.now(ZoneOffset.UTC).minusDays(120);
    partitions.ensure(List.of(old));
    assertTrue(partitions.days("request_logs").contains(old));
    job.enforce(Instant.now());
    assertFalse(partitions.days("request_logs").contains(old));
    assertFalse(partitions.days("step_logs").contains(old));
    assertTrue(
        partitions.days("request_logs").contains(LocalDate.now(ZoneOffset.UTC).plusDays(7)),
        "partitions are made a week ahead");
  }

  @Test
  void logsOlderThanTheirProjectsRetentionAreNotStoredNorShown() {
    ObjectNode stale =
        LogEvents.log(AccountsKeyStub.PROJECT_B, Instant.now().minus(Duration.ofDays(3)));
    ObjectNode fresh = LogEvents.log(AccountsKeyStub.PROJECT_B, Instant.now());
    LogEvents.publish(stale, fresh);
    LogEvents.awaitStored(AccountsKeyStub.KEY_B, List.of(LogEvents.id(fresh)));
    as(AccountsKeyStub.KEY_B)
        .queryParam("request_ids", LogEvents.id(stale))
        .get("/logs")
        .then()
        .statusCode(200)
        .body("data", empty());
    assertEquals(0, rows("request_logs", LogEvents.id(stale)));
  }

  private long rows(String table, String requestId) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from " + table + " where request_id = ?")) {
      s.setString(1, requestId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
