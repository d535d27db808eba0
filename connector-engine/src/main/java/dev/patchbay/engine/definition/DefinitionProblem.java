package dev.patchbay.engine.definition;

import java.util.Objects;

/**
 * One reason a connector definition could not be loaded.
 *
 * @param location where the problem is, in the file the author wrote (a partial, not the composed
 *     text)
 * @param jsonPath the JSONPath of the offending value in the composed document ({@code
 *     $.actions[2].steps}), or {@code null} when the problem is found before the YAML is parsed
 * @param message what is wrong
 */
public record DefinitionProblem(SourceLocation location, String jsonPath, String message) {

  public DefinitionProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return jsonPath == null
        ? location + ": " + message
        : location + ": " + jsonPath + ": " + message;
  }
}
