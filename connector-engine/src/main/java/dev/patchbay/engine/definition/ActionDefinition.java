package dev.patchbay.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One action (connector-format.md §4). Exposed externally as {@code <info.key>_<actionId>}.
 *
 * @param result one expression (a text node) or a map evaluated like parameters; {@code null} when
 *     absent
 * @param cursor the action-level pagination hint ({@code {enabled, pageSize}}), or {@code null}
 * @param fieldConfigs unified field mappings, as written; they are also copied into {@code
 *     map_fields} and {@code typecast} v2 steps that have no {@code fields} of their own
 * @param published false hides the action; true when absent
 * @param source where the action starts ({@code - actionId: …}), usually in a partial
 */
public record ActionDefinition(
    String actionId,
    String label,
    String description,
    String details,
    List<String> categories,
    String actionType,
    List<InputDefinition> inputs,
    List<StepDefinition> steps,
    JsonNode result,
    String entrypointUrl,
    String entrypointHttpMethod,
    ObjectNode cursor,
    List<JsonNode> fieldConfigs,
    String resources,
    List<String> tags,
    String schema,
    String schemaType,
    String releaseStage,
    boolean published,
    List<String> requiredScopes,
    SourceLocation source,
    Map<String, JsonNode> extra) {

  /**
   * An action input. {@code type} is the element type when {@code array} is true. {@code in} is
   * {@code null} for nested {@code properties}. {@code enumValues} comes from {@code oneOf.values}.
   */
  public record InputDefinition(
      String name,
      String type,
      String in,
      boolean required,
      String description,
      boolean array,
      List<InputDefinition> properties,
      List<JsonNode> enumValues,
      Map<String, JsonNode> extra) {}

  /** One step: {@code stepId}, {@code description} and the function it runs. */
  public record StepDefinition(
      String stepId,
      String description,
      StepFunction stepFunction,
      SourceLocation source,
      Map<String, JsonNode> extra) {}

  /**
   * {@code stepFunction}. {@code version} is a string ({@code 1} when absent). {@code parameters}
   * is the tree as written (an empty object when absent); callers must not modify it.
   */
  public record StepFunction(
      String functionName, String version, ObjectNode parameters, Map<String, JsonNode> extra) {}
}
