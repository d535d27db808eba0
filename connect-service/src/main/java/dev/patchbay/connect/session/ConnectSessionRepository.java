package dev.patchbay.connect.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ConnectSessionRepository implements PanacheRepositoryBase<ConnectSession, Long> {

  /** The session whose token has this hash, whatever its project and expiry. */
  public Optional<ConnectSession> findByTokenHash(String tokenHash) {
    return find("tokenHash = :hash", Parameters.with("hash", tokenHash)).firstResultOptional();
  }
}
