package dev.patchbay.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Idempotent consumption: remembers which event ids a consumer has handled, in the consumer's own
 * transaction, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class Inbox {
  private static final Logger LOG = Logger.getLogger(Inbox.class);

  private final EntityManager em;

  public Inbox(EntityManager em) {
    this.em = em;
  }

  /**
   * Reads a record off a platform topic: the event, when it is a CloudEvent of a known type with a
   * project that {@code consumer} sees for the first time; empty for repeats, and for anything else
   * (skipped with a warning, never retried).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<CloudEvent> accept(String consumer, String record) {
    CloudEvent event;
    try {
      event = EventJson.read(record);
    } catch (IllegalArgumentException e) {
      LOG.warnf("%s skipped a record that is not a CloudEvent", consumer);
      return Optional.empty();
    }
    if (EventType.fromWireName(event.type()).isEmpty() || event.projectid() == null) {
      LOG.warnf("%s skipped event %s of unknown type or without a project", consumer, event.id());
      return Optional.empty();
    }
    return firstDelivery(consumer, event.id()) ? Optional.of(event) : Optional.empty();
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
