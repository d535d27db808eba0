package dev.patchbay.accounts.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A linked account as a service acts on it: what accounts-service's internal credentials endpoint
 * answers. {@link #toString()} never shows the credentials.
 */
public record LinkedAccountRef(
    String accountId,
    String projectId,
    String provider,
    String status,
    String authenticationConfigKey,
    String environment,
    ObjectNode credentials) {

  public static final String ACTIVE = "active";

  public boolean active() {
    return ACTIVE.equals(status);
  }

  @Override
  public String toString() {
    return "LinkedAccountRef[accountId="
        + accountId
        + ", projectId="
        + projectId
        + ", provider="
        + provider
        + ", status="
        + status
        + ", credentials=<redacted>]";
  }
}
