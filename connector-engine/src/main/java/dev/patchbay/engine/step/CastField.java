package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A typecast v2 field: {@code targetFieldKey}, {@code type}, {@code array}, {@code custom} and, for
 * objects, nested {@code properties} (null when absent). Unknown keys are ignored, as the
 * reference's schema strips them.
 */
record CastField(
    String targetFieldKey,
    FieldType type,
    boolean array,
    boolean custom,
    List<CastField> properties) {

  static CastField read(JsonNode node, String path) {
    ParamReader field = ParamReader.of(node, path);
    String key = field.requiredString("targetFieldKey");
    FieldType type = field.type();
    boolean array = field.optionalBoolean("array");
    boolean custom = field.optionalBoolean("custom");
    field.optionalBoolean("hidden");
    field.optionalStrings("requiredScopes");
    return new CastField(
        key, type, array, custom, field.optionalList("properties", CastField::read));
  }
}
