package dev.patchbay.accounts.credentials;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.catalogue.CatalogueConfig;
import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.catalogue.ProviderTransport;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutionException;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Runs a connector's {@code refreshAuthentication} through the connector engine for one account's
 * credentials and gives back the merged result (new access token, rotated refresh token, expiry).
 * It stores nothing: the caller holds the account's row lock and saves the result.
 */
@ApplicationScoped
public class ProviderTokenRefresh {
  private static final Logger LOG = Logger.getLogger(ProviderTokenRefresh.class);
  private static final TypeReference<Map<String, Object>> CREDENTIALS = new TypeReference<>() {};

  private final ConnectorCatalog catalog;
  private final ActionExecutor executor;
  private final ObjectMapper json;
  private final String apiHostUri;

  public ProviderTokenRefresh(
      ConnectorCatalog catalog,
      CatalogueConfig catalogue,
      AccountsRefreshConfig config,
      ObjectMapper json) {
    this.catalog = catalog;
    this.json = json;
    this.apiHostUri = trimSlash(config.publicUrl().toString());
    this.executor =
        new ActionExecutor(
            new ExpressionEngine(Clock.systemUTC()),
            ProviderTransport.create(catalogue, config.providerTimeout()));
  }

  /**
   * The credentials after the provider's refresh.
   *
   * @throws ApiException 422 when the connector is not served here or cannot refresh, 502 when the
   *     provider refused (the message names no secret)
   */
  public Map<String, Object> refresh(
      String provider, String authConfigKey, String environment, Map<String, Object> credentials) {
    ConnectorDefinition connector =
        catalog
            .connector(provider)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorKind.UNPROCESSABLE,
                        "The account's provider " + provider + " is not served here"));
    CredentialsPort port = CredentialsPort.of(json.valueToTree(credentials));
    try {
      executor.refreshCredentials(connector, authConfigKey, environment, port, apiHostUri);
    } catch (ActionExecutionException failed) {
      if (failed.statusCode() == 400) {
        throw new ApiException(ErrorKind.UNPROCESSABLE, failed.getMessage());
      }
      LOG.infof("token refresh of a %s account failed: %s", provider, failed.getMessage());
      throw new ApiException(
          ErrorKind.BAD_GATEWAY, "The provider refused to refresh the account's credentials");
    }
    return json.convertValue(port.current(), CREDENTIALS);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
