package dev.patchbay.connect.hubapi;

import dev.patchbay.connect.ConnectConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which pages may call the {@code /hub} API from the browser: {@code
 * patchbay.connect.hub.allowed-origins} (default {@code *}), replaced for one project by {@code
 * patchbay.connect.hub.project-allowed-origins."<project id>"}.
 */
@ApplicationScoped
public class HubOrigins {
  static final String ANY = "*";

  private final List<String> defaults;
  private final Map<String, List<String>> byProject;

  public HubOrigins(ConnectConfig config) {
    this.defaults = config.connect().hub().allowedOrigins();
    this.byProject = config.connect().hub().projectAllowedOrigins();
  }

  /**
   * The {@code Access-Control-Allow-Origin} for a request from {@code origin} in a project's
   * session ({@code projectId} empty when the token named none): {@code *}, the origin itself, or
   * empty when the origin may not read the answer.
   */
  public Optional<String> allowOrigin(String origin, Optional<String> projectId) {
    return answer(projectId.map(byProject::get).orElse(defaults), origin);
  }

  /**
   * For a preflight, which carries no token: the origin passes when the default or any project
   * allows it; the answer itself then tells the origin apart by the session's project.
   */
  public Optional<String> allowPreflight(String origin) {
    Optional<String> allowed = answer(defaults, origin);
    for (List<String> origins : byProject.values()) {
      if (allowed.isPresent()) {
        break;
      }
      allowed = answer(origins, origin);
    }
    return allowed;
  }

  private static Optional<String> answer(List<String> allowed, String origin) {
    if (allowed.contains(ANY)) {
      return Optional.of(ANY);
    }
    return origin != null && allowed.contains(origin) ? Optional.of(origin) : Optional.empty();
  }
}
