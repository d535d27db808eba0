package dev.patchbay.logs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** logs-service's settings (beside the shared {@code PlatformConfig}). */
@ConfigMapping(prefix = "patchbay.logs")
public interface LogsConfig {

  /** Days a project's logs are kept, unless {@link #projectRetentionDays} says otherwise. */
  @WithDefault("90")
  int retentionDays();

  /** Per project id: days its logs are kept, shorter or longer than the default. */
  Map<String, Integer> projectRetentionDays();

  /** Daily partitions created ahead of today, so that ingestion never waits for one. */
  @WithDefault("7")
  int partitionsAheadDays();
}
