package dev.patchbay.accounts.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import java.util.Optional;

/**
 * One linked account's credentials as the engine sees them during an action or a proxied request:
 * read from the account (as cached), and, after the connector's {@code refreshAuthentication} ran,
 * written back to accounts-service ({@link CredentialsWriteBack}) and used for the rest of the
 * execution.
 */
public final class AccountCredentialsPort implements CredentialsPort {
  private final LinkedAccountRef account;
  private final CredentialsWriteBack writeBack;
  private volatile JsonNode current;

  public AccountCredentialsPort(LinkedAccountRef account, CredentialsWriteBack writeBack) {
    this.account = account;
    this.writeBack = writeBack;
    this.current = account.credentials();
  }

  @Override
  public JsonNode current() {
    return current;
  }

  /** The connector's {@code rateLimit} applies per linked account. */
  @Override
  public Optional<String> accountId() {
    return Optional.of(account.accountId());
  }

  @Override
  public void saveRefreshed(JsonNode mergedCredentials) {
    writeBack.store(account.projectId(), account.accountId(), mergedCredentials);
    current = mergedCredentials;
  }
}
