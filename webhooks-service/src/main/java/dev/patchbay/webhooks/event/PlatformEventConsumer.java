package dev.patchbay.webhooks.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Inbox;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.webhooks.delivery.DeliveryScheduler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns each platform event into one stored webhook body and one pending delivery per matching
 * subscription, in one transaction and once per event id, before anything is sent. Kafka's consumer
 * group gives each event to one instance; the inbox drops redeliveries.
 */
@ApplicationScoped
public class PlatformEventConsumer {
  static final String CONSUMER = "webhooks-service.deliveries";

  private final Inbox inbox;
  private final WebhookEventRepository events;
  private final DeliveryScheduler deliveries;
  private final ObjectMapper json = EventJson.mapper();

  public PlatformEventConsumer(
      Inbox inbox, WebhookEventRepository events, DeliveryScheduler deliveries) {
    this.inbox = inbox;
    this.events = events;
    this.deliveries = deliveries;
  }

  @Incoming("platform-events")
  @Blocking
  @Transactional
  public void consume(String value) {
    inbox.accept(CONSUMER, value).ifPresent(this::store);
  }

  private void store(CloudEvent event) {
    WebhookEvent stored = new WebhookEvent();
    stored.id = event.id();
    stored.projectId = event.projectid();
    stored.type = event.type();
    stored.orderingKey = event.subject() == null ? event.id() : event.subject();
    stored.occurredAt = event.time();
    stored.body = body(event);
    events.persist(stored);
    deliveries.scheduleForSubscribers(stored);
  }

  /**
   * The Standard Webhooks payload {@code {type, timestamp, data}}; {@code data} carries StackOne's
   * fields ({@code event}, {@code account_id}, {@code provider}, {@code origin_owner_id}, ...).
   */
  private String body(CloudEvent event) {
    ObjectNode data = json.createObjectNode().put("event", event.type());
    if (event.data() != null && event.data().isObject()) {
      data.setAll((ObjectNode) event.data());
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", event.type());
    payload.put("timestamp", Timestamps.format(event.time()));
    payload.put("data", data);
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a webhook body could not be written", e);
    }
  }
}
