package dev.patchbay.webhooks.delivery;

import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.webhooks.event.WebhookEvent;
import dev.patchbay.webhooks.subscription.Subscription;
import dev.patchbay.webhooks.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes deliveries, due at once, in the caller's transaction: nothing is sent before it is stored.
 */
@ApplicationScoped
public class DeliveryScheduler {
  private final SubscriptionRepository subscriptions;
  private final DeliveryRepository deliveries;

  public DeliveryScheduler(SubscriptionRepository subscriptions, DeliveryRepository deliveries) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
  }

  /** One delivery per enabled subscription of the event's project that receives its type. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void scheduleForSubscribers(WebhookEvent event) {
    for (Subscription s : subscriptions.listByProject(event.projectId)) {
      if (s.receives(event.type)) {
        add(s, event);
      }
    }
  }

  /** Delivers stored events again, with their original webhook ids. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int replay(Subscription s, List<WebhookEvent> events) {
    events.forEach(e -> add(s, e));
    return events.size();
  }

  private void add(Subscription s, WebhookEvent event) {
    Delivery d = new Delivery();
    d.id = Ids.newId("dlv");
    d.subscriptionId = s.id;
    d.eventId = event.id;
    d.orderingKey = event.orderingKey;
    d.previousSeq = deliveries.lastSeq(s.id, event.orderingKey);
    d.status = Delivery.PENDING;
    d.createdAt = Timestamps.now();
    d.nextAttemptAt = d.createdAt;
    deliveries.persist(d);
  }
}
