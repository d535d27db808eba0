package dev.patchbay.accounts.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service keeps the linked accounts it acts on. */
@ConfigMapping(prefix = "patchbay.linked-accounts")
public interface LinkedAccountsConfig {

  /** How long a linked account (and its credentials) is kept in memory without an event. */
  @WithDefault("5m")
  Duration cacheTtl();
}
