package dev.patchbay.accounts.account;

import dev.patchbay.common.error.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * For connect-service (never routed by the edge router or the Ingress; guarded by the internal
 * token): an end user linked an account. 201 with the new account, or 200 with the one reused;
 * {@code account.created} or {@code account.updated} is published from here.
 */
@Path("/internal/accounts/link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InternalLinkResource {
  private final AccountService accounts;

  public InternalLinkResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @POST
  public Response link(
      @QueryParam("project_id") String projectId, @Valid @NotNull LinkAccountRequest body) {
    if (projectId == null || projectId.isBlank()) {
      throw ApiException.badRequest("Query parameter 'project_id' is required");
    }
    LinkResult result = accounts.link(projectId, body);
    return Response.status(result.created() ? 201 : 200).entity(result.account()).build();
  }
}
