package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.step.FieldError;
import dev.patchbay.engine.step.StepFunction;
import dev.patchbay.engine.step.StepResult;

/**
 * Runs a data-shaping {@link StepFunction} ({@code map_fields} v2, {@code typecast} v2), which
 * evaluates its own parameters. Output {@code {data}} (no {@code data} when the function produced
 * none), plus {@code errors: [{message, targetField}]} when map_fields collected mapping errors.
 */
final class ShapingStep implements StepHandler {
  private final StepFunction function;

  ShapingStep(StepFunction function) {
    this.function = function;
  }

  @Override
  public ObjectNode run(ObjectNode parameters, StepScope scope) {
    StepResult result = function.run(scope.block(), parameters);
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    result.data().ifPresent(data -> output.set("data", data));
    if (!result.errors().isEmpty()) {
      ArrayNode errors = output.putArray("errors");
      for (FieldError error : result.errors()) {
        ObjectNode node = errors.addObject();
        node.put("message", error.message());
        node.put("targetField", error.targetField());
        if (!error.id().isMissingNode()) {
          node.set("id", error.id());
        }
      }
    }
    return output;
  }
}
