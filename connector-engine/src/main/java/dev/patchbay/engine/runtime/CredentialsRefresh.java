package dev.patchbay.engine.runtime;

import dev.patchbay.engine.runtime.log.StepLog;
import java.time.Instant;
import java.util.List;

/**
 * A refresh run on demand ({@link ActionExecutor#refreshCredentials}); the new credentials went
 * through the {@link dev.patchbay.engine.runtime.auth.CredentialsPort}, so none are repeated here.
 *
 * @param refreshedAt when the refresh finished, by the executor's clock (the scheduler's next
 *     {@code lastRefreshedAt})
 * @param expiresAt when the new access token expires; null when the provider gave no lifetime
 * @param stepLogs the refresh steps, redacted
 */
public record CredentialsRefresh(Instant refreshedAt, Instant expiresAt, List<StepLog> stepLogs) {
  public CredentialsRefresh {
    stepLogs = List.copyOf(stepLogs);
  }
}
