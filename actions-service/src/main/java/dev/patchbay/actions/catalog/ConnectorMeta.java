package dev.patchbay.actions.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ActionDefinition.InputDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import java.util.Locale;
import java.util.Map;

/**
 * The contract's ConnectorsMeta (§4): {@code provider}, {@code provider_name}, {@code category},
 * {@code active}, {@code resources.images.logo_url} and {@code models}.
 *
 * @param models per unified resource ({@code schema}) and operation ({@code actionType}): {@code
 *     {apiPath, method, actionId, input: {defaultFields}, output: {defaultFields}}}, from the
 *     action's {@code entrypointUrl}, {@code entrypointHttpMethod}, inputs and {@code fieldConfigs}
 */
public record ConnectorMeta(
    String provider,
    String providerName,
    String category,
    boolean active,
    Map<String, Object> resources,
    ObjectNode models) {

  /** What a connector without action categories is listed under. */
  static final String NO_CATEGORY = "unknown";

  public static ConnectorMeta of(ConnectorDefinition connector) {
    String category = connector.categories().stream().findFirst().orElse(NO_CATEGORY);
    Map<String, Object> images =
        connector
            .info()
            .iconUrl()
            .<Map<String, Object>>map(url -> Map.of("logo_url", url))
            .orElse(Map.of());
    return new ConnectorMeta(
        connector.key(),
        connector.info().title(),
        category,
        true,
        Map.of("images", images),
        models(connector));
  }

  private static ObjectNode models(ConnectorDefinition connector) {
    ObjectNode models = JsonNodeFactory.instance.objectNode();
    for (ActionDefinition action : ConnectorCatalog.published(connector)) {
      if (action.schema() == null || action.schema().equals("custom")) {
        continue;
      }
      ObjectNode resource = models.with(action.schema());
      String operation = action.actionType() == null ? action.actionId() : action.actionType();
      if (resource.has(operation)) {
        continue; // the first action of a kind is the unified one
      }
      ObjectNode model = resource.putObject(operation);
      String category = action.categories().stream().findFirst().orElse(null);
      if (action.entrypointUrl() != null) {
        model.put(
            "apiPath",
            category == null
                ? action.entrypointUrl()
                : "/unified/" + category + action.entrypointUrl());
      }
      if (action.entrypointHttpMethod() != null) {
        model.put("method", action.entrypointHttpMethod().toLowerCase(Locale.ROOT));
      }
      model.put("actionId", ConnectorCatalog.actionId(connector, action));
      ArrayNode inputs = model.putObject("input").putArray("defaultFields");
      for (InputDefinition input : action.inputs()) {
        ObjectNode field = inputs.addObject().put("name", input.name()).put("type", input.type());
        field.put("in", input.in()).put("required", input.required());
        if (input.array()) {
          field.put("array", true);
        }
      }
      ArrayNode outputs = model.putObject("output").putArray("defaultFields");
      for (JsonNode config : action.fieldConfigs()) {
        if (config.path("hidden").asBoolean(false) || !config.hasNonNull("targetFieldKey")) {
          continue;
        }
        ObjectNode field = outputs.addObject().put("name", config.get("targetFieldKey").asText());
        field.put("type", config.path("type").asText("string"));
        if (config.path("array").asBoolean(false)) {
          field.put("array", true);
        }
      }
    }
    return models;
  }
}
