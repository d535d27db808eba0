package dev.patchbay.connect.hubapi;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ConnectionAttemptRepository
    implements PanacheRepositoryBase<ConnectionAttempt, String> {

  /** The session's attempt with this id, locked until the transaction ends. */
  public Optional<ConnectionAttempt> findOfSessionForUpdate(Long sessionId, String id) {
    return find("id = ?1 and sessionId = ?2", id, sessionId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }
}
