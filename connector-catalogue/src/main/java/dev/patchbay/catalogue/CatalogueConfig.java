package dev.patchbay.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which connectors a service serves and where their provider calls may go. */
@ConfigMapping(prefix = "patchbay")
public interface CatalogueConfig {

  Connectors connectors();

  Sandbox sandbox();

  Providers providers();

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

  interface Providers {
    /**
     * Non-public addresses provider calls may reach all the same: CIDR blocks or single IP
     * addresses an operator allows explicitly ({@code PATCHBAY_PROVIDERS_ALLOW_PRIVATE}); none by
     * default, so loopback, private, link-local and metadata addresses are refused.
     */
    Optional<List<String>> allowPrivate();
  }
}
