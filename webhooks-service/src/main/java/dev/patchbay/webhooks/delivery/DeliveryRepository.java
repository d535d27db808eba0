package dev.patchbay.webhooks.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, Long> {

  /**
   * Claims one due delivery for the current transaction: one whose predecessor in its
   * (subscription, ordering key) chain is no longer pending, of an enabled subscription whose
   * circuit is closed. The row stays locked while it is attempted, so no other worker or instance
   * takes it (SKIP LOCKED), and none takes its successor either, because this one is still pending.
   */
  @SuppressWarnings("unchecked")
  public Optional<Long> claimDue() {
    List<Number> seqs =
        getEntityManager()
            .createNativeQuery(
                "select d.seq from deliveries d join subscriptions s on s.id = d.subscription_id"
                    + " where d.status = 'pending' and d.next_attempt_at <= now() and s.enabled"
                    + " and (s.circuit_open_until is null or s.circuit_open_until <= now())"
                    // no status predicate inside: only the primary key can serve this lookup,
                    // whatever the statistics say about the partial index of pending rows
                    + " and coalesce((select p.status from deliveries p where p.seq ="
                    + " d.previous_seq), 'none') <> 'pending'"
                    + " order by d.next_attempt_at, d.seq limit 1 for update of d skip locked")
            .getResultList();
    return seqs.stream().findFirst().map(Number::longValue);
  }

  /** The newest delivery of a (subscription, ordering key), which a new one must wait for. */
  public Long lastSeq(String subscriptionId, String orderingKey) {
    return getEntityManager()
        .createQuery(
            "select max(d.seq) from Delivery d where d.subscriptionId = :s and d.orderingKey = :k",
            Long.class)
        .setParameter("s", subscriptionId)
        .setParameter("k", orderingKey)
        .getSingleResult();
  }

  /** A subscription's deliveries, newest first, after the {@code beforeSeq} cursor when given. */
  public List<Delivery> page(String subscriptionId, String status, Long beforeSeq, int limit) {
    StringBuilder query = new StringBuilder("subscriptionId = :subscription");
    Parameters params = Parameters.with("subscription", subscriptionId);
    if (status != null) {
      query.append(" and status = :status");
      params.and("status", status);
    }
    if (beforeSeq != null) {
      query.append(" and seq < :before");
      params.and("before", beforeSeq);
    }
    return find(query.append(" order by seq desc").toString(), params).range(0, limit - 1).list();
  }
}
