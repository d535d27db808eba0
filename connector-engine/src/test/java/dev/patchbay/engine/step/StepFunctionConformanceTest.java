package dev.patchbay.engine.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.ExpressionException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector of {@code typecast.json} and {@code map_fields.json} (generated from
 *
 * @stackone/core 4.4.0) under the fixtures' frozen clock, and checks that the block passed in is
 *     left unchanged: where the reference mutates it ({@code mutated_block}), Patchbay does not.
 */
class StepFunctionConformanceTest {

  /**
   * Vector id → the reference data its built-in matcher lacks (numeric country codes, citizenships,
   * subdivisions, file formats). Not a permitted deviation: open work, listed in
   * connector-engine/README.md. These vectors run too, and pass only while the step refuses them
   * loudly; once the data ships, they fail here until they are moved to the normal check.
   */
  static final Map<String, String> PENDING_DATA =
      Map.of(
          "map_fields-enum-builtin-116685adc2", "numeric country codes not shipped",
          "map_fields-enum-builtin-957972ef01", "numeric country codes not shipped",
          "map_fields-enum-builtin-350ffb0c3b", "citizenship table not shipped",
          "map_fields-enum-builtin-750f4a454c", "citizenship table not shipped",
          "map_fields-enum-builtin-654fa8e9a5", "subdivision table not shipped",
          "map_fields-enum-builtin-e4d56942a9", "file-format table not shipped",
          "map_fields-enum-builtin-ad2cdb6503", "file-format table not shipped",
          "map_fields-enum-builtin-9e72ad48d7", "file-format table not shipped",
          "map_fields-enum-builtin-bf8472c839", "file-format table not shipped");

  private final ExpressionEngine engine = new ExpressionEngine(Vectors.FROZEN_CLOCK);

  @TestFactory
  Stream<DynamicTest> typecast() {
    return vectors("typecast.json", new TypecastStep(engine));
  }

  @TestFactory
  Stream<DynamicTest> mapFields() {
    return vectors("map_fields.json", new MapFieldsStep(engine));
  }

  private Stream<DynamicTest> vectors(String file, StepFunction step) {
    return Vectors.load(file).stream()
        .map(
            vector -> {
              String id = vector.get("id").textValue();
              return PENDING_DATA.containsKey(id)
                  ? DynamicTest.dynamicTest(
                      id + " (pending: " + PENDING_DATA.get(id) + ")",
                      () -> refusesLoudly(step, vector))
                  : DynamicTest.dynamicTest(id, () -> check(step, vector));
            });
  }

  private static void refusesLoudly(StepFunction step, JsonNode vector) {
    JsonNode input = vector.get("input");
    assertThrows(
        UnsupportedOperationException.class,
        () -> step.run(input.get("block"), input.get("params")));
  }

  private static void check(StepFunction step, JsonNode vector) {
    JsonNode block = vector.get("input").get("block");
    JsonNode params = vector.get("input").get("params");
    JsonNode untouched = block.deepCopy();
    JsonNode expected = vector.get("expected");
    if (expected.has("error")) {
      JsonNode error = expected.get("error");
      if (error.get("class").textValue().equals("ZodError")) {
        assertThrows(InvalidStepParametersException.class, () -> step.run(block, params));
      } else {
        ExpressionException thrown =
            assertThrows(ExpressionException.class, () -> step.run(block, params));
        assertEquals(error.get("message").textValue(), thrown.getMessage(), "error message");
      }
    } else {
      Vectors.assertMatches(expected.get("result"), asReferenceResult(step.run(block, params)), "");
    }
    assertEquals(untouched, block, "the block must not be modified");
  }

  /** The reference's returned object without {@code block}: {successful, output?, errors?}. */
  private static JsonNode asReferenceResult(StepResult result) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("successful", true);
    result.data().ifPresent(data -> json.putObject("output").set("data", data));
    if (!result.errors().isEmpty()) {
      ArrayNode errors = json.putArray("errors");
      for (FieldError error : result.errors()) {
        ObjectNode entry = errors.addObject();
        entry.put("message", error.message());
        entry.set("id", error.id());
        entry.put("targetField", error.targetField());
      }
    }
    return json;
  }
}
