package dev.patchbay.connect;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** connect-service's settings (beside the shared {@code PlatformConfig}). */
@ConfigMapping(prefix = "patchbay")
public interface ConnectConfig {

  Connect connect();

  Connectors connectors();

  Sandbox sandbox();

  interface Connect {
    /**
     * The public base URL of the platform (the edge router or the Ingress): {@code auth_link_url}
     * points at {@code <public-url>/connect}.
     */
    URI publicUrl();

    /** How long one provider request of a connector's test action may take. */
    @WithDefault("30s")
    Duration providerTimeout();

    /**
     * The OAuth apps of the OAuth2 connectors: per connector key, the values of its {@code
     * setupFields} ({@code clientId}, {@code clientSecret}, {@code scopes}, …), for example {@code
     * patchbay.connect.oauth-apps.hubspot.clientId}. They are merged into each linked account's
     * credentials, as the connector's refresh needs them.
     */
    Map<String, Map<String, String>> oauthApps();

    /** How long an end user has to come back from the provider's consent page. */
    @WithDefault("10m")
    Duration oauthStateLifetime();

    Hub hub();
  }

  interface Hub {
    /**
     * The origins whose pages may embed {@code @stackone/hub} against this service: {@code *} for
     * any, else exact origins such as {@code https://app.example.com}.
     */
    @WithDefault("*")
    List<String> allowedOrigins();

    /** Per project id: its own list, which replaces {@link #allowedOrigins()} for its sessions. */
    Map<String, List<String>> projectAllowedOrigins();
  }

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
}
