package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Told the outcome of each step while an action runs, for tracing (the CLI's {@code --debug}). A
 * failing step is not reported here: the {@link ActionExecutionException} names it.
 */
public interface StepListener {

  /** Listens to nothing. */
  StepListener NONE =
      new StepListener() {
        @Override
        public void skipped(String stepId) {}

        @Override
        public void finished(String stepId, JsonNode output) {}
      };

  /** The step's {@code condition} was not the boolean {@code true}. */
  void skipped(String stepId);

  /**
   * The step ran; {@code output} is its {@code steps.<id>.output}, with every credential value
   * masked.
   */
  void finished(String stepId, JsonNode output);
}
