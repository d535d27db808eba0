package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.JsValues;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code map_fields} v2 ({@code {dataSource, fields, externalSources?}}): builds, for each record
 * of the data source (or for the single object), a record holding only the mapped fields. Field
 * expressions see the step context overlaid with the record and {@code external} (the evaluated
 * external sources). Mapping errors are collected and do not fail the step.
 */
public final class MapFieldsStep implements StepFunction {
  private final ExpressionEngine expressions;
  private final RecordMapper mapper;

  public MapFieldsStep(ExpressionEngine expressions) {
    this.expressions = expressions;
    this.mapper = new RecordMapper(expressions);
  }

  @Override
  public StepResult run(JsonNode block, JsonNode params) {
    ParamReader reader = ParamReader.of(params, "");
    List<MappedField> fields = reader.requiredList("fields", MappedField::read);
    String dataSource = reader.requiredString("dataSource");
    JsonNode externalSources = externalSources(reader);
    ObjectNode context = StepContext.of(block, true);
    JsonNode data = expressions.evaluate(dataSource, context);
    if (StepContext.customMappingsDisabled(block) || !JsValues.truthy(data)) {
      return StepResult.noOutput();
    }
    ObjectNode external = JsObjects.object();
    for (Iterator<Map.Entry<String, JsonNode>> it = externalSources.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> source = it.next();
      external.set(source.getKey(), expressions.evaluate(source.getValue().textValue(), context));
    }
    List<FieldError> errors = new ArrayList<>();
    if (!data.isArray()) {
      return StepResult.of(mapRecord(data, external, fields, context, errors), errors);
    }
    ArrayNode records = JsonNodeFactory.instance.arrayNode();
    data.forEach(record -> records.add(mapRecord(record, external, fields, context, errors)));
    return StepResult.of(records, errors);
  }

  private JsonNode mapRecord(
      JsonNode record,
      ObjectNode external,
      List<MappedField> fields,
      ObjectNode context,
      List<FieldError> errors) {
    ObjectNode source = JsObjects.spread(record);
    source.set("external", external);
    return mapper.map(fields, source, context, errors);
  }

  /** The {@code externalSources} map: names to expression strings. */
  private static JsonNode externalSources(ParamReader reader) {
    JsonNode sources = reader.raw("externalSources");
    if (sources == null) {
      return JsObjects.object();
    }
    ParamReader.of(sources, "externalSources");
    sources
        .fields()
        .forEachRemaining(
            source ->
                ParamReader.requireText(source.getValue(), "externalSources." + source.getKey()));
    return sources;
  }
}
