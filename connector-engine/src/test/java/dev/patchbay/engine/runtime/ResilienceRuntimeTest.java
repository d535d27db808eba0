package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import dev.patchbay.engine.runtime.log.StepLog;
import dev.patchbay.engine.runtime.resilience.FakeTime;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retries, the time budget, the connector rate limit, the request timeout and the response-size
 * cap. Waits go to a fake clock, so the test sees each requested wait without waiting.
 */
class ResilienceRuntimeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROOT =
      """
      StackOne: 1.0.0
      info: { title: Flaky, key: flaky, version: 0.1.0 }
      baseUrl: https://flaky.test
      %s
      authentication:
        - custom:
            type: custom
            authorization: { type: bearer, token: $.credentials.token }
      actions:
      """;
  private static final String ACTIONS =
      """
      - actionId: read
        steps:
          - stepId: fetch
            stepFunction: { functionName: request, parameters: { url: /items } }
        result:
          data: $.steps.fetch.output.data
      - actionId: write
        steps:
          - stepId: create
            stepFunction: { functionName: request, parameters: { url: /items, method: post } }
      """;

  @TempDir Path dir;
  private StubProvider provider;
  private FakeTime time;

  @BeforeEach
  void start() {
    provider = new StubProvider();
    time = FakeTime.at("2026-03-15T10:30:00Z");
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ActionExecutor executor(ExecutorSettings settings) {
    return new ActionExecutor(
        new ExpressionEngine(Vectors.FROZEN_CLOCK),
        provider.transportFor("https://flaky.test"),
        settings,
        time,
        time);
  }

  private ConnectorDefinition connector(String rootExtra) throws Exception {
    return InlineConnector.load(dir, ROOT.formatted(rootExtra), ACTIONS);
  }

  private static ActionRequest request() throws Exception {
    return ActionRequest.of(
        JSON.createObjectNode(), JSON.readTree("{\"token\":\"tok-flaky-123\"}"));
  }

  /** Answers with {@code replies} in turn, then repeats the last one. */
  private static StubProvider.Route sequence(Reply... replies) {
    AtomicInteger next = new AtomicInteger();
    return request -> replies[Math.min(next.getAndIncrement(), replies.length - 1)];
  }

  private static Reply status(int status, String... headers) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    map.put("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], headers[i + 1]);
    }
    return new Reply(status, "{\"status\":" + status + "}", map);
  }

  @Test
  void serverErrorsOfAGetAreRetriedWithBackoffUntilTheyPass() throws Exception {
    provider.route(
        "GET /items", sequence(status(503), status(502), Reply.json(200, "{\"ok\":true}")));

    ActionResult result =
        executor(ExecutorSettings.DEFAULTS).execute(connector(""), "read", request());

    assertTrue(result.data().path("ok").asBoolean());
    assertEquals(3, provider.received().size());
    List<Duration> sleeps = time.sleeps();
    assertEquals(2, sleeps.size());
    assertTrue(between(sleeps.get(0), 250, 500), "first backoff is half to all of 500ms");
    assertTrue(between(sleeps.get(1), 500, 1000), "second backoff is half to all of 1s");
    assertEquals(
        List.of(1, 2, 3), result.stepLogs().stream().map(log -> log.request().attempt()).toList());
    assertEquals(
        List.of(false, false, true), result.stepLogs().stream().map(StepLog::success).toList());
    assertTrue(result.stepLogs().get(0).message().startsWith("503: retrying in "));
  }

  private static boolean between(Duration wait, long minMillis, long maxMillis) {
    return wait.toMillis() >= minMillis && wait.toMillis() <= maxMillis;
  }

  @Test
  void retryAfterIsHonouredInSecondsAndAsADateAndClamped() throws Exception {
    provider.route(
        "GET /items",
        sequence(
            status(429, "Retry-After", "7"),
            status(503, "Retry-After", "Sun, 15 Mar 2026 10:30:19 GMT"),
            status(429, "Retry-After", "3600"),
            Reply.json(200, "{\"ok\":true}")));

    executor(ExecutorSettings.DEFAULTS.toBuilder().actionBudget(Duration.ofMinutes(5)).build())
        .execute(connector(""), "read", request());

    assertEquals(
        List.of(Duration.ofSeconds(7), Duration.ofSeconds(12), Duration.ofSeconds(30)),
        time.sleeps(),
        "7s; the date 19s after the start, reached 7s in; 3600s clamped to 30s");
  }

  @Test
  void aProviderThatKeepsFailingEndsTheActionWith408WhenTheBudgetIsSpent() throws Exception {
    provider.route("GET /items", sequence(status(503, "Retry-After", "20")));

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () -> executor(ExecutorSettings.DEFAULTS).execute(connector(""), "read", request()));

    assertEquals(408, error.statusCode());
    assertEquals(
        "fetch: gave up after the 60s time budget: GET https://flaky.test/items kept failing"
            + " (503) after 3 attempts",
        error.getMessage());
    assertEquals(3, provider.received().size());
    assertEquals(List.of(Duration.ofSeconds(20), Duration.ofSeconds(20)), time.sleeps());
    assertEquals(3, error.stepLogs().size());
  }

  @Test
  void persistentRateLimitingOfAGetEndsWith408() throws Exception {
    provider.route("GET /items", sequence(status(429, "Retry-After", "25")));

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () -> executor(ExecutorSettings.DEFAULTS).execute(connector(""), "read", request()));

    assertEquals(408, error.statusCode());
    assertTrue(error.getMessage().contains("kept rate limiting (429) after 3 attempts"));
  }

  @Test
  void aRateLimitedPostIsNotRetriedAndKeepsItsRetryAfter() throws Exception {
    provider.route("POST /items", sequence(status(429, "Retry-After", "30")));

    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () -> executor(ExecutorSettings.DEFAULTS).execute(connector(""), "write", request()));

    assertEquals(429, error.statusCode());
    assertEquals(Duration.ofSeconds(30), error.retryAfter().orElseThrow());
    assertEquals(1, provider.received().size());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void theAttemptCapEndsRetriesWithTheProviderError() throws Exception {
    provider.route("GET /items", sequence(status(500)));

    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () ->
                executor(ExecutorSettings.DEFAULTS.toBuilder().maxAttempts(2).build())
                    .execute(connector(""), "read", request()));

    assertEquals(500, error.statusCode());
    assertEquals(2, provider.received().size());
  }

  @Test
  void theConnectorRateLimitSpacesRequestsAcrossExecutions() throws Exception {
    provider.route("GET /items", request -> Reply.json(200, "{\"ok\":true}"));
    ConnectorDefinition connector = connector("rateLimit: { mainRatelimit: 2 }");
    ActionExecutor executor = executor(ExecutorSettings.DEFAULTS);

    for (int i = 0; i < 4; i++) {
      executor.execute(connector, "read", request());
    }

    assertEquals(4, provider.received().size());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), time.sleeps());
  }

  @Test
  void eachAccountHasItsOwnRateLimitBucket() throws Exception {
    provider.route("GET /items", request -> Reply.json(200, "{\"ok\":true}"));
    ConnectorDefinition connector = connector("rateLimit: { mainRatelimit: 2 }");
    ActionExecutor executor = executor(ExecutorSettings.DEFAULTS);

    for (int i = 0; i < 4; i++) {
      executor.execute(connector, "read", ActionRequest.of(null, account("acc_" + i)));
    }
    executor.execute(connector, "read", ActionRequest.of(null, account("acc_0")));
    executor.execute(connector, "read", ActionRequest.of(null, account("acc_0")));

    assertEquals(6, provider.received().size());
    // four accounts took the first permit of their own bucket; acc_0's third request waits
    assertEquals(List.of(Duration.ofMillis(500)), time.sleeps());
  }

  private static CredentialsPort account(String id) {
    CredentialsPort memory = CredentialsPort.of(null);
    return new CredentialsPort() {
      @Override
      public com.fasterxml.jackson.databind.JsonNode current() {
        return memory.current();
      }

      @Override
      public com.fasterxml.jackson.databind.JsonNode refresh(
          com.fasterxml.jackson.databind.JsonNode stale,
          java.util.function.Supplier<com.fasterxml.jackson.databind.JsonNode> runRefresh) {
        return memory.refresh(stale, runRefresh);
      }

      @Override
      public java.util.Optional<String> accountId() {
        return java.util.Optional.of(id);
      }
    };
  }

  @Test
  void aRateLimitQueueLongerThanTheMaximumWaitFailsWith429AndRetryAfterWithoutSending()
      throws Exception {
    provider.route("GET /items", request -> Reply.json(200, "{\"ok\":true}"));
    ConnectorDefinition connector = connector("rateLimit: { mainRatelimit: 0.25 }");
    ActionExecutor executor = executor(ExecutorSettings.DEFAULTS);
    executor.execute(connector, "read", request());

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class, () -> executor.execute(connector, "read", request()));

    assertEquals(429, error.statusCode());
    assertEquals(Duration.ofSeconds(4), error.retryAfter().orElseThrow());
    assertTrue(error.getMessage().contains("rate limit of 0.25 requests/s"));
    assertEquals(1, provider.received().size());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void aRateLimitWaitWithinTheMaximumIsWaitedOut() throws Exception {
    provider.route("GET /items", request -> Reply.json(200, "{\"ok\":true}"));
    ConnectorDefinition connector = connector("rateLimit: { mainRatelimit: 0.25 }");
    ActionExecutor executor =
        executor(
            ExecutorSettings.DEFAULTS.toBuilder().maxRateLimitWait(Duration.ofSeconds(4)).build());

    executor.execute(connector, "read", request());
    executor.execute(connector, "read", request());

    assertEquals(2, provider.received().size());
    assertEquals(List.of(Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void aRateLimitWaitBeyondTheBudgetFailsWith408WithoutSending() throws Exception {
    provider.route("GET /items", request -> Reply.json(200, "{\"ok\":true}"));
    ConnectorDefinition connector = connector("rateLimit: { mainRatelimit: 0.01 }");
    ActionExecutor executor =
        executor(
            ExecutorSettings.DEFAULTS.toBuilder().maxRateLimitWait(Duration.ofMinutes(5)).build());
    executor.execute(connector, "read", request());

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class, () -> executor.execute(connector, "read", request()));

    assertEquals(408, error.statusCode());
    assertTrue(error.getMessage().contains("rate limit of 0.01 requests/s"));
    assertEquals(1, provider.received().size());
  }

  @Test
  void aResponseOverTheSizeCapIsA502() throws Exception {
    provider.route("GET /items", request -> Reply.json(200, "[" + "1,".repeat(2048) + "1]"));

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () ->
                executor(ExecutorSettings.DEFAULTS.toBuilder().maxResponseBytes(1024).build())
                    .execute(connector(""), "read", request()));

    assertEquals(502, error.statusCode());
    assertEquals(
        "fetch: GET https://flaky.test/items answered with a body larger than the 1024-byte limit",
        error.getMessage());
  }

  @Test
  void aProviderThatDoesNotAnswerInTimeIsA504() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    provider.route(
        "GET /items",
        request -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          }
          return Reply.json(200, "{}");
        });

    try {
      ActionExecutionException error =
          assertThrows(
              ActionExecutionException.class,
              () ->
                  executor(
                          ExecutorSettings.DEFAULTS.toBuilder()
                              .requestTimeout(Duration.ofMillis(200))
                              .build())
                      .execute(connector(""), "read", request()));

      assertEquals(504, error.statusCode());
      assertEquals(
          "fetch: GET https://flaky.test/items did not answer within 200ms", error.getMessage());
      assertFalse(error.stepLogs().get(0).success());
    } finally {
      release.countDown();
    }
  }
}
