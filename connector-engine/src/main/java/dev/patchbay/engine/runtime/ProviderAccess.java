package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.JsValues;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a raw request to a connector's provider (the proxy) takes from the connector, for one
 * account's credentials: the base URLs the connector declares (its {@code baseUrl} and the {@code
 * baseUrl} of its actions' steps, evaluated) and the headers and query parameters of its {@code
 * authorization}. Thread-safe.
 */
public final class ProviderAccess {
  private final ExpressionEngine expressions;
  private final Authenticator authenticator;

  public ProviderAccess(ExpressionEngine expressions) {
    this.expressions = expressions;
    this.authenticator = new Authenticator(expressions);
  }

  /**
   * @param baseUrls the declared base URLs, the connector's {@code baseUrl} first; only those that
   *     evaluate to a non-empty string
   * @param headers authorization headers, lower-case names
   * @param query authorization query parameters
   */
  public record Access(
      List<String> baseUrls, Map<String, String> headers, Map<String, String> query) {
    public Access {
      baseUrls = List.copyOf(baseUrls);
      headers = Map.copyOf(headers);
      query = Map.copyOf(query);
    }

    @Override
    public String toString() {
      return "Access[baseUrls=" + baseUrls + ", headers=<redacted>, query=<redacted>]";
    }
  }

  /**
   * @throws ActionExecutionException 400 when the auth config is unknown or must be named
   */
  public Access access(
      ConnectorDefinition connector,
      String authConfigKey,
      String environment,
      JsonNode credentials,
      String apiHostUri) {
    AuthenticationOption auth = ActionExecutor.authentication(connector, authConfigKey);
    ObjectNode block =
        ActionExecutor.block(
            JsonNodeFactory.instance.objectNode(),
            credentials,
            auth,
            environment == null ? "production" : environment,
            apiHostUri);
    Authenticator.Applied applied =
        authenticator.apply(auth == null ? null : auth.authorization(), block);
    return new Access(baseUrls(connector, block), applied.headers(), applied.query());
  }

  /** Whether the account's auth config can refresh its tokens ({@code refreshAuthentication}). */
  public static boolean canRefresh(ConnectorDefinition connector, String authConfigKey) {
    return TokenRefresher.hasRefreshAction(ActionExecutor.authentication(connector, authConfigKey));
  }

  private List<String> baseUrls(ConnectorDefinition connector, ObjectNode block) {
    Set<String> urls = new LinkedHashSet<>();
    add(urls, connector.baseUrl(), block);
    for (ActionDefinition action : connector.actions()) {
      for (ActionDefinition.StepDefinition step : action.steps()) {
        JsonNode stepBaseUrl = step.stepFunction().parameters().get("baseUrl");
        if (stepBaseUrl != null && stepBaseUrl.isTextual()) {
          add(urls, stepBaseUrl.asText(), block);
        }
      }
    }
    return List.copyOf(urls);
  }

  private void add(Set<String> urls, String expression, ObjectNode block) {
    if (expression == null || expression.isEmpty()) {
      return;
    }
    JsonNode value = expressions.safeEvaluate(expression, block);
    String url = JsValues.isNullish(value) ? "" : JsValues.toJsString(value);
    if (!url.isEmpty()) {
      urls.add(url);
    }
  }
}
