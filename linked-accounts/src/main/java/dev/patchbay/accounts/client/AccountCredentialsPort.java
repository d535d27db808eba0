package dev.patchbay.accounts.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One linked account's credentials as the engine sees them during an action or a proxied request:
 * read from the account (as cached); when they need a refresh, accounts-service refreshes them
 * ({@link CredentialsRefresher}, single-flight per account) and the result is used for the rest of
 * the execution. The engine's own refresh is never run here.
 */
public final class AccountCredentialsPort implements CredentialsPort {
  private final LinkedAccountRef account;
  private final CredentialsRefresher refresher;
  private volatile JsonNode current;

  public AccountCredentialsPort(LinkedAccountRef account, CredentialsRefresher refresher) {
    this.account = account;
    this.refresher = refresher;
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
  public JsonNode refresh(JsonNode stale, Supplier<JsonNode> runRefresh) {
    current = refresher.refresh(account, stale);
    return current;
  }
}
