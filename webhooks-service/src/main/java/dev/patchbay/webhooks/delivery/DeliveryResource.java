package dev.patchbay.webhooks.delivery;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.query.QueryParams;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import dev.patchbay.webhooks.event.WebhookEvent;
import dev.patchbay.webhooks.event.WebhookEventRepository;
import dev.patchbay.webhooks.subscription.Subscription;
import dev.patchbay.webhooks.subscription.SubscriptionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A subscription's deliveries, and replay of stored events to it. */
@Path("/webhooks/{id}")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {
  static final Set<String> STATUSES = Set.of(Delivery.PENDING, Delivery.SUCCEEDED, Delivery.DEAD);

  public record DeliveryView(
      String id,
      String eventId,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Instant lastAttemptAt,
      Integer lastStatus,
      String lastError,
      Instant createdAt,
      Instant completedAt) {

    static DeliveryView of(Delivery d) {
      return new DeliveryView(
          d.id,
          d.eventId,
          d.status,
          d.attempts,
          Delivery.PENDING.equals(d.status) ? d.nextAttemptAt : null,
          d.lastAttemptAt,
          d.lastStatus,
          d.lastError,
          d.createdAt,
          d.completedAt);
    }
  }

  public record Page(List<DeliveryView> data, String next) {}

  /** Either event ids, or a time range (until defaults to now). */
  public record Replay(List<@NotNull String> eventIds, Instant since, Instant until) {}

  public record Replayed(int replayed) {}

  private final SubscriptionService subscriptions;
  private final DeliveryRepository deliveries;
  private final WebhookEventRepository events;
  private final DeliveryScheduler scheduler;
  private final Tenant tenant;

  public DeliveryResource(
      SubscriptionService subscriptions,
      DeliveryRepository deliveries,
      WebhookEventRepository events,
      DeliveryScheduler scheduler,
      Tenant tenant) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.events = events;
    this.scheduler = scheduler;
    this.tenant = tenant;
  }

  /** Newest first; {@code status} filters, {@code next} continues from the previous page. */
  @GET
  @Path("/deliveries")
  @Transactional
  public Page list(
      @PathParam("id") String id,
      @QueryParam("status") String status,
      @QueryParam("page_size") String pageSize,
      @QueryParam("next") String next) {
    Subscription s = subscriptions.find(tenant.projectId(), id);
    if (status != null && !STATUSES.contains(status)) {
      throw ApiException.badRequest(
          "Invalid value for query parameter 'status': expected one of [pending, succeeded, dead]");
    }
    int size = QueryParams.intParam("page_size", pageSize, 25, 1, 100);
    List<Delivery> rows = deliveries.page(s.id, status, cursor(next), size + 1);
    boolean more = rows.size() > size;
    List<Delivery> page = more ? rows.subList(0, size) : rows;
    return new Page(
        page.stream().map(DeliveryView::of).toList(),
        more ? String.valueOf(page.get(page.size() - 1).seq) : null);
  }

  /** Delivers the chosen stored events again, with their original webhook ids. */
  @POST
  @Path("/replay")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @ResponseStatus(202)
  public Replayed replay(@PathParam("id") String id, @NotNull Replay body) {
    Subscription s = subscriptions.find(tenant.projectId(), id);
    boolean byIds = body.eventIds() != null && !body.eventIds().isEmpty();
    if (byIds == (body.since() != null)) {
      throw ApiException.badRequest(
          "Give either 'event_ids' or 'since' (with an optional 'until')");
    }
    List<WebhookEvent> chosen;
    if (byIds) {
      chosen = events.byIds(s.projectId, s.events, body.eventIds());
    } else {
      Instant until = body.until() == null ? Instant.now() : body.until();
      if (until.isBefore(body.since())) {
        throw ApiException.badRequest("'until' must not be before 'since'");
      }
      chosen = events.between(s.projectId, s.events, body.since(), until);
    }
    return new Replayed(scheduler.replay(s, chosen));
  }

  private static Long cursor(String next) {
    if (next == null || next.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(next);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "Invalid value for query parameter 'next': not a cursor from this API");
    }
  }
}
