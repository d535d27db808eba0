package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.JsValues;

/**
 * {@code static_values} (connector-format.md §4.4): {@code values} (a string expression, object or
 * array) evaluated recursively against the step context. Output {@code {data: values}}.
 */
final class StaticValuesStep implements StepHandler {
  private final ParameterEvaluator evaluator;

  StaticValuesStep(ParameterEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  @Override
  public ObjectNode run(ObjectNode parameters, StepScope scope) {
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    JsonNode values = parameters.get("values");
    if (values != null) {
      JsonNode data = evaluator.value(values, scope.block());
      if (!JsValues.isUndefined(data)) {
        output.set("data", data);
      }
    }
    return output;
  }
}
