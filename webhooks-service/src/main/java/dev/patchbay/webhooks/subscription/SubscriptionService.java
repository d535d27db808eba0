package dev.patchbay.webhooks.subscription;

import dev.patchbay.common.egress.EgressPolicy;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.events.Topics;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.webhooks.WebhooksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@ApplicationScoped
public class SubscriptionService {
  private final SubscriptionRepository subscriptions;
  private final SigningSecrets secrets;
  private final EgressPolicy egress;
  private final WebhooksConfig config;

  public SubscriptionService(
      SubscriptionRepository subscriptions, SigningSecrets secrets, WebhooksConfig config) {
    this.subscriptions = subscriptions;
    this.secrets = secrets;
    this.config = config;
    this.egress = new EgressPolicy(config.allowPrivateTargets());
  }

  /** The policy deliveries obey too: a target is checked again before every attempt. */
  public EgressPolicy egress() {
    return egress;
  }

  @Transactional
  public List<SubscriptionView> list(String projectId) {
    return subscriptions.listByProject(projectId).stream()
        .map(s -> SubscriptionView.of(s, null))
        .toList();
  }

  @Transactional
  public Subscription find(String projectId, String id) {
    return subscriptions
        .findInProject(projectId, id)
        .orElseThrow(() -> ApiException.notFound("Webhook"));
  }

  @Transactional
  public SubscriptionView create(String projectId, SubscriptionRequests.Create body) {
    Subscription s = new Subscription();
    s.id = Ids.newId("whk");
    s.projectId = projectId;
    s.url = egress.check("url", body.url()).toString();
    s.events = eventTypes(body.events());
    s.description = body.description();
    s.enabled = true;
    String secret = secrets.generate();
    secrets.store(s, secret);
    s.createdAt = Timestamps.now();
    s.updatedAt = s.createdAt;
    subscriptions.persist(s);
    return SubscriptionView.of(s, secret);
  }

  @Transactional
  public SubscriptionView update(String projectId, String id, SubscriptionRequests.Update body) {
    Subscription s = find(projectId, id);
    if (body.url() != null) {
      s.url = egress.check("url", body.url()).toString();
    }
    if (body.events() != null) {
      s.events = eventTypes(body.events());
    }
    if (body.description() != null) {
      s.description = body.description();
    }
    if (Boolean.TRUE.equals(body.enabled()) && !s.enabled) {
      s.enabled = true;
      s.disabledReason = null;
      s.consecutiveFailures = 0;
      s.circuitOpenUntil = null;
    } else if (Boolean.FALSE.equals(body.enabled()) && s.enabled) {
      s.enabled = false;
      s.disabledReason = "disabled by the API";
    }
    s.updatedAt = Timestamps.now();
    return SubscriptionView.of(s, null);
  }

  @Transactional
  public SubscriptionView rotateSecret(
      String projectId, String id, SubscriptionRequests.Rotate body) {
    Subscription s = find(projectId, id);
    Duration overlap =
        body == null || body.overlapSeconds() == null
            ? config.secretOverlap()
            : Duration.ofSeconds(body.overlapSeconds());
    Instant now = Timestamps.now();
    String secret = secrets.generate();
    secrets.rotate(s, secret, now.plus(overlap));
    s.updatedAt = now;
    return SubscriptionView.of(s, secret);
  }

  @Transactional
  public SubscriptionView delete(String projectId, String id) {
    Subscription s = find(projectId, id);
    subscriptions.delete(s);
    return SubscriptionView.of(s, null);
  }

  /**
   * Moves up to {@code batch} subscriptions' secrets to the newest master key; returns how many.
   */
  @Transactional
  public int rewrapBatch(int batch) {
    List<Subscription> stale = subscriptions.lockSealedByOtherThan(secrets.primaryKeyId(), batch);
    stale.forEach(secrets::rewrap);
    return stale.size();
  }

  public String primaryKeyId() {
    return secrets.primaryKeyId();
  }

  /** Request logs ({@code request.logged}) are an internal stream, never delivered to webhooks. */
  private static boolean deliverable(EventType type) {
    return !type.topic().equals(Topics.REQUEST_LOGS);
  }

  private static List<String> eventTypes(List<String> requested) {
    if (requested.isEmpty()) {
      throw ApiException.badRequest(
          "Invalid value for field 'events': name at least one event type");
    }
    List<String> unknown =
        requested.stream()
            .filter(
                t -> EventType.fromWireName(t).filter(SubscriptionService::deliverable).isEmpty())
            .distinct()
            .toList();
    if (!unknown.isEmpty()) {
      String known =
          Arrays.stream(EventType.values())
              .filter(SubscriptionService::deliverable)
              .map(EventType::wireName)
              .collect(Collectors.joining(", "));
      throw ApiException.badRequest(
          "Invalid value for field 'events': unknown "
              + unknown
              + "; expected some of ["
              + known
              + "]");
    }
    return requested.stream().distinct().toList();
  }
}
