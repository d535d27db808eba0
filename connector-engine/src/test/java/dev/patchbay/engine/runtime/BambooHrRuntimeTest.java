package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the loader's BambooHR-like connector, unchanged, against a local provider stub. */
class BambooHrRuntimeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API_KEY = "bamboo-secret-key-123";
  private static final String BASIC =
      "Basic "
          + Base64.getEncoder().encodeToString((API_KEY + ":x").getBytes(StandardCharsets.UTF_8));
  private static final String BASE = "/api/gateway.php/acme/v1";
  private static ConnectorDefinition bamboo;

  private StubProvider provider;
  private ActionExecutor executor;

  @BeforeAll
  static void load() throws Exception {
    bamboo =
        new ConnectorLoader()
            .load(Path.of(BambooHrRuntimeTest.class.getResource("/connectors/bamboohr").toURI()));
  }

  @BeforeEach
  void start() {
    provider = new StubProvider();
    provider
        .route("GET " + BASE + "/employees", authorized(this::employeesPage))
        .route(
            "GET " + BASE + "/employees/directory",
            authorized(
                request ->
                    Reply.json(
                        200,
                        "{\"employees\":[{\"id\":7,\"status\":\"Active\"},"
                            + "{\"id\":8,\"status\":\"Inactive\"}]}")))
        .route(
            "GET " + BASE + "/employees/42",
            authorized(
                request ->
                    Reply.json(200, "{\"id\":\"42\",\"firstName\":\"Ada\",\"lastName\":\"L\"}")))
        .route(
            "GET " + BASE + "/employees/404",
            authorized(request -> Reply.json(404, "{\"error\":\"no such employee\"}")))
        .route(
            "GET " + BASE + "/time_off/requests",
            authorized(request -> Reply.json(200, "[{\"id\":1,\"status\":\"approved\"}]")));
    executor = executor(ActionExecutor.DEFAULT_MAX_PAGES);
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ActionExecutor executor(int maxPages) {
    return new ActionExecutor(
        new ExpressionEngine(Vectors.FROZEN_CLOCK),
        provider.transportFor("https://api.bamboohr.com"),
        maxPages);
  }

  /** Answers 401, echoing the header it got, unless the Basic header is right. */
  private static StubProvider.Route authorized(StubProvider.Route route) {
    return request ->
        BASIC.equals(request.header("authorization"))
            ? route.answer(request)
            : Reply.json(
                401,
                "{\"error\":\"bad credentials\",\"received\":\""
                    + request.header("authorization")
                    + "\"}");
  }

  /** Two pages: the first (no cursor) has two employees and cursor c2, the second one employee. */
  private Reply employeesPage(StubProvider.Received request) {
    if (request.query() != null && request.query().contains("cursor=c2")) {
      return Reply.json(200, "{\"employees\":[{\"id\":3}],\"meta\":{}}");
    }
    return Reply.json(
        200, "{\"employees\":[{\"id\":1},{\"id\":2}],\"meta\":{\"nextCursor\":\"c2\"}}");
  }

  private static ActionRequest request(String inputs, String apiKey) throws Exception {
    return ActionRequest.of(
        JSON.readTree(inputs),
        JSON.readTree("{\"apiKey\":\"" + apiKey + "\",\"subdomain\":\"acme\"}"));
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void paginatedListFetchesEveryPageWithBasicAuth() throws Exception {
    ActionResult result = executor.execute(bamboo, "list_employees", request("{}", API_KEY));

    assertEquals(json("[{\"id\":1},{\"id\":2},{\"id\":3}]"), result.data());
    assertTrue(result.next().isEmpty());
    List<StubProvider.Received> calls = provider.received();
    assertEquals(2, calls.size());
    assertEquals(null, calls.get(0).query());
    assertEquals("cursor=c2", calls.get(1).query());
    assertEquals("application/json", calls.get(0).header("accept"));
    assertEquals(2, result.steps().at("/fetch_employees/output/raw").size());
  }

  @Test
  void pageSizeStopsAfterAPageAndTheCursorResumes() throws Exception {
    ActionRequest first = request("{\"queryParams\":{\"page_size\":2}}", API_KEY);
    ActionResult page1 = executor.execute(bamboo, "list_employees", first);

    assertEquals(json("[{\"id\":1},{\"id\":2}]"), page1.data());
    assertEquals("c2", page1.next().orElseThrow());
    assertEquals("limit=2", provider.received().get(0).query());

    ActionResult page2 =
        executor.execute(bamboo, "list_employees", first.withCursor(page1.next().get()));
    assertEquals(json("[{\"id\":3}]"), page2.data());
    assertTrue(page2.next().isEmpty());
    assertEquals("limit=2&cursor=c2", provider.received().get(1).query());
  }

  @Test
  void pageCapStopsWithAResumableCursor() throws Exception {
    ActionResult result = executor(1).execute(bamboo, "list_employees", request("{}", API_KEY));

    assertEquals(2, result.data().size());
    assertEquals("c2", result.next().orElseThrow());
    assertEquals(1, provider.received().size());
  }

  /**
   * The connector's {@code fields} arg ({@code present(…) ? inputs.fields : ["firstName", …]}) does
   * not compile under expressions 0.16.0, so safe evaluation gives null and qs sends {@code
   * fields=}, as the reference would.
   */
  @Test
  void getSendsThePathAndAFailedArgAsNull() throws Exception {
    ActionResult result =
        executor.execute(bamboo, "get_employee", request("{\"path\":{\"id\":\"42\"}}", API_KEY));

    assertEquals("Ada", result.data().path("firstName").asText());
    assertEquals("fields=", provider.received().get(0).query());
  }

  @Test
  void notFoundIsMappedThroughCustomErrors() throws Exception {
    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () -> executor.execute(bamboo, "get_employee", request("{\"id\":\"404\"}", API_KEY)));

    assertEquals(404, error.statusCode());
    assertEquals(404, error.providerStatus());
    assertEquals("fetch_employee", error.stepId());
    assertTrue(error.getMessage().endsWith("returned 404: Employee not found"), error.getMessage());
    assertEquals(json("{\"error\":\"no such employee\"}"), error.providerBody());
  }

  @Test
  void unauthorizedCarriesStatusAndBodyButNoCredentials() throws Exception {
    String wrongKey = "wrong-secret-key-999";
    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () -> executor.execute(bamboo, "list_employees", request("{}", wrongKey)));

    assertEquals(401, error.statusCode());
    String sentHeader =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((wrongKey + ":x").getBytes(StandardCharsets.UTF_8));
    assertEquals(sentHeader, provider.received().get(0).header("authorization"));
    assertTrue(error.getMessage().contains("returned 401"), error.getMessage());
    assertTrue(error.getMessage().contains("bad credentials"), error.getMessage());
    for (String secret : List.of(wrongKey, sentHeader, sentHeader.substring(6))) {
      assertFalse(error.getMessage().contains(secret), error.getMessage());
      assertFalse(error.providerBody().toString().contains(secret), error.providerBody()::toString);
    }
    assertTrue(error.providerBody().path("received").asText().contains(Redactor.MASK));
  }

  @Test
  void unifiedListMapsAndCastsThroughFieldConfigs() throws Exception {
    ActionResult result =
        executor.execute(bamboo, "unified_list_employees", request("{}", API_KEY));

    assertEquals(
        json(
            "[{\"id\":\"7\",\"employment_status\":{\"value\":\"active\",\"source_value\":\"Active\"}},"
                + "{\"id\":\"8\",\"employment_status\":{\"value\":\"inactive\",\"source_value\":\"Inactive\"}}]"),
        result.data());
  }

  @Test
  void stringResultAndOptionalConditionalArgs() throws Exception {
    ActionResult result =
        executor.execute(
            bamboo,
            "list_time_off_requests",
            request(
                "{\"queryParams\":{\"start\":\"2026-01-01\",\"end\":\"2026-01-31\"}}", API_KEY));

    assertEquals(json("[{\"id\":1,\"status\":\"approved\"}]"), result.data());
    assertEquals("start=2026-01-01&end=2026-01-31", provider.received().get(0).query());
  }

  @Test
  void missingRequiredInputIsRejectedBeforeAnyRequest() throws Exception {
    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () ->
                executor.execute(
                    bamboo, "list_time_off_requests", request("{\"start\":\"x\"}", API_KEY)));

    assertEquals(400, error.statusCode());
    assertTrue(error.getMessage().contains("[end]"), error.getMessage());
    assertTrue(provider.received().isEmpty());
  }
}
