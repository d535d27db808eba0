package dev.patchbay.connect.hub;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.connect.catalogue.ConnectorDirectory;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.connect.session.ConnectSessionService;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The connectors a session lets its end user link on the hosted page: the session's provider when
 * it names one, else those of its categories (every connector when it names none), each with the
 * auth options that take typed credentials ({@code custom} and {@code apikey}; OAuth2 options are
 * not offered here yet).
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
        .filter(option -> FORM_TYPES.contains(option.type()))
        .toList();
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
    if (formOptions(connector).isEmpty()) {
      return false;
    }
    if (session.provider != null) {
      return session.provider.equals(connector.key());
    }
    List<String> categories = ConnectSessionService.categories(session);
    return categories.isEmpty() || !Collections.disjoint(categories, connector.categories());
  }
}
