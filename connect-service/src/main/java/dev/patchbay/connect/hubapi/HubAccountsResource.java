package dev.patchbay.connect.hubapi;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.connect.accounts.AccountsClient;
import dev.patchbay.connect.accounts.StoredAccount;
import dev.patchbay.connect.hub.AccountLinking;
import dev.patchbay.connect.hub.CredentialFields;
import dev.patchbay.connect.hub.HubConnectors;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.connect.session.SessionAccounts;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The write side of the {@code /hub} API (hub-backend.md §3): the embedded Hub links an account
 * with typed credentials, and in edit mode reads and changes one. Credentials pass the connector's
 * test actions first, as on the hosted page, and accounts-service stores them and publishes {@code
 * account.created|updated}. A session's token reaches only the account it was created to edit and
 * those it linked; any other is a 404.
 */
@Path("/hub/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HubAccountsResource {
  /** The Hub shows a secret matching {@code ^__secretvalue:\*\*redacted\*\*(.*)$} as dots. */
  static final String REDACTED = "__secretvalue:**redacted**";

  /** Shorter secrets are shown without their last four characters (they would give too much). */
  static final int SHOW_LAST_FOUR_FROM = 16;

  private final HubCaller caller;
  private final HubConnectors connectors;
  private final AccountLinking linking;
  private final AccountsClient accounts;
  private final SessionAccounts sessionAccounts;

  public HubAccountsResource(
      HubCaller caller,
      HubConnectors connectors,
      AccountLinking linking,
      AccountsClient accounts,
      SessionAccounts sessionAccounts) {
    this.caller = caller;
    this.connectors = connectors;
    this.linking = linking;
    this.accounts = accounts;
    this.sessionAccounts = sessionAccounts;
  }

  /** {@code {id}} of the account linked (new, or the one the session's reuse rules pick). */
  @POST
  public Map<String, String> create(
      @HeaderParam(HubCaller.TOKEN_HEADER) String token, HubAccountRequest body) {
    ConnectSession session = caller.session(token);
    HubAccountRequest request = valid(body);
    ConnectorDefinition connector = connectors.allowed(session, request.integrationId());
    AuthenticationOption option = HubConnectors.formOptions(connector).get(0);
    Map<String, Object> credentials = new LinkedHashMap<>(typed(option, request));
    requireAll(option, credentials);
    return Map.of("id", linking.link(session, connector, option, credentials));
  }

  /** The account for the Hub's edit mode; secrets only as a marker. */
  @GET
  @Path("/{id}")
  public HubAccountView get(
      @HeaderParam(HubCaller.TOKEN_HEADER) String token, @PathParam("id") String id) {
    ConnectSession session = caller.session(token);
    StoredAccount stored = touchable(session, id);
    ConnectorDefinition connector = connectors.allowed(session, stored.provider());
    AuthenticationOption option = option(connector, stored);
    Map<String, String> setup = new LinkedHashMap<>();
    Map<String, String> secrets = new LinkedHashMap<>();
    for (FieldDescriptor field : option.configFields()) {
      Object value = stored.credentials().get(field.key());
      if (value == null) {
        continue;
      }
      if (CredentialFields.secret(field)) {
        secrets.put(field.key(), masked(value.toString()));
      } else {
        setup.put(field.key(), value.toString());
      }
    }
    return new HubAccountView(
        stored.accountId(),
        stored.provider(),
        connector.key(),
        option.configKey(),
        HubConnectors.environment(option),
        connector.version(),
        setup,
        secrets);
  }

  /**
   * Merges the given fields into the stored credentials (a field left out keeps its value), then
   * checks and saves the whole set; {@code {id}}.
   */
  @PATCH
  @Path("/{id}")
  public Map<String, String> update(
      @HeaderParam(HubCaller.TOKEN_HEADER) String token,
      @PathParam("id") String id,
      HubAccountRequest body) {
    ConnectSession session = caller.session(token);
    HubAccountRequest request = valid(body);
    StoredAccount stored = touchable(session, id);
    ConnectorDefinition connector = connectors.allowed(session, stored.provider());
    if (!connector.key().equals(request.integrationId())) {
      throw ApiException.badRequest(
          "Field 'integration_id' must be the account's integration '" + connector.key() + "'");
    }
    AuthenticationOption option = option(connector, stored);
    Map<String, Object> merged = new LinkedHashMap<>(stored.credentials());
    merged.putAll(typed(option, request));
    requireAll(option, merged);
    linking.edit(session, connector, option, id, merged);
    return Map.of("id", id);
  }

  /**
   * The marker for a stored secret: its last four characters only when at least {@value
   * #SHOW_LAST_FOUR_FROM} long, so that most of even a short key stays unknown.
   */
  static String masked(String secret) {
    return REDACTED
        + (secret.length() >= SHOW_LAST_FOUR_FROM ? secret.substring(secret.length() - 4) : "");
  }

  private StoredAccount touchable(ConnectSession session, String id) {
    if (!sessionAccounts.mayTouch(session, id)) {
      throw ApiException.notFound("Account");
    }
    return accounts.account(session.projectId, id);
  }

  /** The auth option the account was linked with, among those the Hub can show as a form. */
  private static AuthenticationOption option(ConnectorDefinition connector, StoredAccount stored) {
    return HubConnectors.formOptions(connector).stream()
        .filter(
            o ->
                stored.authenticationConfigKey() == null
                    || o.configKey().equals(stored.authenticationConfigKey()))
        .findFirst()
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "This account signs in with '"
                        + stored.authenticationConfigKey()
                        + "', which has no fields to edit"));
  }

  private static HubAccountRequest valid(HubAccountRequest body) {
    if (body == null) {
      throw ApiException.badRequest("A JSON body with integration_id and credentials is required");
    }
    if (body.integrationId() == null || body.integrationId().isBlank()) {
      throw ApiException.badRequest("Field 'integration_id' is required");
    }
    if (body.credentials() == null) {
      throw ApiException.badRequest("Field 'credentials' is required");
    }
    return body;
  }

  /** The option's fields with a value; a secret marker sent back unchanged counts as not given. */
  private static Map<String, String> typed(AuthenticationOption option, HubAccountRequest body) {
    return CredentialFields.typed(
        option,
        key -> {
          Object value = body.credentials().get(key);
          if (value == null || value instanceof String s && s.startsWith(REDACTED)) {
            return null;
          }
          if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
          }
          throw ApiException.badRequest("Field 'credentials." + key + "' must be text");
        });
  }

  private static void requireAll(AuthenticationOption option, Map<String, Object> credentials) {
    Map<String, String> missing = CredentialFields.missing(option, credentials);
    if (!missing.isEmpty()) {
      throw ApiException.badRequest(String.join(" ", missing.values()));
    }
  }
}
