package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pagination variants and executor rules, each on a small connector written for the test. */
class RuntimeEdgeCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEAD =
      """
      StackOne: 1.0.0
      info: { title: Edge, key: edge, version: 0.1.0 }
      baseUrl: https://edge.test
      authentication:
        - custom:
            type: custom
            authorization: { type: bearer, token: $.credentials.token }
      actions:
      """;

  @TempDir Path dir;
  private StubProvider provider;
  private ActionExecutor executor;

  @BeforeEach
  void start() {
    provider = new StubProvider();
    executor =
        new ActionExecutor(
            new ExpressionEngine(Vectors.FROZEN_CLOCK), provider.transportFor("https://edge.test"));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ConnectorDefinition connector(String actions) throws Exception {
    Path file = dir.resolve("edge.connector.s1.yaml");
    Files.writeString(file, HEAD + actions.stripIndent().indent(2));
    return new ConnectorLoader().load(file);
  }

  private ActionResult run(ConnectorDefinition connector, String inputs) throws Exception {
    return executor.execute(
        connector,
        connector.actions().get(0).actionId(),
        ActionRequest.of(JSON.readTree(inputs), JSON.readTree("{\"token\":\"tok-edge-123\"}")));
  }

  @Test
  void bodyIteratorHeaderCursorConditionAndIndexField() throws Exception {
    provider.route(
        "POST /search",
        request -> {
          boolean second = request.body().contains("\"page\":\"p2\"");
          return new Reply(
              200,
              second
                  ? "{\"hits\":[{\"id\":\"b\"}],\"more\":false}"
                  : "{\"hits\":[{\"id\":\"a\"}],\"more\":true}",
              Map.of("Content-Type", "application/json", "X-Next-Page", second ? "p3" : "p2"));
        });
    ConnectorDefinition connector =
        connector(
            """
            - actionId: search
              steps:
                - stepId: pages
                  stepFunction:
                    functionName: paginated_request
                    parameters:
                      url: /search
                      method: post
                      args: [ { name: q, value: x, in: body } ]
                      iterator: { key: page, in: body, condition: '{{more == true}}' }
                      response: { dataKey: hits, nextKey: x-next-page, nextKeyIn: headers, indexField: id }
            """);

    ActionResult result = run(connector, "{}");

    assertEquals(JSON.readTree("{\"a\":{\"id\":\"a\"},\"b\":{\"id\":\"b\"}}"), result.data());
    assertEquals(2, provider.received().size());
    assertEquals("{\"q\":\"x\"}", provider.received().get(0).body());
    assertEquals("{\"q\":\"x\",\"page\":\"p2\"}", provider.received().get(1).body());
    assertEquals(
        "p3", result.steps().at("/pages/output/next").asText(), "condition false still keeps next");
  }

  @Test
  void emptyPageEndsPaginationWithoutNext() throws Exception {
    provider.route("GET /items", request -> Reply.json(200, "{\"items\":[],\"next\":\"n\"}"));
    ConnectorDefinition connector =
        connector(
            """
            - actionId: items
              steps:
                - stepId: pages
                  stepFunction:
                    functionName: paginated_request
                    parameters:
                      url: /items
                      iterator: { key: cursor, in: query }
                      response: { dataKey: items, nextKey: next }
              result:
                data: $.steps.pages.output.data
                next: $.steps.pages.output.next
            """);

    ActionResult result = run(connector, "{}");

    assertEquals(0, result.data().size());
    assertTrue(result.next().isEmpty());
  }

  @Test
  void stepConditionSkipsAndAbsentResultReturnsLastData() throws Exception {
    ConnectorDefinition connector =
        connector(
            """
            - actionId: pick
              inputs: [ { name: mode, type: string, in: query, required: false } ]
              steps:
                - stepId: first
                  stepFunction: { functionName: static_values, parameters: { values: [1, 2] } }
                - stepId: second
                  condition: '{{inputs.mode == "b"}}'
                  stepFunction: { functionName: static_values, parameters: { values: '${inputs.mode}!' } }
            """);

    assertEquals(JSON.readTree("[1,2]"), run(connector, "{\"mode\":\"a\"}").data());
    assertEquals("b!", run(connector, "{\"mode\":\"b\"}").data().asText());
    assertTrue(provider.received().isEmpty());
  }

  @Test
  void unknownStepFunctionFailsTheStep() throws Exception {
    ConnectorDefinition connector =
        connector(
            """
            - actionId: upload
              steps:
                - stepId: call
                  stepFunction: { functionName: upload_file, parameters: { url: /x } }
            """);

    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run(connector, "{}"));

    assertEquals(500, error.statusCode());
    assertEquals("call: Unknown step function: upload_file v1", error.getMessage());
  }

  @Test
  void customErrorToSuccessTurnsAMissingResourceIntoData() throws Exception {
    provider.route("GET /thing", request -> Reply.json(404, "{\"missing\":true}"));
    ConnectorDefinition connector =
        connector(
            """
            - actionId: thing
              steps:
                - stepId: call
                  stepFunction:
                    functionName: request
                    parameters:
                      url: /thing
                      customErrors: [ { receivedStatus: 404, targetStatus: 200, message: none yet } ]
              result:
                data: $.steps.call.output.data
                code: $.steps.call.output.statusCode
                message: $.steps.call.output.message
            """);

    ActionResult result = run(connector, "{}");

    assertEquals(
        JSON.readTree("{\"data\":{\"missing\":true},\"code\":200,\"message\":\"none yet\"}"),
        result.envelope());
    assertFalse(provider.received().isEmpty());
  }
}
