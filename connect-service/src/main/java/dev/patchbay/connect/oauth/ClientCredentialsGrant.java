package dev.patchbay.connect.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.connect.ConnectConfig;
import dev.patchbay.connect.hub.CredentialCheck;
import dev.patchbay.connect.hub.HubConnectors;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutionException;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The client credentials grant at connect time (connector-format.md §3): with the client id and
 * secret the end user typed, the auth option's {@code refreshAuthentication} fetches the first
 * access token before anything is linked. A refusal is a 400 that names the provider, not the
 * secret.
 */
@ApplicationScoped
public class ClientCredentialsGrant {
  private final ActionExecutor executor;
  private final String apiHostUri;

  public ClientCredentialsGrant(ConnectConfig config) {
    this.executor =
        new ActionExecutor(
            new ExpressionEngine(Clock.systemUTC()), CredentialCheck.transport(config));
    this.apiHostUri = OAuthFlow.apiHostUri(config);
  }

  /** The typed credentials with the token merged in; {@code typed} itself for other options. */
  public JsonNode withToken(
      ConnectorDefinition connector, AuthenticationOption option, JsonNode typed) {
    if (!HubConnectors.isClientCredentials(option)) {
      return typed;
    }
    CredentialsPort port = CredentialsPort.of(typed);
    try {
      executor.refreshCredentials(
          connector, option.configKey(), HubConnectors.environment(option), port, apiHostUri);
    } catch (ActionExecutionException refused) {
      throw ApiException.badRequest(
          connector.info().title()
              + " did not accept these credentials: it refused to issue an access token");
    }
    return port.current();
  }
}
