package dev.patchbay.accounts.credentials;

import dev.patchbay.accounts.account.AccountCredentials;
import dev.patchbay.accounts.account.AccountService;
import dev.patchbay.common.error.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

  /** {@code POST …/refresh}: the access token the caller saw fail, as its SHA-256 hex. */
  public record RefreshRequest(@NotNull String staleAccessTokenSha256) {}

  private final AccountService accounts;

  public InternalCredentialsResource(AccountService accounts) {
    this.accounts = accounts;
  }

  /**
   * {@code {account_id, project_id, provider, status, authentication_config_key, environment,
   * credentials}}.
   */
  @GET
  public AccountCredentials credentials(
      @PathParam("id") String id, @QueryParam("project_id") String projectId) {
    return accounts.credentials(required(projectId), id);
  }

  /**
   * Token refresh for a service whose call found the account's access token expired or refused:
   * {@code {stale_access_token_sha256}} names the token it used (SHA-256 hex; empty when it had
   * none). The refresh runs only if that token is still the stored one, once per account across
   * every replica (a row lock); the answer is the current credentials, as {@code GET}.
   */
  @POST
  @Path("/refresh")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountCredentials refresh(
      @PathParam("id") String id,
      @QueryParam("project_id") String projectId,
      @Valid @NotNull RefreshRequest body) {
    return accounts.refreshCredentials(required(projectId), id, body.staleAccessTokenSha256());
  }

  private static String required(String projectId) {
    if (projectId == null || projectId.isBlank()) {
      throw ApiException.badRequest("Query parameter 'project_id' is required");
    }
    return projectId;
  }
}
