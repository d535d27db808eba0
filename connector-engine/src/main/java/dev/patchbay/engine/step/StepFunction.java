package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A step function of a connector action ({@code stepFunction.functionName} + {@code version}). It
 * reads the execution {@code block} ({@code inputs}, {@code credentials}, {@code context}, {@code
 * steps.<id>.output}) and never modifies it.
 */
public interface StepFunction {

  /**
   * Runs the step. Throws {@link InvalidStepParametersException} for parameters that do not fit the
   * function's schema and {@link dev.patchbay.engine.expression.ExpressionException} when an
   * expression that must evaluate strictly fails.
   */
  StepResult run(JsonNode block, JsonNode params);
}
