package dev.patchbay.logs.retention;

import dev.patchbay.logs.LogsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long each project's logs are kept: {@code patchbay.logs.retention-days} (90), or the
 * project's own {@code patchbay.logs.project-retention-days.<project>}. Readers never see a log
 * past its project's horizon, even before the hourly clean-up has removed it.
 */
@ApplicationScoped
public class Retention {
  private final Duration standard;
  private final Map<String, Duration> perProject;

  public Retention(LogsConfig config) {
    this.standard = days(config.retentionDays());
    this.perProject =
        config.projectRetentionDays().entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> days(e.getValue())));
  }

  private static Duration days(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a retention is at least 1 day, not " + days);
    }
    return Duration.ofDays(days);
  }

  public Duration of(String projectId) {
    return perProject.getOrDefault(projectId, standard);
  }

  /** The oldest time a log of {@code projectId} may have at {@code now}. */
  public Instant horizon(String projectId, Instant now) {
    return now.minus(of(projectId));
  }

  public Duration standard() {
    return standard;
  }

  /** The projects with a retention of their own. */
  public Map<String, Duration> exceptions() {
    return perProject;
  }

  /** The longest retention of any project: partitions older than this hold nothing to keep. */
  public Duration longest() {
    return perProject.values().stream().reduce(standard, (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }
}
