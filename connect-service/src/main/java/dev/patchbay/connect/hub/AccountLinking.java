package dev.patchbay.connect.hub;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.connect.accounts.AccountsClient;
import dev.patchbay.connect.accounts.LinkRequest;
import dev.patchbay.connect.oauth.ClientCredentialsGrant;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.connect.session.SessionAccounts;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Links the account an end user described on the hosted page or in the embedded Hub: a
 * client-credentials option first gets its access token ({@link ClientCredentialsGrant}), the
 * connector's test actions must accept the credentials, then accounts-service creates or updates
 * the account (by the session's reuse rules) and publishes its event. The session remembers the
 * account, so its token may read and edit it afterwards.
 */
@ApplicationScoped
public class AccountLinking {
  private static final TypeReference<Map<String, Object>> CREDENTIALS = new TypeReference<>() {};

  private final CredentialCheck check;
  private final ClientCredentialsGrant clientCredentials;
  private final AccountsClient accounts;
  private final SessionAccounts sessionAccounts;
  private final ObjectMapper json;

  public AccountLinking(
      CredentialCheck check,
      ClientCredentialsGrant clientCredentials,
      AccountsClient accounts,
      SessionAccounts sessionAccounts,
      ObjectMapper json) {
    this.check = check;
    this.clientCredentials = clientCredentials;
    this.accounts = accounts;
    this.sessionAccounts = sessionAccounts;
    this.json = json;
  }

  /** The linked account's id: a new one, or the one the session's reuse rules pick. */
  public String link(
      ConnectSession session,
      ConnectorDefinition connector,
      AuthenticationOption option,
      Map<String, Object> credentials) {
    return save(session, connector, option, credentials, session.accountId);
  }

  /**
   * Gives an account the session may touch its complete new credentials (the stored ones merged
   * with the edit), once the test actions accept them.
   */
  public String edit(
      ConnectSession session,
      ConnectorDefinition connector,
      AuthenticationOption option,
      String accountId,
      Map<String, Object> credentials) {
    return save(session, connector, option, credentials, accountId);
  }

  private String save(
      ConnectSession session,
      ConnectorDefinition connector,
      AuthenticationOption option,
      Map<String, Object> credentials,
      String accountId) {
    JsonNode typed = clientCredentials.withToken(connector, option, json.valueToTree(credentials));
    check.verify(connector, option, typed);
    String linked =
        accounts.link(
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
                accountId,
                session.multiple));
    sessionAccounts.linked(session, linked);
    return linked;
  }
}
