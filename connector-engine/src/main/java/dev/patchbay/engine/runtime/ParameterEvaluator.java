package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.ExpressionException;
import dev.patchbay.engine.expression.JsValues;
import java.util.Set;

/**
 * Evaluates step parameters against the step context (connector-format.md §4, "How parameters are
 * evaluated"): drops {@code args} whose {@code condition} is not the boolean {@code true}, then
 * evaluates every remaining string leaf with safe evaluation. Keys the function reads against
 * another context ({@code customErrors}, {@code response}, {@code iterator}) are kept as written.
 */
final class ParameterEvaluator {
  static final Set<String> UNEVALUATED = Set.of("customErrors", "response", "iterator");

  private final ExpressionEngine expressions;

  ParameterEvaluator(ExpressionEngine expressions) {
    this.expressions = expressions;
  }

  /** Step parameters, evaluated. The input tree is not modified. */
  ObjectNode parameters(ObjectNode parameters, JsonNode block) {
    ObjectNode evaluated = JsonNodeFactory.instance.objectNode();
    parameters
        .fields()
        .forEachRemaining(
            entry -> {
              String key = entry.getKey();
              JsonNode value = entry.getValue();
              if (UNEVALUATED.contains(key)) {
                evaluated.set(key, value);
              } else if (key.equals("args") && value.isArray()) {
                evaluated.set(key, args(value, block));
              } else {
                JsonNode result = value(value, block);
                if (!JsValues.isUndefined(result)) {
                  evaluated.set(key, result);
                }
              }
            });
    return evaluated;
  }

  private ArrayNode args(JsonNode args, JsonNode block) {
    ArrayNode kept = JsonNodeFactory.instance.arrayNode();
    for (JsonNode arg : args) {
      JsonNode condition = arg.get("condition");
      if (condition != null && !isTrue(condition, block)) {
        continue;
      }
      ObjectNode evaluated = JsonNodeFactory.instance.objectNode();
      arg.fields()
          .forEachRemaining(
              f -> {
                if (!f.getKey().equals("condition")) {
                  evaluated.set(f.getKey(), value(f.getValue(), block));
                }
              });
      kept.add(evaluated);
    }
    return kept;
  }

  /**
   * A strict condition: true only when it evaluates to the boolean {@code true}. A malformed
   * condition throws {@link ExpressionException}.
   */
  boolean isTrue(JsonNode condition, JsonNode context) {
    if (condition.isBoolean()) {
      return condition.booleanValue();
    }
    JsonNode result = expressions.evaluate(condition.asText(), context);
    return result.isBoolean() && result.booleanValue();
  }

  /**
   * Deep evaluation: string leaves become expressions (errors become {@code null}); an undefined
   * object member is left out, an undefined array element becomes {@code null}.
   */
  JsonNode value(JsonNode node, JsonNode block) {
    if (node.isTextual()) {
      return expressions.safeEvaluate(node.textValue(), block);
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : node) {
        JsonNode evaluated = value(element, block);
        copy.add(JsValues.isUndefined(evaluated) ? JsonNodeFactory.instance.nullNode() : evaluated);
      }
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields()
          .forEachRemaining(
              f -> {
                JsonNode evaluated = value(f.getValue(), block);
                if (!JsValues.isUndefined(evaluated)) {
                  copy.set(f.getKey(), evaluated);
                }
              });
      return copy;
    }
    return node;
  }
}
