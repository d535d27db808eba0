package dev.patchbay.webhooks.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription as the API shows it, with its endpoint's health (failures in a row, and
 * until when an open circuit holds deliveries back). {@code secret} appears only in the answers
 * that create it (creation, rotation); it is never shown again.
 */
public record SubscriptionView(
    String id,
    String url,
    List<String> events,
    String description,
    boolean enabled,
    String disabledReason,
    int consecutiveFailures,
    Instant circuitOpenUntil,
    Instant previousSecretExpiresAt,
    Instant createdAt,
    Instant updatedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

  static SubscriptionView of(Subscription s, String secret) {
    return new SubscriptionView(
        s.id,
        s.url,
        s.events,
        s.description,
        s.enabled,
        s.disabledReason,
        s.consecutiveFailures,
        s.circuitOpenUntil,
        s.previousSecretExpiresAt,
        s.createdAt,
        s.updatedAt,
        secret);
  }
}
