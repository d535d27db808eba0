package dev.patchbay.connect.accounts;

import java.util.Map;

/**
 * A linked account as accounts-service's internal credentials endpoint gives it: what the Hub needs
 * to show it for editing, and the decrypted credentials to merge an edit into. Never rendered or
 * logged as a whole.
 */
public record StoredAccount(
    String accountId,
    String projectId,
    String provider,
    String status,
    String authenticationConfigKey,
    String environment,
    Map<String, Object> credentials) {

  @Override
  public String toString() {
    return "StoredAccount[" + accountId + ", provider=" + provider + ", credentials=<redacted>]";
  }
}
