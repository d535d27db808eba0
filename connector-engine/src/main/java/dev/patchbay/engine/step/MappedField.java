package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * A map_fields v2 field. {@code expression}, {@code values}, {@code enumMapper} and {@code
 * properties} are null when absent. Unknown keys are rejected, as in the reference's strict schema.
 */
record MappedField(
    String targetFieldKey,
    String expression,
    JsonNode values,
    FieldType type,
    boolean array,
    boolean custom,
    EnumMapper enumMapper,
    List<MappedField> properties) {

  private static final Set<String> KEYS =
      Set.of(
          "targetFieldKey",
          "alias",
          "expression",
          "values",
          "type",
          "array",
          "custom",
          "hidden",
          "enumMapper",
          "properties",
          "requiredScopes");

  static MappedField read(JsonNode node, String path) {
    ParamReader field = ParamReader.of(node, path).strict(KEYS);
    String key = field.requiredString("targetFieldKey");
    field.optionalString("alias");
    String expression = field.optionalString("expression");
    FieldType type = field.type();
    boolean array = field.optionalBoolean("array");
    boolean custom = field.optionalBoolean("custom");
    field.optionalBoolean("hidden");
    field.optionalStrings("requiredScopes");
    EnumMapper enumMapper =
        field.has("enumMapper")
            ? EnumMapper.read(field.raw("enumMapper"), field.at("enumMapper"))
            : null;
    return new MappedField(
        key,
        expression,
        field.raw("values"),
        type,
        array,
        custom,
        enumMapper,
        field.optionalList("properties", MappedField::read));
  }
}
