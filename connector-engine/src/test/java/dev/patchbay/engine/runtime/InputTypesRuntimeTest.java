package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declared input types are checked before any request is sent. */
class InputTypesRuntimeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROOT =
      """
      StackOne: 1.0.0
      info: { title: Typed, key: typed, version: 0.1.0 }
      baseUrl: https://typed.test
      actions:
      """;
  private static final String ACTIONS =
      """
      - actionId: create
        inputs:
          - { name: name, type: string, in: body, required: true }
          - { name: limit, type: number, in: query, required: false }
          - { name: active, type: boolean, in: body, required: false }
          - { name: since, type: datetime_string, in: query, required: false }
          - { name: status, type: enum, in: body, required: false, oneOf: { values: [open, closed] } }
          - { name: tags, type: string, array: true, in: body, required: false }
          - { name: meta, type: object, in: body, required: false }
          - name: address
            type: object
            in: body
            required: false
            properties:
              - { name: city, type: string, required: true }
              - { name: zip, type: number, required: false }
        steps:
          - stepId: send
            stepFunction: { functionName: static_values, parameters: { values: $.inputs } }
      """;

  @TempDir Path dir;
  private StubProvider provider;
  private ActionExecutor executor;
  private ConnectorDefinition connector;

  @BeforeEach
  void start() throws Exception {
    provider = new StubProvider();
    executor =
        new ActionExecutor(
            new ExpressionEngine(Vectors.FROZEN_CLOCK),
            provider.transportFor("https://typed.test"));
    connector = InlineConnector.load(dir, ROOT, ACTIONS);
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ActionResult run(String inputs) throws Exception {
    return executor.execute(
        connector, "create", ActionRequest.of(JSON.readTree(inputs), JSON.createObjectNode()));
  }

  @Test
  void wellTypedInputsPass() throws Exception {
    String inputs =
        """
        {"name": "Ada", "limit": 10, "active": true, "since": "2026-03-15T10:30:00Z",
         "status": "open", "tags": ["a", "b"], "meta": {"any": 1},
         "address": {"city": "Paris", "zip": 75001, "extra": "kept"}}
        """;

    assertEquals(JSON.readTree(inputs), run(inputs).data());
  }

  @Test
  void datesMayBeDatesOrDateTimesWithOrWithoutAnOffset() throws Exception {
    for (String since :
        new String[] {"2026-03-15", "2026-03-15T10:30", "2026-03-15T10:30:00+01:00"}) {
      assertEquals(
          since,
          run("{\"name\":\"Ada\",\"since\":\"" + since + "\"}").data().path("since").asText());
    }
  }

  @Test
  void optionalInputsMayBeNull() throws Exception {
    assertTrue(run("{\"name\":\"Ada\",\"limit\":null}").data().path("limit").isNull());
  }

  @Test
  void everyWrongTypeIsNamedWithoutItsValueAndNothingIsSent() throws Exception {
    String inputs =
        """
        {"name": 42, "limit": "ten-secret", "active": "yes", "since": "last tuesday",
         "status": "pending", "tags": ["a", 7], "meta": [1], "address": {"zip": "75001"}}
        """;

    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run(inputs));

    assertEquals(400, error.statusCode());
    assertEquals(
        "Invalid input(s) for create: name must be a string; limit must be a number;"
            + " active must be a boolean; since must be an ISO-8601 date-time string;"
            + " status must be one of [\"open\", \"closed\"]; tags[1] must be a string;"
            + " meta must be an object; address.city is required; address.zip must be a number",
        error.getMessage());
    assertFalse(error.getMessage().contains("ten-secret"));
    assertFalse(error.getMessage().contains("last tuesday"));
    assertTrue(provider.received().isEmpty());
  }

  @Test
  void aScalarWhereAnArrayIsDeclaredIsRefused() throws Exception {
    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class, () -> run("{\"name\":\"Ada\",\"tags\":\"a\"}"));

    assertEquals(
        "Invalid input(s) for create: tags must be an array of string", error.getMessage());
  }

  @Test
  void aNullRequiredInputIsMissing() throws Exception {
    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run("{\"name\":null}"));

    assertEquals(400, error.statusCode());
    assertEquals("Missing required input(s) for create: [name]", error.getMessage());
  }
}
