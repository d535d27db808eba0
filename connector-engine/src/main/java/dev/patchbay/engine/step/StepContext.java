package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The expression context a data-shaping step evaluates its {@code dataSource} against: the block's
 * {@code context, inputs, steps, intermediateSteps, iterator, result}, plus {@code credentials}
 * when asked for (map_fields) or in the refresh-authentication flow (typecast).
 */
final class StepContext {
  private static final List<String> KEYS =
      List.of("context", "inputs", "steps", "intermediateSteps", "iterator", "result");

  private StepContext() {}

  static ObjectNode of(JsonNode block, boolean includeCredentials) {
    ObjectNode context = JsObjects.object();
    for (String key : KEYS) {
      if (block.has(key)) {
        context.set(key, block.get(key));
      }
    }
    if ((includeCredentials || isRefreshFlow(block)) && block.has("credentials")) {
      context.set("credentials", block.get("credentials"));
    }
    return context;
  }

  static boolean customMappingsDisabled(JsonNode block) {
    return "disabled"
        .equals(JsObjects.property(block.path("debug"), "custom_mappings").textValue());
  }

  private static boolean isRefreshFlow(JsonNode block) {
    return "refresh_authentication"
        .equals(JsObjects.property(block.get("context"), "flowType").textValue());
  }
}
