package dev.patchbay.webhooks.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class WebhookEventRepository implements PanacheRepositoryBase<WebhookEvent, String> {

  /** A project's events of the given types, by ids, oldest first. */
  public List<WebhookEvent> byIds(
      String projectId, Collection<String> types, Collection<String> ids) {
    return list(
        "projectId = :project and type in :types and id in :ids order by occurredAt, id",
        Parameters.with("project", projectId).and("types", types).and("ids", ids));
  }

  /** A project's events of the given types within [since, until], oldest first. */
  public List<WebhookEvent> between(
      String projectId, Collection<String> types, Instant since, Instant until) {
    return list(
        "projectId = :project and type in :types and occurredAt >= :since and occurredAt <= :until"
            + " order by occurredAt, id",
        Parameters.with("project", projectId)
            .and("types", types)
            .and("since", since)
            .and("until", until));
  }
}
