package dev.patchbay.engine.runtime.auth;

import java.time.Instant;

/**
 * The {@code refreshAuthentication.schedule} check for a scheduler: a refresh is due when a cron
 * time has come since the last refresh. Run due refreshes with {@code
 * ActionExecutor.refreshCredentials}.
 */
public final class RefreshSchedule {
  private RefreshSchedule() {}

  /**
   * Whether {@code cron} fired in {@code (lastRefreshedAt, now]}. Never refreshed ({@code null})
   * counts as due.
   *
   * @throws IllegalArgumentException when {@code cron} is not a valid five-field expression
   */
  public static boolean isDue(String cron, Instant lastRefreshedAt, Instant now) {
    CronExpression expression = CronExpression.parse(cron);
    if (lastRefreshedAt == null) {
      return true;
    }
    return expression.nextAfter(lastRefreshedAt).map(next -> !next.isAfter(now)).orElse(false);
  }
}
