package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AccountEventsTest {

  @Test
  void eachChangePublishesOneCloudEventKeyedByTheAccount() {
    Project project = Projects.create("events");
    String id = Projects.importAccount(project, "bamboohr", Map.of("api_key", "never-in-an-event"));
    given()
        .auth()
        .preemptive()
        .basic(project.key(), "")
        .contentType(ContentType.JSON)
        .body("{\"label\":\"renamed\"}")
        .patch("/accounts/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic(project.key(), "")
        .contentType(ContentType.JSON)
        .body("{}")
        .patch("/accounts/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic(project.key(), "")
        .delete("/accounts/" + id)
        .then()
        .statusCode(200);

    List<ConsumerRecord<String, String>> records =
        TopicProbe.read(Topics.ACCOUNTS, v -> v.contains(id), 3, Duration.ofSeconds(20));
    List<String> types = records.stream().map(r -> EventJson.read(r.value()).type()).toList();
    assertEquals(List.of("account.created", "account.updated", "account.deleted"), types);
    for (ConsumerRecord<String, String> record : records) {
      assertEquals(id, record.key());
      assertFalse(record.value().contains("never-in-an-event"));
      CloudEvent event = EventJson.read(record.value());
      assertEquals("1.0", event.specversion());
      assertEquals("/patchbay/accounts-service", event.source());
      assertEquals(id, event.subject());
      assertEquals(project.id(), event.projectid());
      JsonNode data = event.data();
      assertEquals(id, data.path("account_id").asText());
      assertEquals("bamboohr", data.path("provider").asText());
      assertEquals("owner-bamboohr", data.path("origin_owner_id").asText());
    }
  }
}
