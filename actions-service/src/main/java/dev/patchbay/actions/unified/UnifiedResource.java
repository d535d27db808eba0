package dev.patchbay.actions.unified;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.actions.unified.UnifiedRoute.Operation;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import dev.patchbay.requestlog.CurrentRequestLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /unified/<category>/<resource>[/{id}]} (contract §8): every route of {@link
 * UnifiedRoutes}, for the linked account named by {@code x-account-id}. A route not in the table is
 * a 404. Each call is one request log, with the account, the action and its steps.
 */
@Path("/unified/{category}/{resource}")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
public class UnifiedResource {
  static final String ACCOUNT_HEADER = "x-account-id";

  private final UnifiedService service;
  private final CurrentRequestLog log;
  private final Tenant tenant;

  public UnifiedResource(UnifiedService service, CurrentRequestLog log, Tenant tenant) {
    this.service = service;
    this.log = log;
    this.tenant = tenant;
  }

  @GET
  public Response list(
      @PathParam("category") String category,
      @PathParam("resource") String resource,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    return serve(category, resource, Operation.LIST, null, null, headers, uri);
  }

  @GET
  @Path("{id}")
  public Response get(
      @PathParam("category") String category,
      @PathParam("resource") String resource,
      @PathParam("id") String id,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    return serve(category, resource, Operation.GET, id, null, headers, uri);
  }

  @POST
  public Response create(
      @PathParam("category") String category,
      @PathParam("resource") String resource,
      JsonNode body,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    return serve(category, resource, Operation.CREATE, null, body, headers, uri);
  }

  @PATCH
  @Path("{id}")
  public Response update(
      @PathParam("category") String category,
      @PathParam("resource") String resource,
      @PathParam("id") String id,
      JsonNode body,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    return serve(category, resource, Operation.UPDATE, id, body, headers, uri);
  }

  private Response serve(
      String category,
      String resource,
      Operation operation,
      String id,
      JsonNode body,
      HttpHeaders headers,
      UriInfo uri) {
    UnifiedRoute route =
        UnifiedRoutes.find(category, resource, operation)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "Unified route "
                            + operation.method().toUpperCase(java.util.Locale.ROOT)
                            + " /unified/"
                            + category
                            + "/"
                            + resource
                            + (operation.withId() ? "/{id}" : "")));
    UnifiedService.Answer answer =
        service.serve(
            log.entry(),
            tenant.projectId(),
            headers.getHeaderString(ACCOUNT_HEADER),
            route,
            id,
            uri.getQueryParameters(),
            body);
    return Response.status(answer.status()).entity(answer.body()).build();
  }
}
