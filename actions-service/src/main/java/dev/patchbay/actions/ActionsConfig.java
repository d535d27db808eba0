package dev.patchbay.actions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** actions-service's settings (beside the shared {@code PlatformConfig}). */
@ConfigMapping(prefix = "patchbay")
public interface ActionsConfig {

  Connectors connectors();

  Sandbox sandbox();

  Actions actions();

  interface Connectors {
    /** The catalogue folder: one sub-folder per connector (relative to the working directory). */
    @WithDefault("connectors")
    Path dir();
  }

  interface Sandbox {
    /**
     * Development and tests only: every provider call goes to this provider-sandbox instead of the
     * provider ({@code PATCHBAY_SANDBOX_URL}).
     */
    Optional<URI> url();
  }

  interface Actions {
    /** How long a linked account (and its credentials) is kept in memory without an event. */
    @WithDefault("5m")
    Duration accountCacheTtl();

    /** How long one provider request may take. */
    @WithDefault("30s")
    Duration providerTimeout();

    /** Pages one {@code paginated_request} step may fetch in one call. */
    @WithDefault("50")
    int maxPages();
  }
}
