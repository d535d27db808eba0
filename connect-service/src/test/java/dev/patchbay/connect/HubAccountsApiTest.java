package dev.patchbay.connect;

import static dev.patchbay.connect.Api.createSession;
import static dev.patchbay.connect.Api.isErrorBody;
import static dev.patchbay.connect.HubApiTest.hub;
import static dev.patchbay.connect.HubPageTest.demoCredentials;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.RequestLogTopic;
import dev.patchbay.testing.StubAccounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /hub/accounts}, {@code GET} and {@code PATCH /hub/accounts/{id}} as the embedded Hub
 * calls them: the provider-sandbox checks the credentials, {@link AccountsKeyStub} stands in for
 * accounts-service.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class HubAccountsApiTest {
  static final String WRONG_KEY = "hub-wrong-key-0b7e41d9";

  @Inject AgroalDataSource db;

  static String session(String owner, String extra) {
    return createSession(
            AccountsKeyStub.KEY_A,
            "{\"origin_owner_id\":\"" + owner + "\",\"origin_owner_name\":\"Acme\"" + extra + "}")
        .getString("token");
  }

  static String apiKey() {
    return demoCredentials("bamboohr").get("apiKey").toString();
  }

  static String subdomain() {
    return demoCredentials("bamboohr").get("subdomain").toString();
  }

  static String body(String integration, Map<String, String> credentials) {
    StringBuilder json = new StringBuilder("{\"integration_id\":\"" + integration + "\"");
    json.append(",\"credentials\":{");
    String sep = "";
    for (var field : credentials.entrySet()) {
      json.append(sep).append('"').append(field.getKey()).append("\":\"");
      json.append(field.getValue()).append('"');
      sep = ",";
    }
    return json.append("}}").toString();
  }

  static String link(String token) {
    return hub(token)
        .body(body("bamboohr", Map.of("apiKey", apiKey(), "subdomain", subdomain())))
        .post("/hub/accounts")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .extract()
        .path("id");
  }

  @Test
  void linksAnAccountOnceTheProviderAcceptsTheCredentials() {
    String token = session("hub-owner-1", ",\"label\":\"Payroll\"");
    int before = StubAccounts.links();
    String id = link(token);
    assertEquals(before + 1, StubAccounts.links());
    JsonPath linked = StubAccounts.state(id);
    assertEquals(AccountsKeyStub.PROJECT_A, linked.getString("project_id"));
    assertEquals("bamboohr", linked.getString("provider"));
    assertEquals("hub-owner-1", linked.getString("origin_owner_id"));
    assertEquals("Payroll", linked.getString("label"));
    assertEquals("custom", linked.getString("authentication_config_key"));
    assertEquals(
        Map.of("apiKey", apiKey(), "subdomain", subdomain()), linked.getMap("credentials"));
  }

  @Test
  void refusedOrIncompleteCredentialsAreA400ForTheHubsBanner() {
    String token = session("hub-owner-2", "");
    int before = StubAccounts.links();
    ExtractableResponse<Response> refused =
        isErrorBody(
                hub(token)
                    .body(body("bamboohr", Map.of("apiKey", WRONG_KEY, "subdomain", subdomain())))
                    .post("/hub/accounts")
                    .then(),
                400)
            .header("Access-Control-Allow-Origin", "*")
            .body(
                "message",
                equalTo("BambooHR did not accept these credentials: it answered HTTP 401"))
            .extract();
    assertFalse(refused.asString().contains(WRONG_KEY));
    isErrorBody(
            hub(token)
                .body(body("bamboohr", Map.of("apiKey", apiKey())))
                .post("/hub/accounts")
                .then(),
            400)
        .body("message", equalTo("Enter the Company subdomain."));
    isErrorBody(hub(token).body("{\"credentials\":{}}").post("/hub/accounts").then(), 400)
        .body("message", containsString("integration_id"));
    isErrorBody(
            hub(token)
                .body("{\"integration_id\":\"bamboohr\",\"credentials\":{\"apiKey\":{}}}")
                .post("/hub/accounts")
                .then(),
            400)
        .body("message", containsString("credentials.apiKey"));
    isErrorBody(hub(token).body("{\"integration_id\":").post("/hub/accounts").then(), 400);
    isErrorBody(
        hub(session("hub-owner-2", ",\"provider\":\"hibob\""))
            .body(body("bamboohr", Map.of("apiKey", apiKey(), "subdomain", subdomain())))
            .post("/hub/accounts")
            .then(),
        404);
    assertEquals(before, StubAccounts.links(), "nothing linked");
  }

  @Test
  void showsTheLinkedAccountWithItsSecretsMasked() {
    String token = session("hub-owner-3", "");
    String id = link(token);
    String key = apiKey();
    String body =
        hub(token)
            .get("/hub/accounts/" + id)
            .then()
            .statusCode(200)
            .header("Access-Control-Allow-Origin", "*")
            .body("id", equalTo(id))
            .body("provider", equalTo("bamboohr"))
            .body("integrationId", equalTo("bamboohr"))
            .body("authConfigKey", equalTo("custom"))
            .body("environment", equalTo("production"))
            .body("setupInformation", equalTo(Map.of("subdomain", subdomain())))
            .body("secrets", aMapWithSize(1))
            .body(
                "secrets.apiKey",
                equalTo(
                    key.length() >= 16
                        ? "__secretvalue:**redacted**" + key.substring(key.length() - 4)
                        : "__secretvalue:**redacted**"))
            .extract()
            .asString();
    assertFalse(body.contains(key), body);
  }

  @Test
  void aShortSecretIsMaskedWhole() {
    String id = Ids.newId("acc");
    StubAccounts.put(
        StubAccounts.Account.active(
            id,
            AccountsKeyStub.PROJECT_A,
            "bamboohr",
            Map.of("apiKey", "short-key-1", "subdomain", "acme")));
    hub(session("hub-owner-4", ",\"account_id\":\"" + id + "\""))
        .get("/hub/accounts/" + id)
        .then()
        .statusCode(200)
        .body("secrets.apiKey", equalTo("__secretvalue:**redacted**"))
        .body("setupInformation.subdomain", equalTo("acme"));
  }

  @Test
  void anEditKeepsTheSecretsItLeavesOut() {
    String token = session("hub-owner-5", "");
    String id = link(token);
    hub(token)
        .body(
            "{\"integration_id\":\"bamboohr\",\"credentials\":{\"subdomain\":\" "
                + subdomain()
                + " \"}}")
        .patch("/hub/accounts/" + id)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .body("id", equalTo(id));
    assertEquals(
        Map.of("apiKey", apiKey(), "subdomain", subdomain()),
        StubAccounts.state(id).getMap("credentials"));
    // the marker the Hub was shown counts as "keep", too
    hub(token)
        .body(body("bamboohr", Map.of("apiKey", "__secretvalue:**redacted**abcd")))
        .patch("/hub/accounts/" + id)
        .then()
        .statusCode(200);
    assertEquals(apiKey(), StubAccounts.state(id).getString("credentials.apiKey"));

    int before = StubAccounts.links();
    isErrorBody(
            hub(token)
                .body(body("bamboohr", Map.of("apiKey", WRONG_KEY)))
                .patch("/hub/accounts/" + id)
                .then(),
            400)
        .body("message", containsString("did not accept"))
        .body(not(containsString(WRONG_KEY)));
    isErrorBody(hub(token).body(body("hibob", Map.of())).patch("/hub/accounts/" + id).then(), 400)
        .body("message", containsString("integration_id"));
    assertEquals(before, StubAccounts.links());
    assertEquals(apiKey(), StubAccounts.state(id).getString("credentials.apiKey"));
  }

  @Test
  void editModeReachesTheAccountTheSessionWasCreatedFor() {
    String id = Ids.newId("acc");
    StubAccounts.put(
        StubAccounts.Account.active(
            id,
            AccountsKeyStub.PROJECT_A,
            "bamboohr",
            Map.of("apiKey", "old-key-that-is-long-enough", "subdomain", subdomain())));
    String token = session("hub-owner-6", ",\"account_id\":\"" + id + "\"");
    hub(token).get("/hub/settings").then().body("existing_account_id", equalTo(id));
    hub(token)
        .body(body("bamboohr", Map.of("apiKey", apiKey())))
        .patch("/hub/accounts/" + id)
        .then()
        .statusCode(200);
    assertEquals(
        Map.of("apiKey", apiKey(), "subdomain", subdomain()),
        StubAccounts.state(id).getMap("credentials"));
  }

  @Test
  void anotherSessionsAccountIsNotFound() {
    String mine = link(session("hub-owner-7", ""));
    String other = session("hub-owner-7", "");
    isErrorBody(hub(other).get("/hub/accounts/" + mine).then(), 404)
        .header("Access-Control-Allow-Origin", "*");
    isErrorBody(
        hub(other)
            .body(body("bamboohr", Map.of("apiKey", WRONG_KEY)))
            .patch("/hub/accounts/" + mine)
            .then(),
        404);
    // a session made to edit another project's account gets nothing either
    String foreign = Ids.newId("acc");
    StubAccounts.put(
        StubAccounts.Account.active(
            foreign, AccountsKeyStub.PROJECT_B, "bamboohr", Map.of("apiKey", "theirs")));
    isErrorBody(
        hub(session("hub-owner-7", ",\"account_id\":\"" + foreign + "\""))
            .get("/hub/accounts/" + foreign)
            .then(),
        404);
    assertEquals(apiKey(), StubAccounts.state(mine).getString("credentials.apiKey"));
  }

  @Test
  void anUnknownOrExpiredTokenIs401WithCors() throws SQLException {
    JsonPath expiring =
        createSession(
            AccountsKeyStub.KEY_A,
            "{\"origin_owner_id\":\"hub-owner-8\",\"origin_owner_name\":\"A\"}");
    String id = link(expiring.getString("token"));
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update connect.connect_sessions set expires_at = now() - interval '1 second'"
                    + " where id = ?")) {
      s.setLong(1, expiring.getLong("id"));
      assertEquals(1, s.executeUpdate());
    }
    for (String token : new String[] {null, "cst_unknown", expiring.getString("token")}) {
      isErrorBody(hub(token).get("/hub/accounts/" + id).then(), 401)
          .header("Access-Control-Allow-Origin", "*");
      isErrorBody(
              hub(token)
                  .body(body("bamboohr", Map.of("apiKey", WRONG_KEY)))
                  .patch("/hub/accounts/" + id)
                  .then(),
              401)
          .header("Access-Control-Allow-Origin", "*");
      isErrorBody(
              hub(token)
                  .body(body("bamboohr", Map.of("apiKey", apiKey(), "subdomain", subdomain())))
                  .post("/hub/accounts")
                  .then(),
              401)
          .header("Access-Control-Allow-Origin", "*");
    }
  }

  @Test
  void secretsStayOutOfRequestLogs() {
    String token = session("hub-owner-9", "");
    var created =
        hub(token)
            .body(body("bamboohr", Map.of("apiKey", apiKey(), "subdomain", subdomain())))
            .post("/hub/accounts")
            .then()
            .statusCode(200)
            .extract();
    String id = created.path("id");
    RequestLogTopic.eventWithout(
        created.header("x-request-id"), List.of(apiKey(), token, token.substring(4)));
    var refused =
        hub(token)
            .body(body("bamboohr", Map.of("apiKey", WRONG_KEY)))
            .patch("/hub/accounts/" + id)
            .then()
            .statusCode(400)
            .extract();
    RequestLogTopic.eventWithout(
        refused.header("x-request-id"), List.of(apiKey(), WRONG_KEY, token, token.substring(4)));
    var read = hub(token).get("/hub/accounts/" + id).then().statusCode(200).extract();
    RequestLogTopic.eventWithout(
        read.header("x-request-id"), List.of(apiKey(), token, token.substring(4)));
  }
}
