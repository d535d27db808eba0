package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ActionRequest#providerQuery()}: the caller's query parameters on every provider request.
 */
class ProviderQueryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private StubProvider provider;
  private ActionExecutor executor;

  @BeforeEach
  void start() {
    provider = new StubProvider();
    provider.route("GET /first", request -> Reply.json(200, "{\"ok\":1}"));
    provider.route("GET /second", request -> Reply.json(200, "{\"ok\":2}"));
    executor =
        new ActionExecutor(
            new ExpressionEngine(Vectors.FROZEN_CLOCK),
            provider.transportFor(InlineConnectors.ORIGIN));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void everyRequestOfTheActionCarriesThemAfterItsArgs() throws Exception {
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: read
              inputs: []
              steps:
                - stepId: one
                  stepFunction:
                    functionName: request
                    parameters:
                      url: /first
                      method: get
                      args:
                        - { name: mode, value: args, in: query }
                - stepId: two
                  stepFunction:
                    functionName: request
                    parameters:
                      url: /second
                      method: get
              result:
                data: $.steps.two.output.data
            """);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("mode", "caller");
    query.put("include_archived", "true");
    executor.execute(
        connector,
        "read",
        ActionRequest.of(JSON.createObjectNode(), JSON.readTree("{\"token\":\"t\"}"))
            .withProviderQuery(query));

    assertEquals("mode=caller&include_archived=true", provider.received().get(0).query());
    assertEquals("mode=caller&include_archived=true", provider.received().get(1).query());
  }

  @Test
  void withoutThemNothingIsAdded() throws Exception {
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: read
              inputs: []
              steps:
                - stepId: one
                  stepFunction:
                    functionName: request
                    parameters:
                      url: /first
                      method: get
              result:
                data: $.steps.one.output.data
            """);
    executor.execute(
        connector, "read", ActionRequest.of(JSON.createObjectNode(), JSON.readTree("{}")));

    assertEquals(null, provider.received().get(0).query());
  }
}
