package dev.patchbay.webhooks;

import static dev.patchbay.webhooks.Webhooks.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With three attempts in all, a delivery that keeps failing ends as a dead letter. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@TestProfile(DeadLetterTest.ThreeAttempts.class)
class DeadLetterTest {
  public static class ThreeAttempts implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("patchbay.webhooks.retry-schedule", "1s,1s");
    }
  }

  @Test
  void aDeliveryThatKeepsFailingIsDeadAndCanBeReplayed() {
    NodeReceiver receiver = NodeReceiver.start();
    try {
      String path = "/failing-" + Ids.random(6);
      var sub =
          Webhooks.subscribe(AccountsKeyStub.KEY_A, receiver.url(path), List.of("account.created"));
      receiver.control(path, List.of(sub.secret()), Map.of("status", 503));
      CloudEvent event =
          Webhooks.publish(EventType.ACCOUNT_CREATED, AccountsKeyStub.PROJECT_A, Ids.newId("acc"));

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  as(AccountsKeyStub.KEY_A)
                      .get("/webhooks/" + sub.id() + "/deliveries?status=dead")
                      .then()
                      .body("data", hasSize(1))
                      .body("data[0].event_id", equalTo(event.id()))
                      .body("data[0].attempts", equalTo(3))
                      .body("data[0].last_status", equalTo(503)));
      assertEquals(3, receiver.log(path).size());

      receiver.control(path, List.of(sub.secret()), Map.of());
      as(AccountsKeyStub.KEY_A)
          .body(Map.of("event_ids", List.of(event.id())))
          .post("/webhooks/" + sub.id() + "/replay")
          .then()
          .statusCode(202);
      await().atMost(Duration.ofSeconds(20)).until(() -> receiver.log(path).size() == 4);
      Map<String, Object> last = receiver.log(path).get(3);
      assertEquals(event.id(), last.get("id"));
      assertEquals(204, last.get("answered"));
    } finally {
      receiver.stop();
    }
  }
}
