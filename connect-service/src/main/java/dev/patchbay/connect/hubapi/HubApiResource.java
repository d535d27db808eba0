package dev.patchbay.connect.hubapi;

import dev.patchbay.connect.hub.HubConnectors;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of the private {@code /hub} API that {@code @stackone/hub@1.11.4} calls
 * (hub-backend.md §3), keyed by the connect-session token in {@code x-hub-session-token}: the same
 * connectors and auth options as the hosted page. A missing, unknown or expired token is a 401 with
 * the error body.
 */
@Path("/hub")
@Produces(MediaType.APPLICATION_JSON)
public class HubApiResource {
  private final HubCaller caller;
  private final HubConnectors connectors;

  public HubApiResource(HubCaller caller, HubConnectors connectors) {
    this.caller = caller;
    this.connectors = connectors;
  }

  /** {@code {enabled_features, existing_account_id?}}: the account a session edits. */
  @GET
  @Path("/settings")
  public Map<String, Object> settings(@HeaderParam(HubCaller.TOKEN_HEADER) String token) {
    ConnectSession session = caller.session(token);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("enabled_features", List.of());
    if (session.accountId != null) {
      settings.put("existing_account_id", session.accountId);
    }
    return settings;
  }

  /** {@code {integrations}}: the connectors the session allows, or only {@code provider}. */
  @GET
  @Path("/connectors")
  public Map<String, Object> connectors(
      @HeaderParam(HubCaller.TOKEN_HEADER) String token, @QueryParam("provider") String provider) {
    ConnectSession session = caller.session(token);
    List<HubIntegration> integrations =
        connectors.allowed(session).stream()
            .filter(c -> provider == null || c.key().equals(provider))
            .map(HubApiResource::integration)
            .toList();
    return Map.of("integrations", integrations);
  }

  /**
   * The Falcon detail shape {@code {config: {key, name, assets, type, configFields, support}}} of
   * the connector's first auth option that takes typed credentials, else of its first OAuth2
   * authorization-code option ({@code type: oauth2}: the Hub opens the OAuth popup, with the
   * option's non-secret fields); 404 for a connector the session does not allow.
   */
  @GET
  @Path("/connectors/{id}")
  public Map<String, Object> connector(
      @HeaderParam(HubCaller.TOKEN_HEADER) String token, @PathParam("id") String id) {
    ConnectorDefinition connector = connectors.allowed(caller.session(token), id);
    AuthenticationOption option = hubOption(connector);
    boolean oauth = HubConnectors.isAuthorizationCode(option);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("key", connector.key());
    config.put("name", connector.info().title());
    connector.info().iconUrl().ifPresent(icon -> config.put("assets", Map.of("icon", icon)));
    config.put("type", oauth ? "oauth2" : "custom");
    config.put(
        "configFields",
        option.configFields().stream()
            .filter(field -> !oauth || !HubField.of(field).secret())
            .map(HubField::of)
            .toList());
    if (option.support() != null) {
      Map<String, Object> support = new LinkedHashMap<>();
      support.put("link", option.support().link());
      support.put("description", option.support().description());
      config.put("support", support);
    }
    return Map.of("config", config);
  }

  /** The option the Hub offers: the first that takes typed credentials, else the first OAuth2. */
  private static AuthenticationOption hubOption(ConnectorDefinition connector) {
    List<AuthenticationOption> forms = HubConnectors.formOptions(connector);
    return forms.isEmpty() ? HubConnectors.oauthOptions(connector).get(0) : forms.get(0);
  }

  private static HubIntegration integration(ConnectorDefinition connector) {
    String category = HubConnectors.category(connector);
    AuthenticationOption option = hubOption(connector);
    return new HubIntegration(
        connector.key(),
        connector.key(),
        connector.info().title(),
        category == null ? "other" : category,
        true,
        connector.info().iconUrl().orElse(null),
        connector.version(),
        option.configKey(),
        HubConnectors.environment(option));
  }
}
