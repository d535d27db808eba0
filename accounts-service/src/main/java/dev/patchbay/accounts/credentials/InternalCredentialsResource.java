package dev.patchbay.accounts.credentials;

import dev.patchbay.accounts.account.AccountCredentials;
import dev.patchbay.accounts.account.AccountService;
import dev.patchbay.common.error.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Decrypted credentials for the other services (never routed by the edge router or the Ingress;
 * guarded by the internal token). The caller names the project it acts for, so a service working
 * for one project cannot read another's accounts.
 */
@Path("/internal/accounts/{id}/credentials")
@Produces(MediaType.APPLICATION_JSON)
public class InternalCredentialsResource {

  private final AccountService accounts;

  public InternalCredentialsResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @GET
  public AccountCredentials credentials(
      @PathParam("id") String id, @QueryParam("project_id") String projectId) {
    if (projectId == null || projectId.isBlank()) {
      throw ApiException.badRequest("Query parameter 'project_id' is required");
    }
    return accounts.credentials(projectId, id);
  }
}
