package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.JsValues;
import java.util.List;

/**
 * {@code typecast} v2 ({@code {dataSource, fields?}}): casts the listed fields of each record (or
 * of the single object) and passes every other key through. Only non-null values are cast; a {@code
 * custom} field, or a field whose top-level value is null, is looked up in {@code
 * unified_custom_fields}. Unlike the reference, the records in the block are never modified.
 */
public final class TypecastStep implements StepFunction {
  private static final String CUSTOM_FIELDS = "unified_custom_fields";

  private final ExpressionEngine expressions;

  public TypecastStep(ExpressionEngine expressions) {
    this.expressions = expressions;
  }

  @Override
  public StepResult run(JsonNode block, JsonNode params) {
    ParamReader reader = ParamReader.of(params, "");
    List<CastField> fields = reader.optionalList("fields", CastField::read);
    String dataSource = reader.requiredString("dataSource");
    JsonNode data = expressions.evaluate(dataSource, StepContext.of(block, false));
    if (fields == null || StepContext.customMappingsDisabled(block)) {
      return StepResult.noOutput();
    }
    if (!data.isArray()) {
      return StepResult.of(castRecord(data, fields), List.of());
    }
    ArrayNode records = JsonNodeFactory.instance.arrayNode();
    data.forEach(record -> records.add(castRecord(record, fields)));
    return StepResult.of(records, List.of());
  }

  private static ObjectNode castRecord(JsonNode record, List<CastField> fields) {
    ObjectNode cast = JsObjects.spread(record);
    for (CastField field : fields) {
      String key = field.targetFieldKey();
      if (field.type() == FieldType.ENUM) {
        continue;
      }
      if (!field.custom() && !JsValues.isNullish(cast.get(key))) {
        if (field.type() == FieldType.OBJECT || !(field.array() && cast.get(key).isArray())) {
          cast.set(key, castValue(field, JsObjects.property(record, key)));
        }
        continue;
      }
      JsonNode customFields = cast.get(CUSTOM_FIELDS);
      JsonNode current = JsObjects.property(customFields, key);
      if (customFields == null
          || !customFields.isObject()
          || JsValues.isNullish(current)
          || (field.type() != FieldType.OBJECT && field.array() && current.isArray())) {
        continue;
      }
      ObjectNode copied = JsObjects.spread(customFields);
      copied.set(key, castValue(field, current));
      cast.set(CUSTOM_FIELDS, copied);
    }
    return cast;
  }

  private static JsonNode castValue(CastField field, JsonNode value) {
    return field.type() == FieldType.OBJECT
        ? castObject(field, value)
        : ValueCast.cast(value, field.type());
  }

  /** An object field: each record (or each object element of an array) gets its properties cast. */
  private static JsonNode castObject(CastField field, JsonNode value) {
    if (field.properties() == null || !JsValues.truthy(value)) {
      return value;
    }
    if (!value.isArray()) {
      return JsObjects.isObjectLike(value) ? castRecord(value, field.properties()) : value;
    }
    ArrayNode elements = JsonNodeFactory.instance.arrayNode();
    for (JsonNode element : value) {
      elements.add(
          JsObjects.isObjectLike(element) ? castRecord(element, field.properties()) : element);
    }
    return elements;
  }
}
