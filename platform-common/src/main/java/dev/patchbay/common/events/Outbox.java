package dev.patchbay.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes events into the outbox table in the caller's transaction, so a state change and its event
 * commit or roll back together. {@link OutboxRelay} takes them to Kafka.
 */
@ApplicationScoped
public class Outbox {
  private final EntityManager em;
  private final String source;

  public Outbox(EntityManager em, @ConfigProperty(name = "quarkus.application.name") String app) {
    this.em = em;
    this.source = "/patchbay/" + app;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public CloudEvent append(EventType type, String projectId, String subject, Object data) {
    JsonNode payload = EventJson.mapper().valueToTree(data);
    CloudEvent event =
        new CloudEvent(
            CloudEvent.SPEC_VERSION,
            Ids.newId("evt"),
            source,
            type.wireName(),
            subject,
            Timestamps.now(),
            "application/json",
            projectId,
            payload);
    em.createNativeQuery(
            "insert into outbox (id, topic, event_key, payload) values (?1, ?2, ?3, cast(?4 as jsonb))")
        .setParameter(1, event.id())
        .setParameter(2, type.topic())
        .setParameter(3, subject)
        .setParameter(4, EventJson.write(event))
        .executeUpdate();
    return event;
  }
}
