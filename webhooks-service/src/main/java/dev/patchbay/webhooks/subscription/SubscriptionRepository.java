package dev.patchbay.webhooks.subscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, String> {

  /** A subscription of this project; another project's id is as unknown as a made-up one. */
  public Optional<Subscription> findInProject(String projectId, String id) {
    return find(
            "id = :id and projectId = :project",
            Parameters.with("id", id).and("project", projectId))
        .firstResultOptional();
  }

  public List<Subscription> listByProject(String projectId) {
    return list("projectId = ?1 order by createdAt, id", projectId);
  }

  /** Subscriptions with a secret still sealed under another master key, locked for rewrapping. */
  public List<Subscription> lockSealedByOtherThan(String keyId, int limit) {
    return find(
            "secretKeyId <> ?1 or (previousSecretKeyId is not null and previousSecretKeyId <> ?1)"
                + " order by id",
            keyId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .page(Page.ofSize(limit))
        .list();
  }
}
