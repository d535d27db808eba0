package dev.patchbay.connect.session;

import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Connect sessions, per the Platform API contract (§2), for the caller's project. */
@Path("/connect_sessions")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectSessionResource {
  private final ConnectSessionService service;
  private final Tenant tenant;

  public ConnectSessionResource(ConnectSessionService service, Tenant tenant) {
    this.service = service;
    this.tenant = tenant;
  }

  /** 201 with the token and the hosted page's URL: the only answer that ever shows the token. */
  @POST
  @ResponseStatus(201)
  public ConnectSessionView create(@Valid @NotNull CreateSessionRequest body) {
    return service.create(tenant.projectId(), body);
  }

  /** 201 with the session of a token; 401 when the token is unknown, expired or another's. */
  @POST
  @Path("/authenticate")
  @ResponseStatus(201)
  public ConnectSessionView authenticate(@Valid @NotNull AuthenticateRequest body) {
    return service.authenticate(tenant.projectId(), body.token());
  }
}
