package dev.patchbay.accounts.credentials;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** How accounts-service runs connectors' token refreshes. */
@ConfigMapping(prefix = "patchbay.accounts")
public interface AccountsRefreshConfig {

  /**
   * The platform's public base URL ({@code PATCHBAY_PUBLIC_URL}): the connectors' {@code
   * apiHostUri}, which some token requests repeat as their {@code redirect_uri}.
   */
  URI publicUrl();

  /** How long one provider request of a refresh may take. */
  @WithDefault("30s")
  Duration providerTimeout();
}
