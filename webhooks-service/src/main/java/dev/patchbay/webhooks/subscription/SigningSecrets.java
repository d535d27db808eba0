package dev.patchbay.webhooks.subscription;

import dev.patchbay.common.crypto.Sealed;
import dev.patchbay.common.crypto.SecretVault;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Standard Webhooks signing secrets ({@code whsec_} + base64 of 32 random bytes), sealed at rest.
 */
@ApplicationScoped
public class SigningSecrets {
  private static final String PREFIX = "whsec_";
  private static final String FIELD = "secret";

  private final SecretVault vault;
  private final SecureRandom random = new SecureRandom();

  public SigningSecrets(SecretVault vault) {
    this.vault = vault;
  }

  String generate() {
    byte[] key = new byte[32];
    random.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  void store(Subscription s, String secret) {
    s.setSecret(vault.seal(s.id, Map.of(FIELD, secret)));
  }

  /** Keeps the current secret signing until {@code until}, then stores a new one. */
  void rotate(Subscription s, String newSecret, Instant until) {
    s.setPreviousSecret(s.secret(), until);
    store(s, newSecret);
  }

  /** Moves the subscription's sealed secrets to the newest master key. */
  void rewrap(Subscription s) {
    s.setSecret(vault.rewrap(s.secret()));
    if (s.previousSecret() != null) {
      s.setPreviousSecret(vault.rewrap(s.previousSecret()), s.previousSecretExpiresAt);
    }
  }

  String primaryKeyId() {
    return vault.primaryKeyId();
  }

  /** The secrets that sign a delivery now: the current one, and the previous one during overlap. */
  public List<String> signing(Subscription s, Instant now) {
    List<String> secrets = new ArrayList<>(2);
    secrets.add(open(s, s.secret()));
    if (s.previousSecret() != null && s.previousSecretExpiresAt.isAfter(now)) {
      secrets.add(open(s, s.previousSecret()));
    }
    return secrets;
  }

  private String open(Subscription s, Sealed sealed) {
    return (String) vault.open(s.id, sealed).get(FIELD);
  }
}
