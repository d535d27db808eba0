package dev.patchbay.connect.oauth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class OAuthAuthorizationRepository
    implements PanacheRepositoryBase<OAuthAuthorization, String> {

  /**
   * Takes the authorization of this state hash out, whatever its expiry: a state works once, even
   * when two callbacks race (the second waits on the row lock and finds nothing).
   */
  @Transactional
  public Optional<OAuthAuthorization> take(String stateHash) {
    Optional<OAuthAuthorization> found =
        find("stateHash", stateHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    found.ifPresent(this::delete);
    return found;
  }

  /** Forgets authorizations nobody completed. */
  @Transactional
  public long deleteExpired(Instant now) {
    return delete("expiresAt < ?1", now);
  }
}
