package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code group_data} (connector-format.md §4.4) over {@code steps[id].output.data} for each id in
 * {@code stepsDataToGroup}. With {@code isSingleRecord: true} the output is {@code {<stepId>:
 * data}}. Otherwise each step's data must be an id-keyed object ({@code response.indexField}); the
 * records are joined per key, in order of first appearance, into {@code [{stepA: recA, stepB:
 * recB}]}. A step without a record for a key is left out of that joined record.
 */
final class GroupDataStep implements StepHandler {

  @Override
  public ObjectNode run(ObjectNode parameters, StepScope scope) {
    List<String> stepIds = new ArrayList<>();
    parameters.path("stepsDataToGroup").forEach(id -> stepIds.add(id.asText()));
    JsonNode steps = scope.block().path("steps");
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    if (parameters.path("isSingleRecord").asBoolean(false)) {
      ObjectNode single = output.putObject("data");
      for (String id : stepIds) {
        JsonNode data = steps.path(id).path("output").path("data");
        if (!data.isMissingNode()) {
          single.set(id, data);
        }
      }
      return output;
    }
    Map<String, ObjectNode> joined = new LinkedHashMap<>();
    for (String id : stepIds) {
      JsonNode data = steps.path(id).path("output").path("data");
      if (!data.isObject()) {
        throw new ActionExecutionException(
            500,
            scope.stepId(),
            scope.stepId() + ": group_data needs id-keyed data from step '" + id + "'");
      }
      data.fields()
          .forEachRemaining(
              record ->
                  joined
                      .computeIfAbsent(
                          record.getKey(), key -> JsonNodeFactory.instance.objectNode())
                      .set(id, record.getValue()));
    }
    ArrayNode records = output.putArray("data");
    joined.values().forEach(records::add);
    return output;
  }
}
