package dev.patchbay.logs.platform;

import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.events.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Stores each platform event once, however often Kafka delivers it. */
@ApplicationScoped
public class PlatformEventConsumer {
  static final String CONSUMER = "logs-service.platform-logs";
  private static final Logger LOG = Logger.getLogger(PlatformEventConsumer.class);

  private final Inbox inbox;
  private final PlatformLogRepository logs;

  public PlatformEventConsumer(Inbox inbox, PlatformLogRepository logs) {
    this.inbox = inbox;
    this.logs = logs;
  }

  @Incoming("platform-accounts")
  @Blocking
  @Transactional
  public void consume(String value) {
    CloudEvent event;
    try {
      event = EventJson.read(value);
    } catch (IllegalArgumentException e) {
      LOG.warn("skipped a record on the platform topic that is not a CloudEvent");
      return;
    }
    Optional<EventType> type = EventType.fromWireName(event.type());
    if (type.isEmpty() || event.projectid() == null) {
      LOG.warnf("skipped event %s of unknown type or without a project", event.id());
      return;
    }
    if (!inbox.firstDelivery(CONSUMER, event.id())) {
      return;
    }
    PlatformLog log = new PlatformLog();
    log.id = event.id();
    log.projectId = event.projectid();
    log.accountId = event.data().path("account_id").asText(null);
    log.category = type.get().category();
    log.action = type.get().verb();
    log.eventType = event.type();
    log.source = event.source();
    log.eventDatetime = event.time();
    log.data = event.data();
    logs.persist(log);
  }
}
