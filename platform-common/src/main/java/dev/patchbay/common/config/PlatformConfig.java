package dev.patchbay.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings every service shares; a service fails to start when a required one is missing. */
@ConfigMapping(prefix = "patchbay")
public interface PlatformConfig {

  /** Shared secret of service-to-service calls ({@code /internal/*}). */
  String internalToken();

  /** The bootstrap operator credential: an API-key-like string with the operator role. */
  Optional<String> adminKey();

  /** Base URL of accounts-service for internal calls (API-key verification, credentials). */
  @WithDefault("http://127.0.0.1:8081")
  String accountsUrl();

  /** How long a verified API key is trusted before it is checked again. */
  @WithDefault("30s")
  Duration apiKeyCacheTtl();
}
