package dev.patchbay.actions;

import static dev.patchbay.actions.Api.rpc;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StubAccounts;
import dev.patchbay.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class AccountCacheTest {
  static final String LIST = "{\"action\":\"bamboohr_list_employees\"}";

  static void publish(String type, String accountId) {
    CloudEvent event =
        new CloudEvent(
            "1.0",
            Ids.newId("evt"),
            "/patchbay/accounts-service",
            type,
            accountId,
            Instant.now(),
            "application/json",
            AccountsKeyStub.PROJECT_A,
            JsonNodeFactory.instance.objectNode().put("account_id", accountId));
    TopicProbe.send(Topics.ACCOUNTS, accountId, EventJson.write(event));
  }

  @Test
  void anAccountIsReadOnceThenAnUpdateEventEvictsIt() {
    String id = Api.bambooAccount();
    rpc(id, LIST).then().statusCode(200);
    rpc(id, LIST).then().statusCode(200);
    assertEquals(1, StubAccounts.state(id).getInt("reads"));

    // the account is disabled in accounts-service, which says so on platform.accounts; records
    // that are not events, or of types this service does not know, change nothing
    StubAccounts.put(
        StubAccounts.Account.active(
                id, AccountsKeyStub.PROJECT_A, "bamboohr", Sandbox.demoCredentials("bamboohr"))
            .withStatus("inactive"));
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              TopicProbe.send(Topics.ACCOUNTS, id, "not an event");
              publish("account.renamed_in_a_future_version", id);
              publish("account.updated", id);
              rpc(id, LIST).then().statusCode(412);
            });
  }

  @Test
  void aDeletedAccountIsForgotten() {
    String id = Api.bambooAccount();
    rpc(id, LIST).then().statusCode(200);
    StubAccounts.put(
        StubAccounts.Account.active(id, AccountsKeyStub.PROJECT_B, "bamboohr", Map.of()));
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              publish("account.deleted", id);
              rpc(id, LIST).then().statusCode(404);
            });
  }

  @Test
  void aTokenTheProviderRefusesIsRefreshedByAccountsServiceAndTheFreshOneIsUsed() {
    Map<String, Object> credentials = new java.util.HashMap<>(Sandbox.demoCredentials("hubspot"));
    credentials.put("accessToken", "no-longer-valid");
    String id = Api.account(AccountsKeyStub.PROJECT_A, "hubspot", credentials);
    StubAccounts.onRefresh(id, Map.of("accessToken", Sandbox.hubspotAccessToken()));

    rpc(id, "{\"action\":\"hubspot_list_contacts\"}").then().statusCode(200);
    assertEquals(1, StubAccounts.state(id).getInt("refreshes"));

    // the next call reads the account again (the refresh evicted it) and uses the stored token
    rpc(id, "{\"action\":\"hubspot_list_contacts\"}").then().statusCode(200);
    assertEquals(1, StubAccounts.state(id).getInt("refreshes"));
    assertEquals(2, StubAccounts.state(id).getInt("reads"));
  }

  @Test
  void aRefreshTheProviderRefusesIsA502ThatNamesNoSecret() {
    Map<String, Object> credentials = new java.util.HashMap<>(Sandbox.demoCredentials("hubspot"));
    credentials.put("accessToken", "no-longer-valid");
    String id = Api.account(AccountsKeyStub.PROJECT_A, "hubspot", credentials);

    String answer =
        rpc(id, "{\"action\":\"hubspot_list_contacts\"}")
            .then()
            .statusCode(502)
            .extract()
            .asString();
    assertTrue(answer.contains("refuse"), answer);
    assertTrue(!answer.contains("no-longer-valid") && !answer.contains("sbx."), answer);
  }
}
