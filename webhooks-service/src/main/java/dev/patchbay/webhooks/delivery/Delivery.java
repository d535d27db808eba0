package dev.patchbay.webhooks.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event to one subscription: pending until it succeeds or its attempts run out (dead). */
@Entity
@Table(name = "deliveries")
public class Delivery {
  public static final String PENDING = "pending";
  public static final String SUCCEEDED = "succeeded";
  public static final String DEAD = "dead";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long seq;

  @Column(nullable = false)
  public String id;

  @Column(name = "subscription_id", nullable = false)
  public String subscriptionId;

  @Column(name = "event_id", nullable = false)
  public String eventId;

  @Column(name = "ordering_key", nullable = false)
  public String orderingKey;

  /**
   * The delivery written before this one for the same (subscription, ordering key); it goes first.
   */
  @Column(name = "previous_seq")
  public Long previousSeq;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  public Instant lastAttemptAt;

  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "completed_at")
  public Instant completedAt;
}
