package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import dev.patchbay.engine.runtime.log.StepLog;
import dev.patchbay.engine.runtime.log.StepLog.Kind;
import dev.patchbay.engine.runtime.resilience.FakeTime;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The step logs of the oauthcrm connector: their shape, and that they never hold a secret. */
class StepLogRuntimeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-03-15T10:30:00Z");
  private static final String API_KEY = "key-secret-5551";
  private static final String PIN = "k9z";
  private static ConnectorDefinition crm;

  private StubProvider provider;

  @BeforeAll
  static void load() throws Exception {
    crm =
        new ConnectorLoader()
            .load(Path.of(StepLogRuntimeTest.class.getResource("/connectors/oauthcrm").toURI()));
  }

  @BeforeEach
  void start() {
    provider = new StubProvider();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ActionExecutor executor(ExecutorSettings settings) {
    FakeTime time = new FakeTime(NOW);
    return new ActionExecutor(
        new ExpressionEngine(Vectors.FROZEN_CLOCK),
        provider.transportFor("https://api.oauthcrm.test"),
        settings,
        time,
        time);
  }

  private ActionResult run(String authConfigKey, String actionId, ObjectNode credentials) {
    return executor(ExecutorSettings.DEFAULTS)
        .execute(
            crm,
            actionId,
            new ActionRequest(
                authConfigKey, null, JSON.createObjectNode(), credentials, null, null));
  }

  /** Echoes everything it received, in the body and in a header, as a careless provider might. */
  private static Reply echo(StubProvider.Received request) {
    ObjectNode body = JSON.createObjectNode();
    body.put("query", request.query());
    body.put("authorization", request.header("authorization"));
    body.put("pin", request.header("x-pin"));
    body.put("api_key", API_KEY);
    body.put("note", "your key is " + API_KEY + " and your pin " + PIN);
    return new Reply(
        200,
        body.toString(),
        Map.of("Content-Type", "application/json", "X-Echo", request.query() + " " + PIN));
  }

  @Test
  void noSecretCredentialAppearsInAnyStepLog() {
    provider.route("GET /me", StepLogRuntimeTest::echo);
    ObjectNode apiKey = JSON.createObjectNode().put("apiKey", API_KEY).put("pin", PIN);

    ActionResult result = run("apikey", "get_me", apiKey);

    String logs = result.stepLogs().toString();
    assertFalse(logs.contains(API_KEY), logs);
    assertFalse(logs.contains(PIN), "a short value is masked when its field is secret: " + logs);
    StepLog me = result.stepLogs().get(0);
    assertEquals("https://api.oauthcrm.test/me?api_key=[REDACTED]", me.request().url());
    assertEquals("[REDACTED]", me.request().headers().get("x-pin"));
    assertTrue(me.response().body().contains("\"api_key\":\"[REDACTED]\""));
  }

  @Test
  void noTokenOfARefreshAppearsInAnyStepLog() {
    provider
        .route(
            "POST /oauth/token",
            request ->
                Reply.json(
                    200,
                    "{\"access_token\":\"access-new-2\",\"refresh_token\":\"refresh-new-2\","
                        + "\"id_token\":\"id-token-3\",\"expires_in\":3600}"))
        .route("GET /me", StepLogRuntimeTest::echo);
    ObjectNode oauth =
        JSON.createObjectNode()
            .put("clientId", "client-id-1")
            .put("clientSecret", "client-secret-xyz")
            .put("refreshToken", "refresh-old-1");

    ActionResult result = run("oauth2", "get_me", oauth);

    String logs = result.stepLogs().toString();
    for (String secret :
        List.of(
            "client-secret-xyz", "refresh-old-1", "access-new-2", "refresh-new-2", "id-token-3")) {
      assertFalse(logs.contains(secret), secret + " in " + logs);
    }
    StepLog token = result.stepLogs().get(0);
    assertEquals(Kind.AUTH, token.kind());
    assertEquals(
        "grant_type=refresh_token&refresh_token=[REDACTED]&client_id=[REDACTED]"
            + "&client_secret=[REDACTED]",
        token.request().body(),
        "every credential value is masked, not only the secret ones");
    assertEquals("[REDACTED]", result.stepLogs().get(2).request().headers().get("authorization"));
  }

  @Test
  void eachPageIsLoggedAndMappingErrorsAreKept() {
    provider.route(
        "GET /contacts",
        request ->
            request.query() == null
                ? Reply.json(200, "{\"items\":[{\"id\":\"1\",\"status\":\"A\"}],\"next\":\"c2\"}")
                : Reply.json(200, "{\"items\":[{\"id\":\"2\",\"status\":\"B\"}]}"));
    ObjectNode credentials = JSON.createObjectNode().put("accessToken", "tok-long-lived-1");

    ActionResult result = run("oauth2", "list_contacts", credentials);

    List<StepLog> logs = result.stepLogs();
    assertEquals(3, logs.size());
    StepLog second = logs.get(1);
    assertEquals("fetch", second.stepId());
    assertEquals("paginated_request", second.functionName());
    assertEquals(Kind.REQUEST, second.kind());
    assertEquals(NOW, second.startedAt());
    assertTrue(second.success());
    assertEquals(200, second.statusCode());
    assertEquals("GET", second.request().method());
    assertEquals("https://api.oauthcrm.test/contacts?cursor=c2", second.request().url());
    assertEquals("[REDACTED]", second.request().headers().get("authorization"));
    assertNull(second.request().body());
    assertEquals(200, second.response().status());
    assertEquals("application/json", second.response().headers().get("content-type"));
    assertEquals("{\"items\":[{\"id\":\"2\",\"status\":\"B\"}]}", second.response().body());

    StepLog shape = logs.get(2);
    assertEquals(Kind.MAPPING, shape.kind());
    assertEquals("map_fields", shape.functionName());
    assertNull(shape.request());
    assertEquals(
        List.of(
            new StepLog.MappingError("Expression returned no value", "nickname", "1"),
            new StepLog.MappingError("Expression returned no value", "nickname", "2")),
        shape.mappingErrors());
  }

  @Test
  void aFormEncodedResponseHasItsTokenFieldsMaskedEvenWhenMalformed() {
    provider.route(
        "GET /me",
        request ->
            new Reply(
                200,
                "access_token=unknown-token-7&b%zz=1",
                Map.of("Content-Type", "application/x-www-form-urlencoded")));

    ActionResult result =
        run("oauth2", "get_me", JSON.createObjectNode().put("accessToken", "tok-long-lived-1"));

    assertEquals("access_token=[REDACTED]&b%zz=1", result.stepLogs().get(0).response().body());
  }

  @Test
  void bodiesAreCutAtTheLogLimit() {
    provider.route("GET /me", request -> Reply.json(200, "{\"text\":\"" + "a".repeat(100) + "\"}"));

    ActionResult result =
        executor(ExecutorSettings.DEFAULTS.toBuilder().logBodyLimit(20).build())
            .execute(
                crm,
                "get_me",
                new ActionRequest(
                    "oauth2",
                    null,
                    JSON.createObjectNode(),
                    JSON.createObjectNode().put("accessToken", "tok-long-lived-1"),
                    null,
                    null));

    assertEquals(
        "{\"text\":\"aaaaaaaaaaa…[truncated 91 chars]", result.stepLogs().get(0).response().body());
  }

  @Test
  void aFailedActionCarriesItsStepLogs() {
    provider.route("GET /me", request -> Reply.json(404, "{\"error\":\"gone\"}"));

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () ->
                run(
                    "oauth2",
                    "get_me",
                    JSON.createObjectNode().put("accessToken", "tok-long-lived-1")));

    assertEquals(1, error.stepLogs().size());
    StepLog me = error.stepLogs().get(0);
    assertFalse(me.success());
    assertEquals(404, me.statusCode());
    assertTrue(me.message().contains("returned 404"));
  }
}
