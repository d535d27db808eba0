package dev.patchbay.engine.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Where an account's credentials live: the engine reads them through this port and hands back the
 * result of every token refresh. The service implements it over its account store (decrypting on
 * {@link #current}, encrypting and saving on {@link #saveRefreshed}); {@link #of} keeps them in
 * memory.
 *
 * <p>The engine reads {@link #current} when an execution starts and again before refreshing after a
 * 401 (to pick up a token another execution refreshed meanwhile). It does not serialise refreshes
 * across executions: a port whose provider rotates refresh tokens should do that itself (a row
 * lock, for example).
 */
public interface CredentialsPort {

  /** The account's merged setup, config and token values (a JSON object). */
  JsonNode current();

  /**
   * Stores credentials after a successful refresh: the previous credentials with the refresh result
   * merged in, {@code expiresIn} a number and {@code expiresAt} (epoch seconds) computed from it.
   */
  void saveRefreshed(JsonNode mergedCredentials);

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
