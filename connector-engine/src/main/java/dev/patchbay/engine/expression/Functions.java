package dev.patchbay.engine.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The functions StackOne registers with jexl (expressions 0.16.0); there are no transforms. */
final class Functions {
  private final Map<String, Function<List<JsonNode>, JsonNode>> registry;

  Functions(Clock clock) {
    DateFunctions dates = new DateFunctions(clock);
    registry =
        Map.of(
            "present", args -> JsValues.bool(!JsValues.isNullish(arg(args, 0))),
            "missing", args -> JsValues.bool(isMissing(arg(args, 0))),
            "includes", args -> includes(arg(args, 0), arg(args, 1), true),
            "includesSome", args -> includes(arg(args, 0), arg(args, 1), false),
            "keys", args -> keys(arg(args, 0)),
            "values", args -> values(arg(args, 0)),
            "now", args -> JsValues.string(JsValues.ISO_MILLIS.format(clock.instant())),
            "nextAnniversary", args -> dates.nextAnniversary(arg(args, 0), arg(args, 1)),
            "yearsElapsed", args -> dates.yearsElapsed(arg(args, 0), arg(args, 1), arg(args, 2)),
            "hasPassed", args -> dates.hasPassed(arg(args, 0), arg(args, 1), arg(args, 2)));
  }

  boolean has(String name) {
    return registry.containsKey(name);
  }

  JsonNode call(String name, List<JsonNode> args) {
    return registry.get(name).apply(args);
  }

  private static JsonNode arg(List<JsonNode> args, int index) {
    return index < args.size() ? args.get(index) : JsValues.UNDEFINED;
  }

  private static boolean isMissing(JsonNode value) {
    return JsValues.isNullish(value) || (value.isTextual() && value.textValue().isEmpty());
  }

  private static JsonNode includes(JsonNode array, JsonNode wanted, boolean all) {
    if (!array.isArray() || array.isEmpty() || isMissing(wanted)) {
      return JsValues.bool(false);
    }
    List<JsonNode> candidates = new java.util.ArrayList<>();
    if (wanted.isArray()) {
      wanted.forEach(candidates::add);
    } else {
      candidates.add(wanted);
    }
    java.util.function.Predicate<JsonNode> contained =
        candidate -> {
          for (JsonNode element : array) {
            if (JsValues.sameValueZero(element, candidate)) {
              return true;
            }
          }
          return false;
        };
    return JsValues.bool(
        all ? candidates.stream().allMatch(contained) : candidates.stream().anyMatch(contained));
  }

  private static JsonNode keys(JsonNode value) {
    ArrayNode keys = JsValues.array();
    if (JsValues.isPlainObject(value)) {
      value.fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }

  private static JsonNode values(JsonNode value) {
    ArrayNode values = JsValues.array();
    if (JsValues.isPlainObject(value)) {
      value.elements().forEachRemaining(values::add);
    }
    return values;
  }
}
