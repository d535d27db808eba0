package dev.patchbay.connect.hub;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.connect.catalogue.ConnectorDirectory;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.connect.session.ConnectSessionService;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The connectors a session lets its end user link on the hosted page: the session's provider when
 * it names one, else those of its categories (every connector when it names none), each with the
 * auth options that take typed credentials ({@code custom}, {@code apikey}, and OAuth2 with the
 * client credentials grant) and its OAuth2 authorization-code options (the provider's consent
 * page).
 */
@ApplicationScoped
public class HubConnectors {
  private static final Set<String> FORM_TYPES = Set.of("custom", "apikey");

  private final ConnectorDirectory directory;

  public HubConnectors(ConnectorDirectory directory) {
    this.directory = directory;
  }

  public List<ConnectorDefinition> allowed(ConnectSession session) {
    return directory.all().stream().filter(c -> allows(session, c)).toList();
  }

  /** A connector the session allows; 404 for any other key. */
  public ConnectorDefinition allowed(ConnectSession session, String key) {
    return directory
        .connector(key)
        .filter(c -> allows(session, c))
        .orElseThrow(() -> ApiException.notFound("Connector"));
  }

  /** The auth options of a connector whose credentials the end user types into a form. */
  public static List<AuthenticationOption> formOptions(ConnectorDefinition connector) {
    return connector.authentication().stream()
        .filter(option -> FORM_TYPES.contains(option.type()) || isClientCredentials(option))
        .toList();
  }

  /** The OAuth2 authorization-code options: the end user consents on the provider's page. */
  public static List<AuthenticationOption> oauthOptions(ConnectorDefinition connector) {
    return connector.authentication().stream().filter(HubConnectors::isAuthorizationCode).toList();
  }

  /** OAuth2 whose token comes from the client id and secret the end user types. */
  public static boolean isClientCredentials(AuthenticationOption option) {
    return "oauth2".equals(option.type()) && "client_credentials".equals(option.grantType());
  }

  /** OAuth2 with the authorization code grant (the default) and an authorization URL. */
  public static boolean isAuthorizationCode(AuthenticationOption option) {
    return "oauth2".equals(option.type())
        && (option.grantType() == null || "authorization_code".equals(option.grantType()))
        && option.authorization() instanceof Authorization.OAuth2 oauth2
        && oauth2.authorizationUrl() != null
        && oauth2.tokenUrl() != null;
  }

  /** The connector's category: the first its actions name, or {@code null} when they name none. */
  public static String category(ConnectorDefinition connector) {
    return connector.categories().stream().findFirst().orElse(null);
  }

  /** The environment accounts of this option link: its first, {@code production} when none. */
  public static String environment(AuthenticationOption option) {
    return option.environments().isEmpty() ? "production" : option.environments().get(0).key();
  }

  private static boolean allows(ConnectSession session, ConnectorDefinition connector) {
    if (formOptions(connector).isEmpty() && oauthOptions(connector).isEmpty()) {
      return false;
    }
    if (session.provider != null) {
      return session.provider.equals(connector.key());
    }
    List<String> categories = ConnectSessionService.categories(session);
    return categories.isEmpty() || !Collections.disjoint(categories, connector.categories());
  }
}
