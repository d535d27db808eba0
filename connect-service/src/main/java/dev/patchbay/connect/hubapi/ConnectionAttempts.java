package dev.patchbay.connect.hubapi;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.connect.session.ConnectSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * The Hub's connection attempts, each of one connect session: another session's attempt is as
 * unknown as a made-up id (404). Only a pending, unexpired attempt changes; a result that arrives
 * after the Hub cancelled is kept out.
 */
@ApplicationScoped
public class ConnectionAttempts {
  /** How long the Hub may poll one attempt (it gives up after five minutes itself). */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private final ConnectionAttemptRepository attempts;

  public ConnectionAttempts(ConnectionAttemptRepository attempts) {
    this.attempts = attempts;
  }

  @Transactional
  public ConnectionAttempt start(ConnectSession session) {
    ConnectionAttempt attempt = new ConnectionAttempt();
    attempt.id = Ids.newId("ca");
    attempt.sessionId = session.id;
    attempt.status = ConnectionAttempt.PENDING;
    attempt.createdAt = Timestamps.now();
    attempt.expiresAt = attempt.createdAt.plus(LIFETIME);
    attempts.persist(attempt);
    return attempt;
  }

  @Transactional
  public ConnectionAttempt get(ConnectSession session, String id) {
    return attempts
        .find("id = ?1 and sessionId = ?2", id, session.id)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("Connection attempt"));
  }

  /** The session's attempt, 404 unless it is pending and unexpired. */
  @Transactional
  public ConnectionAttempt pending(ConnectSession session, String id) {
    ConnectionAttempt attempt = get(session, id);
    if (!ConnectionAttempt.PENDING.equals(attempt.statusAt(Timestamps.now()))) {
      throw ApiException.notFound("Connection attempt");
    }
    return attempt;
  }

  @Transactional
  public void cancel(ConnectSession session, String id) {
    ConnectionAttempt attempt = locked(session.id, id);
    if (ConnectionAttempt.PENDING.equals(attempt.status)) {
      attempt.status = ConnectionAttempt.CANCELLED;
    }
  }

  @Transactional
  public void authenticated(Long sessionId, String id, String accountId) {
    ConnectionAttempt attempt = locked(sessionId, id);
    if (ConnectionAttempt.PENDING.equals(attempt.status)) {
      attempt.status = ConnectionAttempt.AUTHENTICATED;
      attempt.accountId = accountId;
    }
  }

  /** The attempt failed: {@code code} as the provider or Patchbay named it, and why. */
  @Transactional
  public void failed(Long sessionId, String id, String code, String description) {
    ConnectionAttempt attempt = locked(sessionId, id);
    if (ConnectionAttempt.PENDING.equals(attempt.status)) {
      attempt.status = ConnectionAttempt.ERROR;
      attempt.errorCode = code;
      attempt.errorDescription = description;
    }
  }

  private ConnectionAttempt locked(Long sessionId, String id) {
    return attempts
        .findOfSessionForUpdate(sessionId, id)
        .orElseThrow(() -> ApiException.notFound("Connection attempt"));
  }
}
