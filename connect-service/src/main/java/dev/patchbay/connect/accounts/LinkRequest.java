package dev.patchbay.connect.accounts;

import java.util.Map;

/**
 * What accounts-service's {@code POST /internal/accounts/link} takes: the session's owner, the
 * connector and auth option, the credentials, and the session's reuse rules ({@code account_id},
 * {@code multiple}).
 */
public record LinkRequest(
    String provider,
    String providerName,
    String category,
    String originOwnerId,
    String originOwnerName,
    String originUsername,
    String label,
    String type,
    String authenticationConfigKey,
    String environment,
    Map<String, Object> credentials,
    String accountId,
    boolean multiple) {

  @Override
  public String toString() {
    return "LinkRequest[provider=" + provider + ", credentials=<redacted>]";
  }
}
