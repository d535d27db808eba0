package dev.patchbay.logs.request;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.OfficialClient;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * StackOne's official TypeScript client reads request logs, one log, step logs and platform logs
 * from this service ({@code listLogs}, {@code getLog}, {@code listStepLogs}, {@code
 * listPlatformLogs}).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class OfficialClientLogsTest {
  @TestHTTPResource("/")
  URL base;

  @Test
  void theOfficialClientListsAndReadsLogs() throws Exception {
    String account = Ids.newId("acc");
    ObjectNode first = LogEvents.log(AccountsKeyStub.PROJECT_A, Instant.now().minusSeconds(5));
    first.put("account_id", account);
    LogEvents.step(first, "fetch_employees", "GET", 200);
    LogEvents.step(first, "fetch_employees", "GET", 200);
    ObjectNode second = LogEvents.log(AccountsKeyStub.PROJECT_A, Instant.now());
    second.put("account_id", account);
    LogEvents.publish(first, second);
    ObjectNode data = JsonNodeFactory.instance.objectNode().put("account_id", account);
    CloudEvent created =
        new CloudEvent(
            "1.0",
            Ids.newId("evt"),
            "/patchbay/accounts-service",
            "account.created",
            account,
            Instant.now(),
            "application/json",
            AccountsKeyStub.PROJECT_A,
            data);
    TopicProbe.send(Topics.ACCOUNTS, account, EventJson.write(created));
    LogEvents.awaitStored(
        AccountsKeyStub.KEY_A, List.of(LogEvents.id(first), LogEvents.id(second)));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                LogEvents.as(AccountsKeyStub.KEY_A)
                    .queryParam("account_ids", account)
                    .get("/logs/platform")
                    .then()
                    .body("data", hasSize(1)));

    JsonNode found =
        OfficialClient.run(
            "logs-client.mjs",
            base.toString().replaceAll("/$", ""),
            AccountsKeyStub.KEY_A,
            account,
            LogEvents.id(first),
            LogEvents.id(second));
    assertEquals(List.of(LogEvents.id(first), LogEvents.id(second)), strings(found.path("listed")));
    assertEquals(2, found.path("listedSteps").asInt());
    assertEquals("POST", found.path("method").asText());
    assertEquals(200, found.path("status").asInt());
    assertEquals(2, found.path("steps").asInt());
    assertThat(strings(found.path("stepLogs")), contains(LogEvents.id(first), LogEvents.id(first)));
    assertThat(strings(found.path("platformLogs")), hasSize(1));
    assertThat(strings(found.path("platformLogs")), everyItem(org.hamcrest.Matchers.is(account)));
    assertEquals(404, found.path("unknown").asInt());
  }

  private static List<String> strings(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
