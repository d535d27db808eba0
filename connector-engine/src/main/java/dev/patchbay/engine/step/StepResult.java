package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A successful step: {@code data} becomes {@code steps.<id>.output.data} (empty when the step
 * produced no output), {@code errors} are the mapping errors collected without failing the step.
 * The data may share unchanged sub-trees with the block: treat both as immutable.
 */
public record StepResult(Optional<JsonNode> data, List<FieldError> errors) {
  public StepResult {
    errors = List.copyOf(errors);
  }

  static StepResult noOutput() {
    return new StepResult(Optional.empty(), List.of());
  }

  static StepResult of(JsonNode data, List<FieldError> errors) {
    return new StepResult(Optional.of(data), errors);
  }
}
