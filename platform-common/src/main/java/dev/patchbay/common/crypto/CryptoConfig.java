package dev.patchbay.common.crypto;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * Master keys of envelope encryption: {@code <keyId>:<base64 of 32 bytes>}, newest first. Only
 * services that keep secrets (accounts, webhooks) need them; {@link SecretVault} refuses to start
 * without one.
 */
@ConfigMapping(prefix = "patchbay.crypto")
public interface CryptoConfig {
  Optional<List<String>> masterKeys();
}
