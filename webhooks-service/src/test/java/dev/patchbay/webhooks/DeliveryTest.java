package dev.patchbay.webhooks;

import static dev.patchbay.webhooks.Webhooks.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class DeliveryTest {
  static final String A = AccountsKeyStub.KEY_A;
  static final String PROJECT = AccountsKeyStub.PROJECT_A;
  static NodeReceiver receiver;

  @BeforeAll
  static void startReceiver() {
    receiver = NodeReceiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop();
  }

  static List<Map<String, Object>> awaitLog(String path, int count) {
    await().atMost(Duration.ofSeconds(40)).until(() -> receiver.log(path).size() >= count);
    return receiver.log(path);
  }

  @SuppressWarnings("unchecked")
  static String accountOf(Map<String, Object> request) {
    return (String) ((Map<String, Object>) request.get("data")).get("account_id");
  }

  @Test
  void eachEventReachesEachSubscriberOnceSignedAndInOrderPerAccount() {
    String path = "/ordered-" + Ids.random(6);
    var sub =
        Webhooks.subscribe(A, receiver.url(path), List.of("account.created", "account.updated"));
    receiver.control(path, List.of(sub.secret()), Map.of());
    String first = Ids.newId("acc");
    String second = Ids.newId("acc");
    CloudEvent created = Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, first);
    TopicProbe.send(
        EventType.ACCOUNT_CREATED.topic(),
        first,
        dev.patchbay.common.events.EventJson.write(created));
    Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, second);
    CloudEvent updated = Webhooks.publish(EventType.ACCOUNT_UPDATED, PROJECT, first);
    Webhooks.publish(EventType.ACCOUNT_DELETED, PROJECT, first); // not subscribed
    Webhooks.publish(
        EventType.ACCOUNT_CREATED, AccountsKeyStub.PROJECT_B, first); // another project

    List<Map<String, Object>> log = awaitLog(path, 3);
    await().during(Duration.ofSeconds(2)).until(() -> receiver.log(path).size() == 3);
    for (Map<String, Object> request : log) {
      assertEquals(
          List.of(true), request.get("verified"), "signature verified by standardwebhooks");
      assertEquals(204, request.get("answered"));
    }
    List<Map<String, Object>> ofFirst =
        log.stream().filter(r -> first.equals(accountOf(r))).toList();
    assertEquals(
        List.of(created.id(), updated.id()), ofFirst.stream().map(r -> r.get("id")).toList());
    assertEquals(
        List.of("account.created", "account.updated"),
        ofFirst.stream().map(r -> r.get("type")).toList());
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) ofFirst.get(0).get("data");
    assertEquals("account.created", data.get("event"));
    assertEquals("bamboohr", data.get("provider"));
    assertEquals("owner-1", data.get("origin_owner_id"));
    assertEquals("Owner One", data.get("origin_owner_name"));
    assertEquals("ada", data.get("origin_username"));
    as(A)
        .get("/webhooks/" + sub.id() + "/deliveries?status=succeeded")
        .then()
        .statusCode(200)
        .body("data", hasSize(3))
        .body("data[0].attempts", equalTo(1));
  }

  @Test
  void failedAttemptsAreRetriedWithTheSameWebhookIdAndKeepTheOrder() {
    String path = "/flaky-" + Ids.random(6);
    var sub =
        Webhooks.subscribe(A, receiver.url(path), List.of("account.created", "account.updated"));
    receiver.control(path, List.of(sub.secret()), Map.of("status", 500, "failFirst", 2));
    String account = Ids.newId("acc");
    CloudEvent created = Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, account);
    CloudEvent updated = Webhooks.publish(EventType.ACCOUNT_UPDATED, PROJECT, account);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                receiver.log(path).stream()
                        .filter(r -> Integer.valueOf(204).equals(r.get("answered")))
                        .count()
                    == 2);
    List<Object> attempts = receiver.log(path).stream().map(r -> r.get("id")).toList();
    // created is attempted three times before updated is attempted at all
    assertEquals(
        List.of(created.id(), created.id(), created.id(), updated.id(), updated.id(), updated.id()),
        attempts);
  }

  @Test
  void retryAfterIsHonoured() {
    String path = "/throttled-" + Ids.random(6);
    var sub = Webhooks.subscribe(A, receiver.url(path), List.of("account.created"));
    receiver.control(
        path, List.of(sub.secret()), Map.of("status", 429, "failFirst", 1, "retryAfter", 4));
    Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    List<Map<String, Object>> log = awaitLog(path, 2);
    long waited =
        ((Number) log.get(1).get("at")).longValue() - ((Number) log.get(0).get("at")).longValue();
    assertTrue(waited >= 3900, "waited " + waited + " ms for a Retry-After of 4 s");
    assertEquals(204, log.get(1).get("answered"));
  }

  @Test
  void aGoneEndpointIsDisabledAndResumesWhenEnabled() {
    String path = "/gone-" + Ids.random(6);
    var sub = Webhooks.subscribe(A, receiver.url(path), List.of("account.created"));
    receiver.control(path, List.of(sub.secret()), Map.of("status", 410));
    CloudEvent event = Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    awaitLog(path, 1);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> as(A).get("/webhooks/" + sub.id()).then().body("enabled", equalTo(false)));
    Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    await().during(Duration.ofSeconds(2)).until(() -> receiver.log(path).size() == 1);

    receiver.control(path, List.of(sub.secret()), Map.of());
    as(A).body("{\"enabled\":true}").patch("/webhooks/" + sub.id()).then().statusCode(200);
    List<Map<String, Object>> log = awaitLog(path, 2);
    assertEquals(event.id(), log.get(1).get("id"));
    assertEquals(204, log.get(1).get("answered"));
  }

  @Test
  void anOpenCircuitHoldsAnEndpointsDeliveriesBack() {
    String path = "/broken-" + Ids.random(6);
    var sub = Webhooks.subscribe(A, receiver.url(path), List.of("account.created"));
    receiver.control(path, List.of(sub.secret()), Map.of("status", 500));
    Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    // five failures in a row (test schedule 1s, 1s, 2s, 3s) open the circuit for 3 s
    String openUntil =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    as(A)
                        .get("/webhooks/" + sub.id())
                        .then()
                        .extract()
                        .<String>path("circuit_open_until"),
                java.util.Objects::nonNull);
    CloudEvent held = Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    Map<String, Object> attempt =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    receiver.log(path).stream()
                        .filter(r -> held.id().equals(r.get("id")))
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    long opened = java.time.Instant.parse(openUntil).toEpochMilli();
    assertTrue(
        ((Number) attempt.get("at")).longValue() >= opened - 50,
        "a new event waited for the circuit to close");
    as(A)
        .get("/webhooks/" + sub.id())
        .then()
        .body("consecutive_failures", org.hamcrest.Matchers.greaterThanOrEqualTo(5));
    as(A).delete("/webhooks/" + sub.id()).then().statusCode(200);
  }

  @Test
  void duringARotationBothSecretsVerify() {
    String path = "/rotating-" + Ids.random(6);
    var sub = Webhooks.subscribe(A, receiver.url(path), List.of("account.created"));
    String next =
        as(A)
            .body("{\"overlap_seconds\":600}")
            .post("/webhooks/" + sub.id() + "/rotate_secret")
            .then()
            .statusCode(200)
            .extract()
            .path("secret");
    receiver.control(path, List.of(sub.secret(), next), Map.of());
    Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    assertEquals(List.of(true, true), awaitLog(path, 1).get(0).get("verified"));

    String path2 = "/rotated-" + Ids.random(6);
    var sub2 = Webhooks.subscribe(A, receiver.url(path2), List.of("account.created"));
    String only =
        as(A)
            .body("{\"overlap_seconds\":0}")
            .post("/webhooks/" + sub2.id() + "/rotate_secret")
            .then()
            .extract()
            .path("secret");
    receiver.control(path2, List.of(sub2.secret(), only), Map.of());
    Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    assertEquals(List.of(false, true), awaitLog(path2, 1).get(0).get("verified"));
  }

  @Test
  void replaySendsStoredEventsAgainWithTheirIds() {
    String path = "/replay-" + Ids.random(6);
    var sub = Webhooks.subscribe(A, receiver.url(path), List.of("account.created"));
    receiver.control(path, List.of(sub.secret()), Map.of());
    CloudEvent one = Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    CloudEvent two = Webhooks.publish(EventType.ACCOUNT_CREATED, PROJECT, Ids.newId("acc"));
    awaitLog(path, 2);

    as(A)
        .body(Map.of("event_ids", List.of(two.id())))
        .post("/webhooks/" + sub.id() + "/replay")
        .then()
        .statusCode(202)
        .body("replayed", equalTo(1));
    assertEquals(two.id(), awaitLog(path, 3).get(2).get("id"));

    as(A)
        .body(
            Map.of(
                "since",
                one.time().minusMillis(1).toString(),
                "until",
                two.time().plusMillis(1).toString()))
        .post("/webhooks/" + sub.id() + "/replay")
        .then()
        .statusCode(202)
        .body("replayed", equalTo(2));
    List<Map<String, Object>> log = awaitLog(path, 5);
    // two accounts: their deliveries may overtake each other, only order per account is promised
    assertEquals(
        java.util.Set.of(one.id(), two.id()),
        java.util.Set.of(log.get(3).get("id"), log.get(4).get("id")));
  }
}
