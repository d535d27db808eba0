package dev.patchbay.logs.platform;

import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.events.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Stores each platform event once, however often Kafka delivers it. */
@ApplicationScoped
public class PlatformEventConsumer {
  static final String CONSUMER = "logs-service.platform-logs";

  private final Inbox inbox;
  private final PlatformLogRepository logs;

  public PlatformEventConsumer(Inbox inbox, PlatformLogRepository logs) {
    this.inbox = inbox;
    this.logs = logs;
  }

  @Incoming("platform-accounts")
  @Incoming("platform-connect-sessions")
  @Blocking
  @Transactional
  public void consume(String value) {
    inbox.accept(CONSUMER, value).ifPresent(this::store);
  }

  private void store(CloudEvent event) {
    EventType type = EventType.fromWireName(event.type()).orElseThrow();
    PlatformLog log = new PlatformLog();
    log.id = event.id();
    log.projectId = event.projectid();
    log.accountId = event.data().path("account_id").asText(null);
    log.category = type.category();
    log.action = type.verb();
    log.eventType = event.type();
    log.source = event.source();
    log.eventDatetime = event.time();
    log.data = event.data();
    logs.persist(log);
  }
}
