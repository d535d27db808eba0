package dev.patchbay.actions.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import java.util.List;

/** The contract's ActionsMeta (§3): one connector and its actions. */
public record ActionsMeta(
    String key,
    String name,
    String description,
    String icon,
    String version,
    List<Authentication> authentication,
    List<String> categories,
    List<Item> actions) {

  /** One auth config of the connector: {@code key} is the auth config key. */
  public record Authentication(String type, String label, String key) {}

  /**
   * An action: {@code id} is what {@code POST /actions/rpc} runs; {@code operation_details} only
   * with {@code include=operation_details}.
   */
  public record Item(
      String id,
      String label,
      String description,
      String schemaType,
      List<String> tags,
      List<Authentication> authentication,
      @JsonInclude(JsonInclude.Include.NON_NULL) ObjectNode operationDetails) {}

  static ActionsMeta of(
      ConnectorDefinition connector, List<ActionDefinition> actions, boolean operationDetails) {
    List<Authentication> authentication =
        connector.authentication().stream().map(ActionsMeta::authentication).toList();
    return new ActionsMeta(
        connector.key(),
        connector.info().title(),
        connector.info().description(),
        connector.info().iconUrl().orElse(null),
        connector.version(),
        authentication,
        List.copyOf(connector.categories()),
        actions.stream()
            .map(
                a ->
                    new Item(
                        ConnectorCatalog.actionId(connector, a),
                        a.label(),
                        a.description(),
                        schemaType(a),
                        a.tags(),
                        authentication,
                        operationDetails ? OperationDetails.of(a) : null))
            .toList());
  }

  private static Authentication authentication(AuthenticationOption option) {
    return new Authentication(option.type(), option.label(), option.configKey());
  }

  /** {@code schemaType} as written, else {@code unified} for a unified resource, else custom. */
  private static String schemaType(ActionDefinition action) {
    if (action.schemaType() != null) {
      return action.schemaType();
    }
    return action.schema() == null || action.schema().equals("custom") ? "custom" : "unified";
  }
}
