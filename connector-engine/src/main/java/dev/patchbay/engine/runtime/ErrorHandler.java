package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.JsValues;
import java.util.Optional;

/**
 * {@code customErrors} (connector-format.md §4.1): the first rule whose {@code receivedStatus}
 * equals the provider status and whose optional {@code condition} is true replaces the status with
 * {@code targetStatus} and the message with {@code message} (an expression). Conditions and
 * messages see the response {@code {status, data, headers, requestUrl}} plus {@code credentials}.
 */
final class ErrorHandler {
  private final ExpressionEngine expressions;
  private final ParameterEvaluator conditions;

  ErrorHandler(ExpressionEngine expressions) {
    this.expressions = expressions;
    this.conditions = new ParameterEvaluator(expressions);
  }

  /** A matched rule: the status to report and its message ({@code null} when the rule has none). */
  record Mapping(int status, String message) {}

  Optional<Mapping> map(JsonNode customErrors, ObjectNode response, JsonNode credentials) {
    if (customErrors == null || !customErrors.isArray()) {
      return Optional.empty();
    }
    int status = response.path("status").asInt();
    ObjectNode context = response.deepCopy();
    context.set("credentials", credentials);
    for (JsonNode rule : customErrors) {
      if (rule.path("receivedStatus").asInt(-1) != status) {
        continue;
      }
      JsonNode condition = rule.get("condition");
      if (condition != null && !conditions.isTrue(condition, context)) {
        continue;
      }
      JsonNode message = rule.get("message");
      String text =
          message == null
              ? null
              : JsValues.toJsString(expressions.safeEvaluate(message.asText(), context));
      return Optional.of(new Mapping(rule.path("targetStatus").asInt(status), text));
    }
    return Optional.empty();
  }

  static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
