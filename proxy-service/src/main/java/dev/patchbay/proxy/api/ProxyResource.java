package dev.patchbay.proxy.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import dev.patchbay.proxy.ProxyConfig;
import dev.patchbay.proxy.provider.ProviderResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /proxy} and its client alias {@code POST /unified/proxy} (contract §7): one raw
 * request to the provider of the linked account named by {@code x-account-id}, authenticated with
 * the account's credentials. The answer carries the provider's status (a 2xx other than 201, 202
 * and 204, or a redirect, is answered 200), its headers and its body as {@code data}, streamed.
 */
@Path("/")
@RolesAllowed(Roles.PROJECT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProxyResource {
  static final String ACCOUNT_HEADER = "x-account-id";

  private final ProxyService service;
  private final Tenant tenant;
  private final ObjectMapper json;
  private final ProxyConfig config;

  public ProxyResource(ProxyService service, Tenant tenant, ObjectMapper json, ProxyConfig config) {
    this.service = service;
    this.tenant = tenant;
    this.json = json;
    this.config = config;
  }

  @POST
  @Path("proxy")
  public Response proxy(@HeaderParam(ACCOUNT_HEADER) String accountId, ProxyRequest request) {
    ProviderResponse response = service.proxy(tenant.projectId(), accountId, request);
    int status = response.status();
    if (status == 204) {
      response.readAtMost(0);
      return Response.noContent().build();
    }
    return Response.status(status == 201 || status == 202 ? status : 200)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ResponseEnvelope(json, response, config.maxResponseBytes()))
        .build();
  }

  @POST
  @Path("unified/proxy")
  public Response unifiedProxy(
      @HeaderParam(ACCOUNT_HEADER) String accountId, ProxyRequest request) {
    return proxy(accountId, request);
  }
}
