package dev.patchbay.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The project the current request acts for: the project of its API key. */
@RequestScoped
public class Tenant {
  static final String PROJECT_ID = "patchbay.project_id";

  private final SecurityIdentity identity;

  public Tenant(SecurityIdentity identity) {
    this.identity = identity;
  }

  public String projectId() {
    String projectId = identity.getAttribute(PROJECT_ID);
    if (projectId == null) {
      throw new UnauthorizedException();
    }
    return projectId;
  }
}
