package dev.patchbay.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Idempotent consumption: remembers which event ids a consumer has handled, in the consumer's own
 * transaction, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class Inbox {
  private final EntityManager em;

  public Inbox(EntityManager em) {
    this.em = em;
  }

  /** True the first time {@code consumer} sees {@code eventId}; false for every repeat. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String consumer, String eventId) {
    return em.createNativeQuery(
                "insert into processed_events (consumer, event_id) values (?1, ?2)"
                    + " on conflict do nothing")
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .executeUpdate()
        == 1;
  }
}
