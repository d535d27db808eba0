package dev.patchbay.webhooks.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A platform event as delivered: the exact body every attempt signs and sends. */
@Entity
@Table(name = "events")
public class WebhookEvent {
  /** The CloudEvent id; it is also the {@code webhook-id} of every delivery of this event. */
  @Id public String id;

  @Column(name = "project_id", nullable = false)
  public String projectId;

  @Column(nullable = false)
  public String type;

  /** Deliveries with the same key reach an endpoint in order: the account id. */
  @Column(name = "ordering_key", nullable = false)
  public String orderingKey;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(nullable = false)
  public String body;
}
