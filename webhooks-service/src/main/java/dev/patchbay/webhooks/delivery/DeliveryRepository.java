package dev.patchbay.webhooks.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, Long> {

  /**
   * Claims one due delivery for the current transaction: the oldest pending delivery of its
   * (subscription, ordering key), of an enabled subscription whose circuit is closed. The row stays
   * locked while it is attempted, so no other worker or instance takes it (SKIP LOCKED), and none
   * takes a later delivery of the same pair either, because that one is not the oldest.
   */
  @SuppressWarnings("unchecked")
  public Optional<Long> claimDue() {
    List<Number> seqs =
        getEntityManager()
            .createNativeQuery(
                "select d.seq from deliveries d join subscriptions s on s.id = d.subscription_id"
                    + " where d.status = 'pending' and d.next_attempt_at <= now() and s.enabled"
                    + " and (s.circuit_open_until is null or s.circuit_open_until <= now())"
                    + " and not exists (select 1 from deliveries e where e.subscription_id ="
                    + " d.subscription_id and e.ordering_key = d.ordering_key and e.status ="
                    + " 'pending' and e.seq < d.seq)"
                    + " order by d.next_attempt_at, d.seq limit 1 for update of d skip locked")
            .getResultList();
    return seqs.stream().findFirst().map(Number::longValue);
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
