package dev.patchbay.accounts.account;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.query.QueryParams;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Linked accounts, per the Platform API contract (§1), scoped to the caller's project. */
@Path("/accounts")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
  static final int DEFAULT_PAGE_SIZE = 25;
  static final int MAX_PAGE_SIZE = 100;

  private final AccountService service;
  private final Tenant tenant;

  public AccountResource(AccountService service, Tenant tenant) {
    this.service = service;
    this.tenant = tenant;
  }

  /**
   * A bare JSON array, as the official client expects. {@code page} counts from 1 ({@code 0} is
   * read as the first page too); array parameters repeat the key or use commas.
   */
  @GET
  public List<AccountView> list(
      @QueryParam("page") String page,
      @QueryParam("page_size") String pageSize,
      @QueryParam("provider") String provider,
      @QueryParam("providers") List<String> providers,
      @QueryParam("origin_owner_id") String originOwnerId,
      @QueryParam("origin_owner_ids") List<String> originOwnerIds,
      @QueryParam("account_ids") List<String> accountIds,
      @QueryParam("status") List<String> statuses) {
    int pageNumber = QueryParams.intParam("page", page, 1, 0, Integer.MAX_VALUE);
    int size = QueryParams.intParam("page_size", pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    List<String> statusValues = values(statuses);
    for (String status : statusValues) {
      if (AccountStatus.fromWire(status) == null) {
        throw ApiException.badRequest(
            "Invalid value for query parameter 'status': expected one of [active, inactive, error]");
      }
    }
    AccountFilter filter =
        new AccountFilter(
            values(providers, provider),
            values(originOwnerIds, originOwnerId),
            values(accountIds),
            statusValues);
    return service.list(tenant.projectId(), filter, Math.max(pageNumber, 1) - 1, size);
  }

  @POST
  @ResponseStatus(201)
  public AccountView create(@Valid @NotNull ImportAccountRequest body) {
    return service.create(tenant.projectId(), body);
  }

  @GET
  @Path("/{id}")
  public AccountView get(@PathParam("id") String id) {
    return service.get(tenant.projectId(), id);
  }

  @PATCH
  @Path("/{id}")
  public AccountView update(@PathParam("id") String id, @Valid @NotNull UpdateAccountRequest body) {
    return service.update(tenant.projectId(), id, body);
  }

  @DELETE
  @Path("/{id}")
  public AccountView delete(@PathParam("id") String id) {
    return service.delete(tenant.projectId(), id);
  }

  /**
   * {@code {provider, category, models}}. The category is the one given at import; the connector
   * catalogue will supply categories and models for connected accounts.
   */
  @GET
  @Path("/{id}/meta")
  public Map<String, Object> meta(@PathParam("id") String id) {
    LinkedAccount account = service.find(tenant.projectId(), id);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("provider", account.provider);
    meta.put("category", account.category);
    meta.put("models", Map.of());
    return meta;
  }

  private static List<String> values(List<String> repeated, String... singles) {
    List<String> all = new ArrayList<>(repeated);
    all.addAll(Arrays.asList(singles));
    return QueryParams.values(all);
  }
}
