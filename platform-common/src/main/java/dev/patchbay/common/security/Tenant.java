package dev.patchbay.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The project the current request acts for: the project of its API key. */
@RequestScoped
public class Tenant {
  static final String PROJECT_ID = "patchbay.project_id";

  private final SecurityIdentity identity;

  public Tenant(SecurityIdentity identity) {
    this.identity = identity;
  }

  public String projectId() {
    return projectOf(identity).orElseThrow(UnauthorizedException::new);
  }

  /** The project {@code identity} acts for; empty for anonymous callers and operators. */
  public static Optional<String> projectOf(SecurityIdentity identity) {
    return Optional.ofNullable(identity.getAttribute(PROJECT_ID));
  }
}
