package dev.patchbay.logs.platform;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PlatformLogRepository implements PanacheRepositoryBase<PlatformLog, String> {

  /** Up to {@code limit} rows in keyset order. */
  public List<PlatformLog> search(PlatformLogQuery q) {
    StringBuilder where = new StringBuilder("projectId = :project");
    Parameters params = Parameters.with("project", q.projectId());
    if (!q.accountIds().isEmpty()) {
      where.append(" and accountId in :accounts");
      params.and("accounts", q.accountIds());
    }
    if (!q.categories().isEmpty()) {
      where.append(" and category in :categories");
      params.and("categories", q.categories());
    }
    if (!q.actions().isEmpty()) {
      where.append(" and (action in :actions or eventType in :actions)");
      params.and("actions", q.actions());
    }
    if (q.startDate() != null) {
      where.append(" and eventDatetime >= :start");
      params.and("start", q.startDate());
    }
    where.append(" and eventDatetime >= :notBefore");
    params.and("notBefore", q.notBefore());
    if (q.endDate() != null) {
      where.append(" and eventDatetime <= :end");
      params.and("end", q.endDate());
    }
    String direction = q.ascending() ? "asc" : "desc";
    if (q.afterTime() != null) {
      String beyond = q.ascending() ? ">" : "<";
      where
          .append(" and (eventDatetime ")
          .append(beyond)
          .append(" :afterTime or (eventDatetime = :afterTime and id ")
          .append(beyond)
          .append(" :afterId))");
      params.and("afterTime", q.afterTime()).and("afterId", q.afterId());
    }
    where.append(" order by eventDatetime ").append(direction).append(", id ").append(direction);
    return find(where.toString(), params).range(0, q.limit() - 1).list();
  }
}
