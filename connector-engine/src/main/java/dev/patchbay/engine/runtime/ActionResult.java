package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.runtime.log.StepLog;
import java.util.List;
import java.util.Optional;

/**
 * What an action returns: the evaluated {@code result} envelope ({@code {data, next?, …}}), the
 * outputs of the steps that ran ({@code steps.<id>.output}) and the redacted step logs, in order (a
 * credentials refresh's entries first).
 */
public record ActionResult(ObjectNode envelope, ObjectNode steps, List<StepLog> stepLogs) {

  public ActionResult {
    stepLogs = stepLogs == null ? List.of() : List.copyOf(stepLogs);
  }

  public ActionResult(ObjectNode envelope, ObjectNode steps) {
    this(envelope, steps, List.of());
  }

  /** {@code envelope.data}; a missing node when the result has none. */
  public JsonNode data() {
    return envelope.path("data");
  }

  /** {@code envelope.next} as text: the cursor to pass back for the next page. */
  public Optional<String> next() {
    JsonNode next = envelope.get("next");
    return next == null || next.isNull() || next.isMissingNode()
        ? Optional.empty()
        : Optional.of(next.asText());
  }
}
