package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import dev.patchbay.engine.runtime.auth.RefreshSchedule;
import dev.patchbay.engine.runtime.log.StepLog;
import dev.patchbay.engine.runtime.resilience.FakeTime;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code refreshAuthentication} of the oauthcrm connector: before the action, after a 401, on
 * demand.
 */
class AuthRefreshRuntimeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-03-15T10:30:00Z");
  private static final String OLD_TOKEN = "access-old-1";
  private static final String NEW_TOKEN = "access-new-2";
  private static final String REFRESH_TOKEN = "refresh-old-1";
  private static final String CLIENT_SECRET = "client-secret-xyz";
  private static ConnectorDefinition crm;

  private StubProvider provider;
  private ActionExecutor executor;

  @BeforeAll
  static void load() throws Exception {
    crm =
        new ConnectorLoader()
            .load(
                Path.of(AuthRefreshRuntimeTest.class.getResource("/connectors/oauthcrm").toURI()));
  }

  @BeforeEach
  void start() {
    provider = new StubProvider();
    provider
        .route(
            "POST /oauth/token",
            request ->
                request.body().contains("refresh_token=" + REFRESH_TOKEN)
                        && request.body().contains("client_secret=" + CLIENT_SECRET)
                    ? Reply.json(
                        200,
                        "{\"access_token\":\""
                            + NEW_TOKEN
                            + "\",\"refresh_token\":\"refresh-new-2\",\"expires_in\":\"3600\"}")
                    : Reply.json(400, "{\"error\":\"invalid_grant\"}"))
        .route("GET /me", request -> bearer(request, NEW_TOKEN, "{\"id\":\"u1\"}"));
    FakeTime time = new FakeTime(NOW);
    executor =
        new ActionExecutor(
            new ExpressionEngine(Vectors.FROZEN_CLOCK),
            provider.transportFor("https://api.oauthcrm.test"),
            ExecutorSettings.DEFAULTS,
            time,
            time);
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private static Reply bearer(StubProvider.Received request, String token, String body) {
    return ("Bearer " + token).equals(request.header("authorization"))
        ? Reply.json(200, body)
        : Reply.json(401, "{\"error\":\"invalid_token\"}");
  }

  /** oauth2 credentials whose access token expires {@code expiresInSeconds} from now. */
  private static ObjectNode credentials(String accessToken, long expiresInSeconds) {
    ObjectNode credentials = JSON.createObjectNode();
    credentials.put("clientId", "client-id-1");
    credentials.put("clientSecret", CLIENT_SECRET);
    credentials.put("refreshToken", REFRESH_TOKEN);
    if (accessToken != null) {
      credentials.put("accessToken", accessToken);
      credentials.put("expiresAt", NOW.getEpochSecond() + expiresInSeconds);
    }
    return credentials;
  }

  private ActionResult run(String actionId, CredentialsPort port) {
    return executor.execute(
        crm,
        actionId,
        new ActionRequest("oauth2", null, JSON.createObjectNode(), port, null, null));
  }

  private List<String> calls() {
    return provider.received().stream().map(r -> r.method() + " " + r.path()).toList();
  }

  @Test
  void anExpiredTokenIsRefreshedBeforeTheActionAndSaved() {
    RecordingCredentials port = new RecordingCredentials(credentials(OLD_TOKEN, -10));

    ActionResult result = run("get_me", port);

    assertEquals("u1", result.data().path("id").asText());
    assertEquals(List.of("POST /oauth/token", "GET /me"), calls());
    assertEquals(1, port.saved().size());
    JsonNode saved = port.saved().get(0);
    assertEquals(NEW_TOKEN, saved.get("accessToken").asText());
    assertEquals("refresh-new-2", saved.get("refreshToken").asText());
    assertTrue(saved.get("expiresIn").isNumber(), "expiresIn is coerced to a number");
    assertEquals(3600, saved.get("expiresIn").asInt());
    assertEquals(NOW.getEpochSecond() + 3600, saved.get("expiresAt").asLong());
    assertEquals(CLIENT_SECRET, saved.get("clientSecret").asText(), "setup values are kept");
    assertEquals(
        List.of(StepLog.Kind.AUTH, StepLog.Kind.AUTH, StepLog.Kind.REQUEST),
        result.stepLogs().stream().map(StepLog::kind).toList());
    assertEquals(
        List.of("token", "map_tokens", "me"),
        result.stepLogs().stream().map(StepLog::stepId).toList());
  }

  @Test
  void aTokenWithinTheSkewOfItsExpiryIsRefreshed() {
    RecordingCredentials port = new RecordingCredentials(credentials(OLD_TOKEN, 30));

    run("get_me", port);

    assertEquals(List.of("POST /oauth/token", "GET /me"), calls());
  }

  @Test
  void aMissingAccessTokenIsRefreshed() {
    RecordingCredentials port = new RecordingCredentials(credentials(null, 0));

    assertEquals("u1", run("get_me", port).data().path("id").asText());
    assertEquals(List.of("POST /oauth/token", "GET /me"), calls());
  }

  @Test
  void aValidTokenIsUsedAsItIs() {
    RecordingCredentials port = new RecordingCredentials(credentials(NEW_TOKEN, 3600));

    run("get_me", port);

    assertEquals(List.of("GET /me"), calls());
    assertTrue(port.saved().isEmpty());
  }

  @Test
  void a401RefreshesOnceAndSendsTheRequestAgainWithTheNewToken() {
    RecordingCredentials port = new RecordingCredentials(credentials(OLD_TOKEN, 3600));

    ActionResult result = run("get_me", port);

    assertEquals("u1", result.data().path("id").asText());
    assertEquals(List.of("GET /me", "POST /oauth/token", "GET /me"), calls());
    assertEquals("Bearer " + NEW_TOKEN, provider.received().get(2).header("authorization"));
    assertEquals(1, port.saved().size());
    StepLog first = result.stepLogs().get(0);
    assertFalse(first.success());
    assertEquals(401, first.statusCode());
    assertEquals(2, result.stepLogs().get(3).request().attempt());
  }

  @Test
  void a401ThatAFreshTokenDoesNotCureIsReportedAfterOneRefresh() {
    provider.route("GET /me", request -> Reply.json(401, "{\"error\":\"forbidden\"}"));
    RecordingCredentials port = new RecordingCredentials(credentials(OLD_TOKEN, 3600));

    ProviderErrorException error =
        assertThrows(ProviderErrorException.class, () -> run("get_me", port));

    assertEquals(401, error.statusCode());
    assertEquals(List.of("GET /me", "POST /oauth/token", "GET /me"), calls());
  }

  @Test
  void aFailedRefreshIsA401ThatShowsNoSecret() {
    provider.route(
        "POST /oauth/token",
        request ->
            Reply.json(
                400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token "
                    + REFRESH_TOKEN
                    + " of client "
                    + CLIENT_SECRET
                    + " expired\"}"));
    RecordingCredentials port = new RecordingCredentials(credentials(OLD_TOKEN, -10));

    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run("get_me", port));

    assertEquals(401, error.statusCode());
    assertTrue(error.getMessage().startsWith("Credentials refresh (oauthcrm oauth2) failed"));
    assertTrue(error.getMessage().contains("invalid_grant"));
    assertFalse(error.getMessage().contains(REFRESH_TOKEN));
    assertFalse(error.getMessage().contains(CLIENT_SECRET));
    assertFalse(error.stepLogs().toString().contains(REFRESH_TOKEN));
    assertEquals(List.of("POST /oauth/token"), calls(), "the action request is never sent");
    assertTrue(port.saved().isEmpty());
  }

  @Test
  void aTokenAnotherExecutionRefreshedMeanwhileIsAdoptedWithoutRefreshing() {
    RecordingCredentials port =
        new RecordingCredentials(credentials(OLD_TOKEN, 3600))
            .thenRead(credentials(NEW_TOKEN, 3600));

    ActionResult result = run("get_me", port);

    assertEquals("u1", result.data().path("id").asText());
    assertEquals(List.of("GET /me", "GET /me"), calls());
    assertTrue(port.saved().isEmpty());
  }

  @Test
  void a401InTheMiddleOfPaginationRefreshesAndResumesAtThatPage() {
    provider.route(
        "GET /contacts",
        request -> {
          boolean second = request.query() != null && request.query().contains("cursor=c2");
          if (second) {
            return bearer(request, NEW_TOKEN, "{\"items\":[{\"id\":\"2\",\"status\":\"A\"}]}");
          }
          return Reply.json(200, "{\"items\":[{\"id\":\"1\",\"status\":\"A\"}],\"next\":\"c2\"}");
        });
    RecordingCredentials port = new RecordingCredentials(credentials(OLD_TOKEN, 3600));

    ActionResult result = run("list_contacts", port);

    assertEquals(2, result.data().size());
    assertEquals(
        List.of("GET /contacts", "GET /contacts", "POST /oauth/token", "GET /contacts"), calls());
    StubProvider.Received retried = provider.received().get(3);
    assertEquals("cursor=c2", retried.query());
    assertEquals("Bearer " + NEW_TOKEN, retried.header("authorization"));
  }

  @Test
  void theScheduledRefreshRunsOnDemandAndReportsTheNewExpiry() {
    String schedule = crm.authentication("oauth2").orElseThrow().refreshAuthentication().schedule();
    assertTrue(RefreshSchedule.isDue(schedule, NOW.minus(Duration.ofMinutes(31)), NOW));
    RecordingCredentials port = new RecordingCredentials(credentials(NEW_TOKEN, 3600));

    CredentialsRefresh refresh =
        executor.refreshCredentials(crm, "oauth2", null, port, "https://patchbay.example");

    assertEquals(NOW, refresh.refreshedAt());
    assertEquals(NOW.plusSeconds(3600), refresh.expiresAt());
    assertEquals(List.of("POST /oauth/token"), calls());
    assertEquals(1, port.saved().size());
    assertEquals(2, refresh.stepLogs().size());
    assertTrue(refresh.stepLogs().stream().allMatch(log -> log.kind() == StepLog.Kind.AUTH));
    assertFalse(RefreshSchedule.isDue(schedule, refresh.refreshedAt(), NOW.plusSeconds(60)));
  }

  @Test
  void anAuthConfigWithoutARefreshActionCannotBeRefreshed() {
    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () ->
                executor.refreshCredentials(
                    crm, "apikey", null, CredentialsPort.of(JSON.createObjectNode()), null));

    assertEquals(400, error.statusCode());
    assertTrue(provider.received().isEmpty());
  }
}
