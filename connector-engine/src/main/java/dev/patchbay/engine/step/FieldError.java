package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field that could not be mapped: the reference's {@code {message, id, targetField}}. {@code id}
 * is the source record's {@code id} ({@code MissingNode} when it has none).
 */
public record FieldError(String message, JsonNode id, String targetField) {}
