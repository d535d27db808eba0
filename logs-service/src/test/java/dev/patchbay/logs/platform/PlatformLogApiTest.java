package dev.patchbay.logs.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class PlatformLogApiTest {
  static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  static RequestSpecification as(String key) {
    return given().auth().preemptive().basic(key, "");
  }

  static void isErrorBody(ValidatableResponse response, int status) {
    response
        .statusCode(status)
        .body("statusCode", equalTo(status))
        .body("message", notNullValue())
        .body("timestamp", matchesPattern(ISO_MILLIS));
  }

  static CloudEvent event(String type, String projectId, String accountId, Instant time) {
    ObjectNode data =
        JsonNodeFactory.instance
            .objectNode()
            .put("account_id", accountId)
            .put("provider", "bamboohr");
    return new CloudEvent(
        "1.0",
        Ids.newId("evt"),
        "/patchbay/accounts-service",
        type,
        accountId,
        time,
        "application/json",
        projectId,
        data);
  }

  static void publish(CloudEvent event) {
    TopicProbe.send(Topics.ACCOUNTS, event.subject(), EventJson.write(event));
  }

  static void awaitLogged(String key, String accountId, int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                as(key)
                    .queryParam("account_ids", accountId)
                    .get("/logs/platform")
                    .then()
                    .statusCode(200)
                    .body("data", hasSize(count)));
  }

  @Test
  void refusesCallsWithoutAKnownKey() {
    isErrorBody(given().get("/logs/platform").then(), 401);
    isErrorBody(given().get("/requests/platform-logs").then(), 401);
    isErrorBody(as("v1.local.unknown").get("/logs/platform").then(), 401);
  }

  @Test
  void aRedeliveredEventIsLoggedOnceAndOnlyForItsProject() {
    String account = Ids.newId("acc");
    CloudEvent created =
        event("account.created", AccountsKeyStub.PROJECT_A, account, Instant.now());
    publish(created);
    publish(created);
    CloudEvent deleted =
        event("account.deleted", AccountsKeyStub.PROJECT_A, account, Instant.now().plusMillis(5));
    publish(deleted);
    awaitLogged(AccountsKeyStub.KEY_A, account, 2);
    as(AccountsKeyStub.KEY_A)
        .queryParam("account_ids", account)
        .get("/logs/platform")
        .then()
        .body("data.id", contains(deleted.id(), created.id()))
        .body("data[1].event_type", equalTo("account.created"))
        .body("data[1].category", equalTo("account"))
        .body("data[1].action", equalTo("created"))
        .body("data[1].project_id", equalTo(AccountsKeyStub.PROJECT_A))
        .body("data[1].account_id", equalTo(account))
        .body("data[1].event_datetime", matchesPattern(ISO_MILLIS))
        .body("data[1].data.provider", equalTo("bamboohr"))
        .body("next", nullValue());
    as(AccountsKeyStub.KEY_A)
        .queryParam("account_ids", account)
        .get("/requests/platform-logs")
        .then()
        .statusCode(200)
        .body("data", hasSize(2));
    as(AccountsKeyStub.KEY_B)
        .queryParam("account_ids", account)
        .get("/logs/platform")
        .then()
        .body("data", empty());
  }

  @Test
  void connectSessionEventsAreLoggedToo() {
    String session = Long.toString(System.nanoTime());
    CloudEvent created =
        new CloudEvent(
            "1.0",
            Ids.newId("evt"),
            "/patchbay/connect-service",
            "connect_session.created",
            session,
            Instant.now(),
            "application/json",
            AccountsKeyStub.PROJECT_A,
            JsonNodeFactory.instance.objectNode().put("session_id", session));
    TopicProbe.send(Topics.CONNECT_SESSIONS, session, EventJson.write(created));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                as(AccountsKeyStub.KEY_A)
                    .queryParam("categories", "connect_session")
                    .get("/logs/platform")
                    .then()
                    .statusCode(200)
                    .body("data.id", hasItem(created.id())));
  }

  @Test
  void recordsThatAreNotEventsAreSkippedAndConsumptionGoesOn() {
    String account = Ids.newId("acc");
    TopicProbe.send(Topics.ACCOUNTS, account, "not json at all");
    TopicProbe.send(Topics.ACCOUNTS, account, "{\"id\":\"x\"}");
    publish(event("account.created", AccountsKeyStub.PROJECT_A, account, Instant.now()));
    awaitLogged(AccountsKeyStub.KEY_A, account, 1);
  }

  @Test
  void pagesFollowTheCursorToTheEndInBothDirections() {
    String account = Ids.newId("acc");
    Instant start = Instant.parse("2030-01-01T00:00:00Z");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      CloudEvent e =
          event("account.updated", AccountsKeyStub.PROJECT_A, account, start.plusSeconds(i));
      ids.add(e.id());
      publish(e);
    }
    awaitLogged(AccountsKeyStub.KEY_A, account, 5);

    List<String> seen = new ArrayList<>();
    String next = null;
    do {
      RequestSpecification request =
          as(AccountsKeyStub.KEY_A).queryParam("account_ids", account).queryParam("page_size", 2);
      if (next != null) {
        request.queryParam("next", next);
      }
      ValidatableResponse page = request.get("/logs/platform").then().statusCode(200);
      seen.addAll(page.extract().path("data.id"));
      next = page.extract().path("next");
    } while (next != null);
    assertEqualsReversed(ids, seen);

    as(AccountsKeyStub.KEY_A)
        .queryParam("account_ids", account)
        .queryParam("order_direction", "asc")
        .queryParam("page_size", 5)
        .get("/logs/platform")
        .then()
        .body("data.id", contains(ids.toArray()))
        .body("next", nullValue());
    as(AccountsKeyStub.KEY_A)
        .queryParam("filter[account_ids]", account)
        .queryParam("start_date", "2030-01-01T00:00:03.000Z")
        .get("/logs/platform")
        .then()
        .body("data.id", contains(ids.get(4), ids.get(3)));
    as(AccountsKeyStub.KEY_A)
        .queryParam("account_ids", account)
        .queryParam("end_date", "2030-01-01T00:00:00Z")
        .queryParam("actions", "account.updated")
        .get("/logs/platform")
        .then()
        .body("data.id", contains(ids.get(0)));
  }

  @Test
  void badQueriesAnswer400() {
    for (String bad :
        List.of(
            "page_size=0",
            "page_size=101",
            "next=%25%25",
            "start_date=yesterday",
            "order_direction=up")) {
      isErrorBody(as(AccountsKeyStub.KEY_A).get("/logs/platform?" + bad).then(), 400);
    }
  }

  static void assertEqualsReversed(List<String> expected, List<String> actual) {
    List<String> reversed = new ArrayList<>(expected);
    java.util.Collections.reverse(reversed);
    org.junit.jupiter.api.Assertions.assertEquals(reversed, actual);
  }
}
