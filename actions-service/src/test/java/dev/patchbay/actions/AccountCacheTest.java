package dev.patchbay.actions;

import static dev.patchbay.actions.Api.rpc;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.patchbay.accounts.client.CredentialsWriteBack;
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
import jakarta.inject.Inject;
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

  @Inject CredentialsWriteBack writeBack;

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
  void refreshedCredentialsAreWrittenBackAndReadAgain() {
    String id = Api.bambooAccount();
    rpc(id, LIST).then().statusCode(200);
    writeBack.store(
        AccountsKeyStub.PROJECT_A,
        id,
        new ObjectMapper()
            .valueToTree(Map.of("accessToken", "fresh-access", "refreshToken", "rotated-refresh")));
    assertEquals("fresh-access", StubAccounts.state(id).getString("credentials.accessToken"));
    assertEquals("rotated-refresh", StubAccounts.state(id).getString("credentials.refreshToken"));
    assertEquals("sandbox-bamboohr-key", StubAccounts.state(id).getString("credentials.apiKey"));
    rpc(id, LIST).then().statusCode(200);
    assertEquals(2, StubAccounts.state(id).getInt("reads"));
  }

  @Test
  void aTokenTheProviderRefusesIsRefreshedAndTheRotatedTokensAreWrittenBack() {
    Map<String, Object> credentials = new java.util.HashMap<>(Sandbox.demoCredentials("hubspot"));
    credentials.put("accessToken", "no-longer-valid");
    String id = Api.account(AccountsKeyStub.PROJECT_A, "hubspot", credentials);

    rpc(id, "{\"action\":\"hubspot_list_contacts\"}").then().statusCode(200);

    String access = StubAccounts.state(id).getString("credentials.accessToken");
    String refresh = StubAccounts.state(id).getString("credentials.refreshToken");
    assertTrue(access != null && !access.equals("no-longer-valid"), "a new access token is stored");
    assertTrue(
        refresh != null && !refresh.equals(credentials.get("refreshToken")),
        "the rotated refresh token is stored");
    // the next call uses the stored token: no refresh, so the refresh token stays as it is
    rpc(id, "{\"action\":\"hubspot_list_contacts\"}").then().statusCode(200);
    assertEquals(refresh, StubAccounts.state(id).getString("credentials.refreshToken"));
  }
}
