package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.JsValues;

/**
 * {@code response.dataKey} / {@code nextKey} / {@code indexField} (connector-format.md §4.1, §4.2).
 * A key is a {@code $.}-relative dotted path (falling back to {@code body[key]}) or a {@code {{…}}}
 * expression, evaluated against the response body.
 */
final class RecordSelector {
  private final ExpressionEngine expressions;

  RecordSelector(ExpressionEngine expressions) {
    this.expressions = expressions;
  }

  /** The value at {@code key} in {@code body}; undefined when absent. */
  JsonNode select(JsonNode body, String key) {
    String trimmed = key.trim();
    if (trimmed.startsWith("{{")) {
      return expressions.safeEvaluate(trimmed, body);
    }
    String path = trimmed.startsWith("$") ? trimmed : "$." + trimmed;
    JsonNode value = expressions.safeEvaluate(path, body);
    if (JsValues.isNullish(value) && body != null && body.isObject() && body.has(trimmed)) {
      return body.get(trimmed);
    }
    return value == null ? JsValues.UNDEFINED : value;
  }

  /** The step data for a {@code response} block: {@code dataKey} extraction, then re-keying. */
  JsonNode data(JsonNode body, JsonNode response) {
    if (response == null || !response.isObject()) {
      return body;
    }
    JsonNode data = body;
    if (response.hasNonNull("dataKey")) {
      data = select(body, response.get("dataKey").asText());
    }
    return index(data, response);
  }

  /**
   * With {@code indexField}, an array becomes an object keyed by {@code record[indexField]} and a
   * single record becomes {@code {<id>: record}}. Without it, the data is unchanged.
   */
  JsonNode index(JsonNode data, JsonNode response) {
    if (response == null || !response.hasNonNull("indexField") || JsValues.isNullish(data)) {
      return data;
    }
    String field = response.get("indexField").asText();
    ObjectNode keyed = JsonNodeFactory.instance.objectNode();
    if (data.isArray()) {
      data.forEach(record -> keyed.set(JsValues.toJsString(record.path(field)), record));
    } else {
      keyed.set(JsValues.toJsString(data.path(field)), data);
    }
    return keyed;
  }
}
