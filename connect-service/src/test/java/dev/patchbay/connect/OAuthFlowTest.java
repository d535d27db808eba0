package dev.patchbay.connect;

import static dev.patchbay.connect.HubPageTest.demoCredentials;
import static dev.patchbay.connect.HubPageTest.isPage;
import static dev.patchbay.connect.HubPageTest.session;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.ActionRequest;
import dev.patchbay.engine.runtime.ActionResult;
import dev.patchbay.engine.runtime.JdkHttpTransport;
import dev.patchbay.engine.runtime.SandboxTransport;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.RequestLogTopic;
import dev.patchbay.testing.StubAccounts;
import dev.patchbay.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * OAuth2 at connect time against the provider-sandbox's authorization server (auth code + PKCE
 * S256, refresh-token rotation, client credentials): the Hub's popup and the hosted page, through
 * to the account accounts-service (here its stub) links.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class OAuthFlowTest {
  static final String HUB_CALLBACK = "https://app.example.com/embedded/accounts/callback";
  static final String HUB_TOKEN = "x-hub-session-token";

  @Inject AgroalDataSource db;

  static String sandbox() {
    return ConfigProvider.getConfig().getValue("patchbay.sandbox.url", String.class);
  }

  static String startAttempt(String token) {
    return given()
        .header(HUB_TOKEN, token)
        .contentType("application/json")
        .body(Map.of("token", token))
        .post("/hub/connection_attempts")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .extract()
        .path("id");
  }

  static JsonPath attempt(String token, String id) {
    return given()
        .header(HUB_TOKEN, token)
        .get("/hub/connection_attempts/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The Hub's popup: GET /connect/oauth2/hubspot?… answers a redirect to the provider. */
  static URI popup(String token, String attemptId) {
    Response start =
        given()
            .redirects()
            .follow(false)
            .queryParam("redirect_uri", HUB_CALLBACK)
            .queryParam("token", token)
            .queryParam("connection_attempt_id", attemptId)
            .get("/connect/oauth2/hubspot");
    start.then().statusCode(303).header("Cache-Control", "no-store");
    return URI.create(start.header("Location"));
  }

  /** The provider's consent page answers with a redirect to Patchbay's callback. */
  static URI consent(URI authorization) {
    Response answer =
        given().redirects().follow(false).urlEncodingEnabled(false).get(authorization);
    answer.then().statusCode(302);
    URI callback = URI.create(answer.header("Location"));
    assertEquals("/connect/oauth2/hubspot/callback", callback.getPath());
    return callback;
  }

  /** The browser arriving at the callback (on this test instance). */
  static Response callback(URI callback) {
    return given()
        .redirects()
        .follow(false)
        .urlEncodingEnabled(false)
        .get(callback.getRawPath() + "?" + callback.getRawQuery());
  }

  /** The hosted page's link to the provider's consent page. */
  static URI continueLink(String page) {
    Matcher link = Pattern.compile("href=\"([^\"]+)\"[^>]*>Continue to").matcher(page);
    assertTrue(link.find(), page);
    return URI.create(link.group(1).replace("&amp;", "&"));
  }

  static String queryValue(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  @Test
  void theHubsPopupLinksExactlyOneAccountWhoseTokensWork() throws Exception {
    String token = session(",\"provider\":\"hubspot\"");
    String attemptId = startAttempt(token);
    assertEquals("pending", attempt(token, attemptId).getString("status"));
    int links = StubAccounts.links();

    URI authorization = popup(token, attemptId);
    assertTrue(
        authorization.toString().startsWith(sandbox() + "/app.hubspot.com/oauth/authorize?"));
    assertEquals("S256", queryValue(authorization, "code_challenge_method"));
    assertEquals(43, queryValue(authorization, "code_challenge").length());
    assertEquals("sandbox-hubspot-client", queryValue(authorization, "client_id"));
    assertEquals(
        "http://127.0.0.1:8080/connect/oauth2/hubspot/callback",
        queryValue(authorization, "redirect_uri"));
    assertTrue(queryValue(authorization, "state").length() >= 43, "a state of 256 bits");
    assertFalse(authorization.toString().contains("verifier"));

    URI callback = consent(authorization);
    String verifier = verifierOf(attemptId);
    assertEquals(43, verifier.length());
    assertFalse(authorization.toString().contains(verifier), "the verifier stays on the server");
    Response done = callback(callback);
    done.then().statusCode(303).header("Location", HUB_CALLBACK);

    JsonPath result = attempt(token, attemptId);
    assertEquals("authenticated", result.getString("status"));
    String accountId = result.getString("account.id");
    assertEquals(links + 1, StubAccounts.links(), "exactly one account");
    JsonPath account = StubAccounts.state(accountId);
    assertEquals("hubspot", account.getString("provider"));
    assertEquals("oauth2", account.getString("authentication_config_key"));
    Map<String, Object> credentials = account.getMap("credentials");
    assertTrue(credentials.get("accessToken").toString().startsWith("sbx."));
    assertTrue(credentials.get("refreshToken").toString().startsWith("sbx."));
    assertEquals("sandbox-hubspot-secret", credentials.get("clientSecret"));
    assertEquals(1800, ((Number) credentials.get("expiresIn")).intValue());
    assertNotNull(credentials.get("expiresAt"));

    // the stored tokens work: the connector's own action, run by the engine against the sandbox
    ActionResult contacts = listContacts(credentials);
    assertTrue(contacts.envelope().path("data").isArray());

    // the state works once: the same callback again links nothing
    isPage(callback(callback), 400)
        .body(containsString("This sign-in is unknown, expired or already completed"));
    assertEquals(links + 1, StubAccounts.links());

    // no secret in any request-log event, and the session's own logged call is clean too
    List<String> secrets =
        List.of(
            queryValue(callback, "code"),
            credentials.get("accessToken").toString(),
            credentials.get("refreshToken").toString(),
            "sandbox-hubspot-secret",
            verifier);
    TopicProbe.read("platform.request-logs", v -> true, Integer.MAX_VALUE, Duration.ofSeconds(3))
        .forEach(record -> RequestLogTopic.assertNoSecret(record.value(), secrets));
    var authenticated =
        Api.as(AccountsKeyStub.KEY_A)
            .body(Map.of("token", token))
            .post("/connect_sessions/authenticate")
            .then()
            .statusCode(201)
            .extract();
    RequestLogTopic.eventWithout(authenticated.header("x-request-id"), secrets);
  }

  @Test
  void theHostedPageOffersOAuthAndShowsTheLinkedAccount() {
    String token = session(",\"provider\":\"hubspot\"");
    isPage(given().queryParam("token", token).get("/connect/hubspot"), 200)
        .body(
            allOf(
                containsString("<form method=\"get\" action=\"/connect/oauth2/hubspot\""),
                containsString("Connect with HubSpot"),
                containsString("name=\"auth_config_key\" value=\"oauth2\"")));
    int links = StubAccounts.links();

    Response start =
        given()
            .queryParam("token", token)
            .queryParam("auth_config_key", "oauth2")
            .get("/connect/oauth2/hubspot");
    String page =
        isPage(start, 200).body(containsString("Continue to HubSpot")).extract().asString();
    URI authorization = continueLink(page);

    URI callback = consent(authorization);
    String connected =
        isPage(callback(callback), 200)
            .body(containsString("HubSpot is connected"))
            .extract()
            .asString();
    assertEquals(links + 1, StubAccounts.links());
    assertFalse(connected.contains(queryValue(callback, "code")), "no code in the page");
    assertFalse(connected.contains("sbx."), "no token in the page");
    assertFalse(connected.contains("sandbox-hubspot-secret"));
  }

  @Test
  void aMadeUpOrMissingStateLinksNothing() {
    String token = session(",\"provider\":\"hubspot\"");
    URI callback = consent(popup(token, startAttempt(token)));
    int links = StubAccounts.links();
    String made = callback.getRawQuery().replaceAll("state=[^&]+", "state=madeUpState123");
    isPage(given().urlEncodingEnabled(false).get(callback.getRawPath() + "?" + made), 400)
        .body(containsString("This sign-in is unknown, expired or already completed"));
    isPage(given().get(callback.getRawPath()), 400);
    // another connector's callback does not take this state either
    isPage(
        given()
            .urlEncodingEnabled(false)
            .get("/connect/oauth2/salesforce/callback?" + callback.getRawQuery()),
        400);
    assertEquals(links, StubAccounts.links());
  }

  @Test
  void anExpiredStateLinksNothing() throws SQLException {
    String token = session(",\"provider\":\"hubspot\"");
    String attemptId = startAttempt(token);
    URI callback = consent(popup(token, attemptId));
    int links = StubAccounts.links();
    update(
        "update connect.oauth_authorizations set expires_at = now() - interval '1 minute'"
            + " where connection_attempt_id = ?",
        attemptId);
    isPage(callback(callback), 400)
        .body(containsString("This sign-in is unknown, expired or already completed"));
    assertEquals(links, StubAccounts.links());
    assertEquals("pending", attempt(token, attemptId).getString("status"));
  }

  @Test
  void aWrongVerifierIsRefusedByTheProviderAndLinksNothing() throws SQLException {
    String token = session(",\"provider\":\"hubspot\"");
    String attemptId = startAttempt(token);
    URI callback = consent(popup(token, attemptId));
    int links = StubAccounts.links();
    update(
        "update connect.oauth_authorizations set code_verifier = 'not-the-verifier-of-this-challenge-00000000'"
            + " where connection_attempt_id = ?",
        attemptId);
    callback(callback).then().statusCode(303).header("Location", HUB_CALLBACK);
    JsonPath result = attempt(token, attemptId);
    assertEquals("error", result.getString("status"));
    assertEquals("connection_failed", result.getString("error.code"));
    assertEquals(
        "HubSpot did not accept the authorization (invalid_grant); start again",
        result.getString("error.description"));
    assertEquals(links, StubAccounts.links());
  }

  @Test
  void aDeniedConsentIsReportedNotA500() {
    String token = session(",\"provider\":\"hubspot\"");
    String attemptId = startAttempt(token);
    int links = StubAccounts.links();
    denyNextConsent();
    URI callback = consent(popup(token, attemptId));
    assertEquals("access_denied", queryValue(callback, "error"));
    callback(callback).then().statusCode(303).header("Location", HUB_CALLBACK);
    JsonPath result = attempt(token, attemptId);
    assertEquals("error", result.getString("status"));
    assertEquals("access_denied", result.getString("error.code"));
    assertEquals(
        "HubSpot did not grant access (access_denied): The user denied access",
        result.getString("error.description"));

    // on the hosted page: an error page with the provider's reason
    denyNextConsent();
    String page =
        isPage(
                given()
                    .queryParam("token", token)
                    .queryParam("auth_config_key", "oauth2")
                    .get("/connect/oauth2/hubspot"),
                200)
            .extract()
            .asString();
    isPage(callback(consent(continueLink(page))), 400)
        .body(containsString("HubSpot did not grant access (access_denied)"));
    assertEquals(links, StubAccounts.links());
  }

  @Test
  void clientCredentialsGetATokenBeforeLinking() {
    String token = session(",\"provider\":\"personio\"");
    Map<String, Object> demo = demoCredentials("personio");
    int links = StubAccounts.links();
    Response refused =
        HubPageTest.post(
            HubPageTest.open(token, "personio"),
            token,
            "personio",
            "oauth2",
            Map.of("clientId", demo.get("clientId"), "clientSecret", "wrong-secret-7f2c"));
    isPage(refused, 400)
        .body(
            allOf(
                containsString(
                    "Personio did not accept these credentials: it refused to issue an access"
                        + " token"),
                not(containsString("wrong-secret-7f2c"))));
    assertEquals(links, StubAccounts.links());

    String page =
        isPage(
                HubPageTest.post(
                    HubPageTest.open(token, "personio"),
                    token,
                    "personio",
                    "oauth2",
                    Map.of(
                        "clientId", demo.get("clientId"),
                        "clientSecret", demo.get("clientSecret"))),
                200)
            .body(containsString("Personio is connected"))
            .extract()
            .asString();
    assertEquals(links + 1, StubAccounts.links());
    Matcher id = Pattern.compile("<code>([^<]+)</code>").matcher(page);
    assertTrue(id.find());
    Map<String, Object> credentials = StubAccounts.state(id.group(1)).getMap("credentials");
    assertTrue(credentials.get("accessToken").toString().startsWith("sbx."));
    assertNotNull(credentials.get("expiresAt"));
    assertFalse(page.contains(credentials.get("accessToken").toString()));
    assertFalse(page.contains(demo.get("clientSecret").toString()));
  }

  @Test
  void connectionAttemptsBelongToTheirSession() throws SQLException {
    String token = session(",\"provider\":\"hubspot\"");
    String other = session(",\"provider\":\"hubspot\"");
    Api.isErrorBody(
        given().contentType("application/json").body("{}").post("/hub/connection_attempts").then(),
        401);
    Api.isErrorBody(
            given().header(HUB_TOKEN, "cst_made-up").get("/hub/connection_attempts/ca_x").then(),
            401)
        .header("Access-Control-Allow-Origin", "*");
    String id = startAttempt(token);
    Api.isErrorBody(
        given().header(HUB_TOKEN, other).get("/hub/connection_attempts/" + id).then(), 404);
    Api.isErrorBody(
        given().header(HUB_TOKEN, other).delete("/hub/connection_attempts/" + id).then(), 404);
    // another session cannot use it in a popup either
    isPage(
        given()
            .redirects()
            .follow(false)
            .queryParam("redirect_uri", HUB_CALLBACK)
            .queryParam("token", other)
            .queryParam("connection_attempt_id", id)
            .get("/connect/oauth2/hubspot"),
        404);

    given()
        .header(HUB_TOKEN, token)
        .delete("/hub/connection_attempts/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"));
    assertEquals("cancelled", attempt(token, id).getString("status"));
    isPage(
        given()
            .redirects()
            .follow(false)
            .queryParam("redirect_uri", HUB_CALLBACK)
            .queryParam("token", token)
            .queryParam("connection_attempt_id", id)
            .get("/connect/oauth2/hubspot"),
        404);

    String late = startAttempt(token);
    update(
        "update connect.connection_attempts set expires_at = now() - interval '1 second' where id = ?",
        late);
    assertEquals("expired", attempt(token, late).getString("status"));
  }

  @Test
  void thePopupOnlyReturnsToAHubCallbackPage() {
    String token = session(",\"provider\":\"hubspot\"");
    isPage(
            given()
                .redirects()
                .follow(false)
                .queryParam("redirect_uri", "https://evil.example.com/steal")
                .queryParam("token", token)
                .get("/connect/oauth2/hubspot"),
            400)
        .body(containsString("redirect_uri"));
    // a connector without an OAuth2 option
    isPage(given().queryParam("token", session("")).get("/connect/oauth2/bamboohr"), 400)
        .body(containsString("OAuth sign-in options"));
    // a connector the session does not allow
    isPage(given().queryParam("token", token).get("/connect/oauth2/salesforce"), 404);
  }

  @Test
  void theHubOpensItsPopupForAnOAuthConnectorAndItsFormForClientCredentials() {
    String token = session("");
    given()
        .header(HUB_TOKEN, token)
        .get("/hub/connectors/hubspot")
        .then()
        .statusCode(200)
        .body("config.name", equalTo("HubSpot"))
        .body("config.type", equalTo("oauth2"))
        .body("config.configFields.size()", equalTo(0));
    given()
        .header(HUB_TOKEN, token)
        .get("/hub/connectors/personio")
        .then()
        .statusCode(200)
        .body("config.type", equalTo("custom"))
        .body(
            "config.configFields.key", org.hamcrest.Matchers.contains("clientId", "clientSecret"));
    given()
        .header(HUB_TOKEN, token)
        .get("/hub/connectors")
        .then()
        .statusCode(200)
        .body(
            "integrations.find { it.provider == 'hubspot' }.authentication_config_key",
            equalTo("oauth2"));
  }

  @Test
  void theEmbeddedCallbackPageClosesItself() {
    given()
        .get("/embedded/accounts/callback")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("script-src 'sha256-"))
        .body(containsString("window.close()"));
  }

  private static void denyNextConsent() {
    given().post(sandbox() + "/__sandbox/providers/hubspot/deny-consent").then().statusCode(204);
  }

  /** The PKCE verifier the server keeps for the attempt's authorization. */
  private String verifierOf(String attemptId) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement statement =
            c.prepareStatement(
                "select code_verifier from connect.oauth_authorizations"
                    + " where connection_attempt_id = ?")) {
      statement.setString(1, attemptId);
      try (var rows = statement.executeQuery()) {
        assertTrue(rows.next());
        return rows.getString(1);
      }
    }
  }

  private void update(String sql, String id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, id);
      assertEquals(1, statement.executeUpdate());
    }
  }

  private static ActionResult listContacts(Map<String, Object> credentials) {
    ConnectorDefinition hubspot = new ConnectorLoader().load(Path.of("../connectors/hubspot"));
    ActionExecutor executor =
        new ActionExecutor(
            new ExpressionEngine(Clock.systemUTC()),
            new SandboxTransport(
                URI.create(sandbox()), new JdkHttpTransport(Duration.ofSeconds(10))));
    return executor.execute(
        hubspot,
        "list_contacts",
        new ActionRequest(
            "oauth2",
            "production",
            new ObjectMapper().createObjectNode(),
            CredentialsPort.of(new ObjectMapper().valueToTree(credentials)),
            null,
            null));
  }
}
