package dev.patchbay.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.OutboxRelay;
import dev.patchbay.common.events.Topics;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay dies after Kafka acknowledged a batch and before the rows were marked: the next run
 * sends the same events again, with the same ids, so consumers can drop the repeats.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(OutboxRedeliveryTest.ManualRelay.class)
class OutboxRedeliveryTest {
  /** The scheduled relay stays out of the way; the test runs each step itself. */
  public static class ManualRelay implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.scheduler.start-mode", "halted");
    }
  }

  @Inject OutboxRelay relay;
  @Inject AgroalDataSource db;

  @Test
  void aRelayDeathBetweenPublishAndMarkRepublishesTheSameEvent() throws SQLException {
    relay.relayBatch();
    Project project = Projects.create("redelivery");
    String id = Projects.importAccount(project, "bamboohr", Map.of());
    assertEquals(1, pending(id));

    assertThrows(
        IllegalStateException.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      relay.publish(relay.lockPending());
                      throw new IllegalStateException("relay died before marking");
                    }));
    assertEquals(1, pending(id));
    assertEquals(1, relay.relayBatch());
    assertEquals(0, pending(id));
    assertEquals(0, relay.relayBatch());

    List<ConsumerRecord<String, String>> records =
        TopicProbe.read(Topics.ACCOUNTS, v -> v.contains(id), 2, Duration.ofSeconds(20));
    assertEquals(2, records.size());
    assertEquals(
        EventJson.read(records.get(0).value()).id(), EventJson.read(records.get(1).value()).id());
  }

  private int pending(String accountId) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from accounts.outbox where event_key = ? and published_at is null")) {
      s.setString(1, accountId);
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
