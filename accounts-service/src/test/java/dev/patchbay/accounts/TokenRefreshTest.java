package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.common.security.ApiKeys;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StoredRows;
import dev.patchbay.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Token refresh owned by accounts-service: POST /internal/accounts/{id}/credentials/refresh runs
 * the connector's refreshAuthentication against the provider-sandbox's OAuth server (which rotates
 * refresh tokens and refuses a used one), single-flight per account under a row lock.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(SandboxResource.class)
class TokenRefreshTest {
  private static final String TOKEN_PATH = "/hubspot/oauth/v1/token";

  @Inject AgroalDataSource db;

  static Response refresh(Project project, String accountId, String staleToken) {
    return given()
        .header("X-Patchbay-Internal-Token", InternalCredentials.TOKEN)
        .queryParam("project_id", project.id())
        .contentType(ContentType.JSON)
        .body(
            Map.of("stale_access_token_sha256", staleToken == null ? "" : ApiKeys.hash(staleToken)))
        .post("/internal/accounts/" + accountId + "/credentials/refresh");
  }

  @Test
  void twentyConcurrentCallersCauseOneTokenRequestAndTheRotatedRefreshTokenIsStored()
      throws Exception {
    Project project = Projects.create("refresh-race");
    Map<String, Object> demo = demoCredentials("hubspot");
    String id = hubspotAccount(project, demo, "expired-access-token");
    int before = tokenRequests();

    List<Callable<JsonPath>> callers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      callers.add(
          () ->
              refresh(project, id, "expired-access-token")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath());
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<JsonPath> answers = new ArrayList<>();
    try {
      for (Future<JsonPath> answer : pool.invokeAll(callers)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, tokenRequests() - before, "exactly one token request reached the provider");
    String access = answers.get(0).getString("credentials.accessToken");
    String rotated = answers.get(0).getString("credentials.refreshToken");
    assertTrue(access.startsWith("sbx."), "a token the sandbox issued");
    assertNotEquals(demo.get("refreshToken"), rotated, "the refresh token was rotated");
    for (JsonPath answer : answers) {
      assertEquals(access, answer.getString("credentials.accessToken"));
      assertEquals(rotated, answer.getString("credentials.refreshToken"));
    }
    // read back: the rotated refresh token and the new expiry are stored, sealed
    JsonPath stored =
        InternalCredentials.of(project, id).then().statusCode(200).extract().jsonPath();
    assertEquals(rotated, stored.getString("credentials.refreshToken"));
    assertEquals(access, stored.getString("credentials.accessToken"));
    assertEquals(1800, stored.getInt("credentials.expiresIn"));
    assertTrue(stored.getLong("credentials.expiresAt") > System.currentTimeMillis() / 1000);
    assertEquals(demo.get("clientSecret"), stored.getString("credentials.clientSecret"));
    StoredRows.assertNoColumnHolds(db, "accounts.linked_accounts", id, rotated);
    StoredRows.assertNoColumnHolds(db, "accounts.linked_accounts", id, access);

    // the stored refresh token works: a caller that saw the new token fail refreshes again
    refresh(project, id, access).then().statusCode(200);
    assertEquals(2, tokenRequests() - before);

    // account.updated tells the other services' caches, and carries no token
    var records = TopicProbe.read(Topics.ACCOUNTS, v -> v.contains(id), 3, Duration.ofSeconds(20));
    assertEquals(
        List.of("account.created", "account.updated", "account.updated"),
        records.stream().map(r -> EventJson.read(r.value()).type()).toList());
    records.forEach(r -> assertFalse(r.value().contains("sbx."), "no token in an event"));
  }

  @Test
  void aProviderThatRefusesIsA502AndNothingChanges() {
    Project project = Projects.create("refresh-refused");
    Map<String, Object> demo = new HashMap<>(demoCredentials("hubspot"));
    demo.put("refreshToken", "sbx.not-a-token-the-provider-issued");
    String id = hubspotAccount(project, demo, "expired-access-token");

    ValidatableResponse answer = refresh(project, id, "expired-access-token").then();
    AccountApiTest.isErrorBody(answer, 502);
    String body =
        answer
            .body("message", equalTo("The provider refused to refresh the account's credentials"))
            .extract()
            .asString();
    assertFalse(body.contains("sbx.") || body.contains("sandbox-hubspot-secret"), body);
    InternalCredentials.of(project, id)
        .then()
        .body("credentials.accessToken", equalTo("expired-access-token"))
        .body("credentials.refreshToken", equalTo("sbx.not-a-token-the-provider-issued"));
  }

  @Test
  void anotherProjectsAccountIsA404AndTheInternalTokenIsRequired() {
    Project project = Projects.create("refresh-guard");
    Project other = Projects.create("refresh-guard-other");
    String id = hubspotAccount(project, demoCredentials("hubspot"), "expired-access-token");
    int before = tokenRequests();
    AccountApiTest.isErrorBody(refresh(other, id, "expired-access-token").then(), 404);
    AccountApiTest.isErrorBody(
        given()
            .queryParam("project_id", project.id())
            .contentType(ContentType.JSON)
            .body("{\"stale_access_token_sha256\":\"\"}")
            .post("/internal/accounts/" + id + "/credentials/refresh")
            .then(),
        401);
    AccountApiTest.isErrorBody(
        given()
            .header("X-Patchbay-Internal-Token", InternalCredentials.TOKEN)
            .queryParam("project_id", project.id())
            .contentType(ContentType.JSON)
            .body("{}")
            .post("/internal/accounts/" + id + "/credentials/refresh")
            .then(),
        400);
    assertEquals(before, tokenRequests());
  }

  @Test
  void aConnectorWithoutARefreshActionIsA422() {
    Project project = Projects.create("refresh-none");
    String id =
        Projects.importAccount(project, "bamboohr", Map.of("apiKey", "k", "subdomain", "s"));
    AccountApiTest.isErrorBody(refresh(project, id, null).then(), 422);
  }

  private static String hubspotAccount(
      Project project, Map<String, Object> demo, String accessToken) {
    Map<String, Object> credentials = new HashMap<>(demo);
    credentials.put("accessToken", accessToken);
    return given()
        .auth()
        .preemptive()
        .basic(project.key(), "")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "provider", "hubspot",
                "origin_owner_id", "owner-1",
                "origin_owner_name", "Owner",
                "authentication_config_key", "oauth2",
                "environment", "production",
                "credentials", credentials))
        .post("/accounts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String sandbox() {
    return ConfigProvider.getConfig().getValue("patchbay.sandbox.url", String.class);
  }

  /** Token requests the sandbox's HubSpot token endpoint answered so far (its request journal). */
  private static int tokenRequests() {
    List<Map<String, Object>> journal =
        given()
            .queryParam("provider", "hubspot")
            .get(sandbox() + "/__sandbox/requests")
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    return (int)
        journal.stream()
            .filter(e -> "POST".equals(e.get("method")) && TOKEN_PATH.equals(e.get("path")))
            .count();
  }

  private static Map<String, Object> demoCredentials(String provider) {
    List<Map<String, Object>> providers =
        given().get(sandbox() + "/__sandbox/providers").then().statusCode(200).extract().path("$");
    @SuppressWarnings("unchecked")
    Map<String, Object> credentials =
        (Map<String, Object>)
            providers.stream()
                .filter(p -> provider.equals(p.get("key")))
                .findFirst()
                .orElseThrow()
                .get("demo_credentials");
    return credentials;
  }
}
