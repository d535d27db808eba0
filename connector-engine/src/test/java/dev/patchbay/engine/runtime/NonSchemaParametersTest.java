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
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code headers: [{name, value}]} and raw {@code body} parameters (spec §9.6). */
class NonSchemaParametersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private StubProvider provider;
  private ActionExecutor executor;

  @BeforeEach
  void start() {
    provider = new StubProvider();
    provider.route("POST /in", request -> Reply.json(200, "{\"ok\":true}"));
    executor =
        new ActionExecutor(
            new ExpressionEngine(Vectors.FROZEN_CLOCK),
            provider.transportFor(InlineConnectors.ORIGIN));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ActionResult run(String parameters, String inputs) throws Exception {
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: send
              inputs:
                - { name: name, type: string, in: body, required: false }
                - { name: top, type: number, in: query, required: false }
              steps:
                - stepId: call
                  stepFunction:
                    functionName: request
                    parameters:
                      url: /in
                      method: post
            %s"""
                .formatted(parameters.stripIndent().indent(10)));
    return executor.execute(
        connector,
        "send",
        ActionRequest.of(JSON.readTree(inputs), JSON.readTree("{\"token\":\"tok-extra-1\"}")));
  }

  @Test
  void headersListIsSentLikeHeaderArgsWhichWinWithTheAuthorization() throws Exception {
    run(
        """
        headers:
          - { name: X-Top, value: $.inputs.top }
          - { name: X-Mode, value: list }
          - { name: Prefer, value: from-headers }
          - { name: Authorization, value: forged }
          - { name: X-Absent, value: $.inputs.missing }
        args:
          - { name: Prefer, value: from-args, in: headers }
        """,
        "{\"top\":5}");

    StubProvider.Received received = provider.received().get(0);
    assertEquals("5", received.header("x-top"));
    assertEquals("list", received.header("x-mode"));
    assertEquals("from-args", received.header("prefer"));
    assertEquals("Bearer tok-extra-1", received.header("authorization"));
    assertFalse(received.headers().containsKey("x-absent"));
  }

  @Test
  void aRawStringBodyIsSentAsItIsWithItsContentType() throws Exception {
    run(
        """
        body: |-
          <?xml version="1.0" encoding="utf-8"?>
          <Hire><Name>${inputs.name}</Name></Hire>
        args:
          - { name: Content-Type, value: application/soap+xml; charset=utf-8, in: headers }
        """,
        "{\"name\":\"Ann\"}");

    StubProvider.Received received = provider.received().get(0);
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Hire><Name>Ann</Name></Hire>",
        received.body());
    assertEquals("application/soap+xml; charset=utf-8", received.header("content-type"));
  }

  @Test
  void anObjectBodyIsTheBody() throws Exception {
    run("body: { name: $.inputs.name, tags: [a] }", "{\"name\":\"Ann\"}");

    assertEquals("{\"name\":\"Ann\",\"tags\":[\"a\"]}", provider.received().get(0).body());
  }

  @Test
  void aBodyParameterWithBodyArgsIsAConnectorFault() {
    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () ->
                run(
                    """
                    body: <Hire/>
                    args: [ { name: name, value: x, in: body } ]
                    """,
                    "{}"));

    assertEquals(500, error.statusCode());
    assertEquals("call: a body parameter cannot be combined with body args", error.getMessage());
    assertTrue(provider.received().isEmpty());
  }
}
