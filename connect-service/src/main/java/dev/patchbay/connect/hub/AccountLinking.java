package dev.patchbay.connect.hub;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.connect.accounts.AccountsClient;
import dev.patchbay.connect.accounts.LinkRequest;
import dev.patchbay.connect.oauth.ClientCredentialsGrant;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Links the account an end user described on the hosted page: a client-credentials option first
 * gets its access token ({@link ClientCredentialsGrant}), the connector's test actions must accept
 * the credentials, then accounts-service creates or updates the account (by the session's reuse
 * rules) and publishes its event.
 */
@ApplicationScoped
public class AccountLinking {
  private static final TypeReference<Map<String, Object>> CREDENTIALS = new TypeReference<>() {};

  private final CredentialCheck check;
  private final ClientCredentialsGrant clientCredentials;
  private final AccountsClient accounts;
  private final ObjectMapper json;

  public AccountLinking(
      CredentialCheck check,
      ClientCredentialsGrant clientCredentials,
      AccountsClient accounts,
      ObjectMapper json) {
    this.check = check;
    this.clientCredentials = clientCredentials;
    this.accounts = accounts;
    this.json = json;
  }

  /** The linked account's id. */
  public String link(
      ConnectSession session,
      ConnectorDefinition connector,
      AuthenticationOption option,
      Map<String, Object> credentials) {
    JsonNode typed = clientCredentials.withToken(connector, option, json.valueToTree(credentials));
    check.verify(connector, option, typed);
    return accounts.link(
        session.projectId,
        new LinkRequest(
            connector.key(),
            connector.info().title(),
            HubConnectors.category(connector),
            session.originOwnerId,
            session.originOwnerName,
            session.originUsername,
            session.label,
            session.type,
            option.configKey(),
            HubConnectors.environment(option),
            json.convertValue(typed, CREDENTIALS),
            session.accountId,
            session.multiple));
  }
}
