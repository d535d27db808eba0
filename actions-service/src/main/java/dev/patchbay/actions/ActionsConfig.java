package dev.patchbay.actions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * actions-service's settings (beside the shared {@code PlatformConfig}, {@code CatalogueConfig} and
 * {@code LinkedAccountsConfig}).
 */
@ConfigMapping(prefix = "patchbay")
public interface ActionsConfig {

  Actions actions();

  interface Actions {
    /** How long one provider request may take. */
    @WithDefault("30s")
    Duration providerTimeout();

    /** Pages one {@code paginated_request} step may fetch in one call. */
    @WithDefault("50")
    int maxPages();

    RequestLog requestLog();
  }

  interface RequestLog {
    /** Request and response bodies longer than this (UTF-8 bytes of their JSON) are cut. */
    @WithDefault("16384")
    int maxBodyBytes();

    /** Events waiting for Kafka; when full, new ones are dropped and counted. */
    @WithDefault("1000")
    int bufferSize();
  }
}
