package dev.patchbay.actions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * actions-service's settings (beside the shared {@code PlatformConfig}, {@code CatalogueConfig} and
 * {@code LinkedAccountsConfig}).
 */
@ConfigMapping(prefix = "patchbay")
public interface ActionsConfig {

  Actions actions();

  Mcp mcp();

  interface Actions {
    /** How long one provider request may take. */
    @WithDefault("30s")
    Duration providerTimeout();

    /** Pages one {@code paginated_request} step may fetch in one call. */
    @WithDefault("50")
    int maxPages();
  }

  interface Mcp {
    /**
     * No sessions: every POST stands alone (no {@code Mcp-Session-Id}, GET and DELETE answer 405),
     * so any replica can answer any request.
     */
    @WithDefault("false")
    boolean stateless();

    /** How long a session lives without a request. */
    @WithDefault("30m")
    Duration sessionIdleTimeout();

    /**
     * How often an open SSE stream gets a comment line, so that proxies with an idle timeout (the
     * edge router's is 60 s) keep it open; also how often expired sessions are removed.
     */
    @WithDefault("20s")
    Duration keepAliveInterval();

    /** Tools per {@code tools/list} page. */
    @WithDefault("100")
    int toolsPageSize();

    /**
     * Host names the {@code Host} and {@code Origin} headers may carry (DNS-rebinding protection);
     * {@code *} allows any, for deployments whose ingress checks the host itself.
     */
    @WithDefault("localhost,127.0.0.1,[::1]")
    List<String> allowedHosts();
  }
}
