package dev.patchbay.accounts.credentials;

import dev.patchbay.accounts.account.AccountCredentials;
import dev.patchbay.accounts.account.AccountService;
import dev.patchbay.common.error.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Decrypted credentials for the other services (never routed by the edge router or the Ingress;
 * guarded by the internal token). The caller names the project it acts for, so a service working
 * for one project cannot read another's accounts.
 */
@Path("/internal/accounts/{id}/credentials")
@Produces(MediaType.APPLICATION_JSON)
public class InternalCredentialsResource {

  /** {@code PUT}: the token fields to merge into the stored credentials. */
  public record RefreshedCredentials(@NotNull Map<String, Object> credentials) {}

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
   * Token write-back: a service that refreshed an account's tokens hands them back here (the
   * credentials stay sealed; only this service stores them). The given fields are merged into the
   * stored ones; 204, with nothing echoed.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public void storeRefreshed(
      @PathParam("id") String id,
      @QueryParam("project_id") String projectId,
      @Valid @NotNull RefreshedCredentials body) {
    if (body.credentials().isEmpty()) {
      throw ApiException.badRequest("Field 'credentials' must name at least one field to store");
    }
    accounts.storeRefreshedCredentials(required(projectId), id, body.credentials());
  }

  private static String required(String projectId) {
    if (projectId == null || projectId.isBlank()) {
      throw ApiException.badRequest("Query parameter 'project_id' is required");
    }
    return projectId;
  }
}
