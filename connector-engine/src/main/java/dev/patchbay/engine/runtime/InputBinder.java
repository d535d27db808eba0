package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ActionDefinition.InputDefinition;
import dev.patchbay.engine.expression.JsValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the flat {@code inputs} map (connector-format.md §4, "Binding"): declared inputs only,
 * read from the grouped caller shape ({@code path}, {@code queryParams}, {@code body}, {@code
 * headers}, by each input's {@code in}) or from a flat map. Absent optional inputs stay absent; a
 * missing (or null) required input is a 400 before any step runs, and so is a value of the wrong
 * type ({@link InputTypeCheck}).
 */
final class InputBinder {
  private final InputTypeCheck types = new InputTypeCheck();

  private static final Map<String, String> GROUPS =
      Map.of("path", "path", "query", "queryParams", "body", "body", "headers", "headers");

  ObjectNode bind(ActionDefinition action, JsonNode supplied) {
    ObjectNode inputs = JsonNodeFactory.instance.objectNode();
    boolean grouped = isGrouped(action, supplied);
    List<String> missing = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (InputDefinition input : action.inputs()) {
      JsonNode source = grouped ? supplied.path(GROUPS.getOrDefault(input.in(), "")) : supplied;
      JsonNode value = source.path(input.name());
      if (value.isMissingNode() || (value.isNull() && input.required())) {
        if (input.required()) {
          missing.add(input.name());
        }
        continue;
      }
      types.check(input, input.name(), value, invalid);
      inputs.set(input.name(), value);
    }
    if (!missing.isEmpty()) {
      throw new ActionExecutionException(
          400, null, "Missing required input(s) for " + action.actionId() + ": " + missing);
    }
    if (!invalid.isEmpty()) {
      throw new ActionExecutionException(
          400,
          null,
          "Invalid input(s) for " + action.actionId() + ": " + String.join("; ", invalid));
    }
    return inputs;
  }

  /**
   * Grouped when some group key holds an object and no declared input has that name, so a flat
   * input called {@code body} is still read flat.
   */
  private static boolean isGrouped(ActionDefinition action, JsonNode supplied) {
    for (String group : GROUPS.values()) {
      JsonNode value = supplied.get(group);
      boolean declared = action.inputs().stream().anyMatch(i -> i.name().equals(group));
      if (value != null && value.isObject() && !declared) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hands the request's resume cursor to an action that pages by hand: when the action declares a
   * {@code cursor} input and the caller gave none, the cursor becomes that input, so {@code
   * inputs.cursor} sees the {@code next} the platform got back from a previous page.
   */
  static void offerCursor(ActionDefinition action, String cursor, ObjectNode inputs) {
    boolean declared = action.inputs().stream().anyMatch(i -> i.name().equals("cursor"));
    if (cursor != null && declared && !inputs.has("cursor")) {
      inputs.put("cursor", cursor);
    }
  }

  /** The resume cursor: the explicit one, else a textual or numeric {@code cursor} input. */
  static String cursor(String explicit, ObjectNode inputs) {
    if (explicit != null) {
      return explicit;
    }
    JsonNode cursor = inputs.get("cursor");
    return cursor == null || JsValues.isNullish(cursor) ? null : JsValues.toJsString(cursor);
  }
}
