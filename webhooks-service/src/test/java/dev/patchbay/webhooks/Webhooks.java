package dev.patchbay.webhooks;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.TopicProbe;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Subscriptions through the API, and platform events onto Kafka, as the tests need them. */
final class Webhooks {
  private Webhooks() {}

  static RequestSpecification as(String key) {
    return given().auth().preemptive().basic(key, "").contentType(ContentType.JSON);
  }

  /** A subscription and its secret. */
  record Created(String id, String secret) {}

  static Created subscribe(String key, String url, List<String> events) {
    var response =
        as(key)
            .body(Map.of("url", url, "events", events))
            .post("/webhooks")
            .then()
            .statusCode(201)
            .extract();
    return new Created(response.path("id"), response.path("secret"));
  }

  /** Publishes an event the way the outbox relay does, and returns it. */
  static CloudEvent publish(EventType type, String projectId, String accountId) {
    ObjectNode data =
        JsonNodeFactory.instance
            .objectNode()
            .put("account_id", accountId)
            .put("provider", "bamboohr")
            .put("origin_owner_id", "owner-1")
            .put("origin_owner_name", "Owner One")
            .put("origin_username", "ada");
    CloudEvent event =
        new CloudEvent(
            "1.0",
            Ids.newId("evt"),
            "/patchbay/accounts-service",
            type.wireName(),
            accountId,
            Instant.now(),
            "application/json",
            projectId,
            data);
    TopicProbe.send(type.topic(), accountId, EventJson.write(event));
    return event;
  }
}
