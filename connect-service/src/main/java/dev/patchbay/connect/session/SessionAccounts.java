package dev.patchbay.connect.session;

import dev.patchbay.common.json.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;

/**
 * Which accounts a connect session may read and edit through the {@code /hub} API: the account it
 * was created to edit ({@code account_id}) and those it linked (a new one, or the owner's account
 * that accounts-service reused). Any other account, even of the same project, is unknown to it.
 */
@ApplicationScoped
public class SessionAccounts {
  private final EntityManager db;

  public SessionAccounts(EntityManager db) {
    this.db = db;
  }

  /** Remembers that the session linked this account (again). */
  @Transactional
  public void linked(ConnectSession session, String accountId) {
    db.createNativeQuery(
            "insert into session_accounts (session_id, account_id, linked_at) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, session.id)
        .setParameter(2, accountId)
        .setParameter(3, Timestamp.from(Timestamps.now()))
        .executeUpdate();
  }

  @Transactional
  public boolean mayTouch(ConnectSession session, String accountId) {
    if (accountId.equals(session.accountId)) {
      return true;
    }
    return !db.createNativeQuery(
            "select 1 from session_accounts where session_id = ?1 and account_id = ?2")
        .setParameter(1, session.id)
        .setParameter(2, accountId)
        .getResultList()
        .isEmpty();
  }
}
