package dev.patchbay.engine.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where an account's credentials live: the engine reads them through this port and asks it for
 * fresh ones when they need a refresh. {@link #of} keeps them in memory and runs the connector's
 * refresh itself; a service whose credentials another service owns has that owner refresh them
 * (accounts-service does it once per account under a row lock, for every replica).
 *
 * <p>The engine reads {@link #current} when an execution starts and again before refreshing after a
 * 401 (to pick up a token another execution refreshed meanwhile).
 */
public interface CredentialsPort {

  /** The account's merged setup, config and token values (a JSON object). */
  JsonNode current();

  /**
   * Fresh credentials in place of {@code stale}, the ones an execution used: the previous
   * credentials with a refresh result merged in ({@code expiresIn} a number, {@code expiresAt} in
   * epoch seconds). {@code runRefresh} runs the connector's {@code refreshAuthentication} with the
   * stale credentials and returns that merge; a port may run it and keep the result, or ignore it
   * and ask the credentials' owner to refresh.
   */
  JsonNode refresh(JsonNode stale, Supplier<JsonNode> runRefresh);

  /**
   * The linked account these credentials belong to, when the caller knows it. Providers rate-limit
   * per credential, so the connector's {@code rateLimit} is enforced per account when this is set,
   * and per connector otherwise.
   */
  default Optional<String> accountId() {
    return Optional.empty();
  }

  /** Credentials held in memory; a refresh replaces them. */
  static CredentialsPort of(JsonNode credentials) {
    return new InMemoryCredentials(credentials);
  }
}
