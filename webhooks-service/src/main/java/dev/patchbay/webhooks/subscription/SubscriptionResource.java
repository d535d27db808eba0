package dev.patchbay.webhooks.subscription;

import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A project's webhook subscriptions. */
@Path("/webhooks")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

  public record Listing(List<SubscriptionView> data) {}

  private final SubscriptionService service;
  private final Tenant tenant;

  public SubscriptionResource(SubscriptionService service, Tenant tenant) {
    this.service = service;
    this.tenant = tenant;
  }

  @POST
  @ResponseStatus(201)
  public SubscriptionView create(@Valid @NotNull SubscriptionRequests.Create body) {
    return service.create(tenant.projectId(), body);
  }

  @GET
  public Listing list() {
    return new Listing(service.list(tenant.projectId()));
  }

  @GET
  @Path("/{id}")
  public SubscriptionView get(@PathParam("id") String id) {
    return SubscriptionView.of(service.find(tenant.projectId(), id), null);
  }

  @PATCH
  @Path("/{id}")
  public SubscriptionView update(
      @PathParam("id") String id, @Valid @NotNull SubscriptionRequests.Update body) {
    return service.update(tenant.projectId(), id, body);
  }

  @DELETE
  @Path("/{id}")
  public SubscriptionView delete(@PathParam("id") String id) {
    return service.delete(tenant.projectId(), id);
  }

  /** A new secret, shown once; the old one keeps signing during the overlap. */
  @POST
  @Path("/{id}/rotate_secret")
  public SubscriptionView rotateSecret(
      @PathParam("id") String id, @Valid SubscriptionRequests.Rotate body) {
    return service.rotateSecret(tenant.projectId(), id, body);
  }
}
