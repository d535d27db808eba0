package dev.patchbay.accounts.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LinkedAccountRepository implements PanacheRepositoryBase<LinkedAccount, String> {

  /** An account of this project; another project's id is as unknown as a made-up one. */
  public Optional<LinkedAccount> findInProject(String projectId, String id) {
    return find(
            "id = :id and projectId = :project",
            Parameters.with("id", id).and("project", projectId))
        .firstResultOptional();
  }

  /** As {@link #findInProject}, with the row locked until the transaction ends. */
  public Optional<LinkedAccount> findInProjectForUpdate(String projectId, String id) {
    return find(
            "id = :id and projectId = :project",
            Parameters.with("id", id).and("project", projectId))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /** The newest account of this owner for this provider, locked until the transaction ends. */
  public Optional<LinkedAccount> latestOfOwner(
      String projectId, String originOwnerId, String originOwnerName, String provider) {
    return find(
            "projectId = :project and originOwnerId = :ownerId and originOwnerName = :ownerName"
                + " and provider = :provider order by createdAt desc, id desc",
            Parameters.with("project", projectId)
                .and("ownerId", originOwnerId)
                .and("ownerName", originOwnerName)
                .and("provider", provider))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  public List<LinkedAccount> search(
      String projectId, AccountFilter filter, int pageIndex, int pageSize) {
    StringBuilder query = new StringBuilder("projectId = :project");
    Parameters params = Parameters.with("project", projectId);
    if (!filter.providers().isEmpty()) {
      query.append(" and provider in :providers");
      params.and("providers", filter.providers());
    }
    if (!filter.originOwnerIds().isEmpty()) {
      query.append(" and originOwnerId in :owners");
      params.and("owners", filter.originOwnerIds());
    }
    if (!filter.accountIds().isEmpty()) {
      query.append(" and id in :ids");
      params.and("ids", filter.accountIds());
    }
    if (!filter.statuses().isEmpty()) {
      query.append(" and status in :statuses");
      params.and("statuses", new ArrayList<>(filter.statuses()));
    }
    query.append(" order by createdAt, id");
    return find(query.toString(), params).page(Page.of(pageIndex, pageSize)).list();
  }

  /** Accounts whose data key is still wrapped by an older master key, locked for rewrapping. */
  public List<LinkedAccount> lockWrappedByOtherThan(String keyId, int limit) {
    return find("credentialsKeyId <> ?1 order by id", keyId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .page(Page.ofSize(limit))
        .list();
  }
}
