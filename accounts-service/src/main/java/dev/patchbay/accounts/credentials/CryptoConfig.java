package dev.patchbay.accounts.credentials;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** Master keys of credential encryption: {@code <keyId>:<base64 of 32 bytes>}, newest first. */
@ConfigMapping(prefix = "patchbay.crypto")
public interface CryptoConfig {
  List<String> masterKeys();
}
