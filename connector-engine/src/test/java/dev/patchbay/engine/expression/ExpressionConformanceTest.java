package dev.patchbay.engine.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.conformance.Vectors;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector of {@code expressions.json} (generated from @stackone/expressions 0.16.0):
 * strict evaluation, safe evaluation and validity, under a clock frozen at the fixtures' instant.
 */
class ExpressionConformanceTest {

  /** Vector id → why Patchbay deliberately differs (also listed in connector-engine/README.md). */
  static final Map<String, String> KNOWN_DEVIATIONS = Map.of();

  private final ExpressionEngine engine = new ExpressionEngine(Vectors.FROZEN_CLOCK);

  @TestFactory
  Stream<DynamicTest> expressions() {
    return Vectors.load("expressions.json").stream()
        .filter(vector -> !KNOWN_DEVIATIONS.containsKey(vector.get("id").textValue()))
        .map(
            vector ->
                DynamicTest.dynamicTest(
                    vector.get("id").textValue() + " " + vector.get("expression"),
                    () -> check(vector)));
  }

  private void check(JsonNode vector) {
    String expression =
        vector.get("expression").isNull() ? null : vector.get("expression").textValue();
    JsonNode context = vector.get("context");
    JsonNode strict = vector.get("strict");
    if (strict.has("error")) {
      ExpressionException thrown =
          assertThrows(
              ExpressionException.class, () -> engine.evaluate(expression, context), "strict");
      assertEquals(
          strict.get("error").get("message").textValue(), thrown.getMessage(), "strict message");
    } else {
      Vectors.assertMatches(strict.get("result"), engine.evaluate(expression, context), "strict");
    }
    Vectors.assertMatches(
        vector.get("safe").get("result"), engine.safeEvaluate(expression, context), "safe");
    assertEquals(vector.get("valid").booleanValue(), engine.isValidExpression(expression), "valid");
  }
}
