package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.ExpressionException;
import dev.patchbay.engine.expression.JsValues;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Maps one source record through map_fields fields, recursing into {@code object} fields. The
 * reference's {@code mapSingleRecord} and its object handlers.
 */
final class RecordMapper {
  private static final String CUSTOM_FIELDS = "unified_custom_fields";

  private final ExpressionEngine expressions;
  private final FieldValues values;

  RecordMapper(ExpressionEngine expressions) {
    this.expressions = expressions;
    this.values = new FieldValues(expressions);
  }

  /**
   * The mapped record, or null for a falsy source. Expressions see {@code source} overlaid on the
   * step context when the source is an object, the source alone otherwise.
   */
  ObjectNode map(
      List<MappedField> fields, JsonNode source, ObjectNode context, List<FieldError> errors) {
    if (!JsValues.truthy(source)) {
      return null;
    }
    JsonNode scope = source;
    if (JsObjects.isPlainObject(source)) {
      ObjectNode merged = JsObjects.spread(context);
      merged.setAll((ObjectNode) source);
      scope = merged;
    }
    JsonNode id = JsObjects.property(source, "id");
    ObjectNode mapped = JsObjects.object();
    ObjectNode custom = JsObjects.object();
    for (MappedField field : fields) {
      JsonNode value;
      if (field.type() == FieldType.OBJECT) {
        value = objectField(field, source, scope, context, errors);
        if (value == null) {
          continue;
        }
      } else {
        FieldValues.Outcome outcome = values.evaluate(field, id, scope);
        if (outcome.error() != null) {
          errors.add(outcome.error());
          continue;
        }
        value = outcome.value();
      }
      (field.custom() ? custom : mapped).set(field.targetFieldKey(), value);
    }
    if (!custom.isEmpty()) {
      mapped.set(CUSTOM_FIELDS, custom);
    }
    return mapped;
  }

  /** The value of an {@code object} field, or null to leave the field out. */
  private JsonNode objectField(
      MappedField field,
      JsonNode source,
      JsonNode scope,
      ObjectNode context,
      List<FieldError> errors) {
    if (field.properties() == null) {
      return null;
    }
    if (field.array() && field.values() != null && field.values().isArray()) {
      return fromValues(field, scope, context, errors);
    }
    if (field.array() && field.expression() != null && !field.expression().isEmpty()) {
      return fromExpression(field, source, scope, context, errors);
    }
    JsonNode values = JsValues.isNullish(field.values()) ? source : field.values();
    return map(field.properties(), values, context, errors);
  }

  /** {@code array} with literal {@code values}: their expressions are evaluated first. */
  private JsonNode fromValues(
      MappedField field, JsonNode scope, ObjectNode context, List<FieldError> errors) {
    ArrayNode records = JsonNodeFactory.instance.arrayNode();
    for (JsonNode element : field.values()) {
      ObjectNode record =
          map(field.properties(), evaluateLiterals(element, scope), context, errors);
      if (record != null) {
        records.add(record);
      }
    }
    return records;
  }

  /**
   * {@code array} with an {@code expression}: each element it yields (or the one value) is mapped.
   */
  private JsonNode fromExpression(
      MappedField field,
      JsonNode source,
      JsonNode scope,
      ObjectNode context,
      List<FieldError> errors) {
    try {
      JsonNode value = expressions.evaluate(field.expression(), scope);
      if (!value.isArray()) {
        return map(field.properties(), value, context, errors);
      }
      ArrayNode records = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : value) {
        ObjectNode record = map(field.properties(), element, context, errors);
        if (record != null) {
          records.add(record);
        }
      }
      return records;
    } catch (ExpressionException invalid) {
      JsonNode id = JsObjects.property(source, "id");
      errors.add(new FieldError("Invalid expression", id, field.targetFieldKey()));
      return null;
    }
  }

  /** Evaluates every string leaf that is a valid expression; one that fails stays as written. */
  private JsonNode evaluateLiterals(JsonNode value, JsonNode scope) {
    if (value.isTextual()) {
      if (!expressions.isValidExpression(value.textValue())) {
        return value;
      }
      try {
        return expressions.evaluate(value.textValue(), scope);
      } catch (ExpressionException failed) {
        return value;
      }
    }
    if (value.isArray()) {
      ArrayNode elements = JsonNodeFactory.instance.arrayNode();
      value.forEach(element -> elements.add(evaluateLiterals(element, scope)));
      return elements;
    }
    if (value.isObject()) {
      ObjectNode members = JsObjects.object();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        members.set(member.getKey(), evaluateLiterals(member.getValue(), scope));
      }
      return members;
    }
    return value;
  }
}
