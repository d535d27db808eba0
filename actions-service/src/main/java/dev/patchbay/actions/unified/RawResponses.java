package dev.patchbay.actions.unified;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.runtime.log.StepLog;
import dev.patchbay.requestlog.SecretMask;
import java.util.List;

/**
 * {@code raw=true}: the provider requests an action made, as the contract's {@code RawResponse}
 * {@code {method, url, body?, response?}}, from the engine's step logs (secret headers are not
 * included, secret query values are already masked) with every credential value of the account
 * masked again. Bodies are JSON when they parse, else text; long ones are cut as in the step logs.
 */
final class RawResponses {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawResponses() {}

  static ArrayNode of(List<StepLog> steps, SecretMask mask) {
    ArrayNode raw = JSON.createArrayNode();
    for (StepLog step : steps) {
      if (step.request() == null || step.kind() == StepLog.Kind.AUTH) {
        continue;
      }
      ObjectNode call = raw.addObject();
      call.put("method", step.request().method().toLowerCase(java.util.Locale.ROOT));
      call.put("url", mask.mask(step.request().url()));
      if (step.request().body() != null && !step.request().body().isEmpty()) {
        call.set("body", mask.mask(body(step.request().body())));
      }
      if (step.response() != null
          && step.response().body() != null
          && !step.response().body().isEmpty()) {
        call.set("response", mask.mask(body(step.response().body())));
      }
    }
    return raw;
  }

  private static JsonNode body(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException notJson) {
      return TextNode.valueOf(text);
    }
  }
}
