package dev.patchbay.actions.rpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import dev.patchbay.requestlog.CurrentRequestLog;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code POST /actions/rpc} (contract §3): runs one action for one linked account, named by the
 * {@code x-account-id} header (or, as an extension, {@code account_id} in the body or the query).
 * 200 {@code {data, next}}. Like every public API request, each call, answered or refused, becomes
 * one request log; the RPC adds the account, the action and the connector's steps to it.
 */
@Path("/actions/rpc")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RpcResource {
  static final String ACCOUNT_HEADER = "x-account-id";

  private final RpcService service;
  private final CurrentRequestLog log;

  private final Tenant tenant;

  public RpcResource(RpcService service, CurrentRequestLog log, Tenant tenant) {
    this.service = service;
    this.log = log;

    this.tenant = tenant;
  }

  @POST
  public ObjectNode rpc(RpcRequest body, @Context HttpHeaders headers, @Context UriInfo uri) {
    return service.run(log.entry(), tenant.projectId(), accountId(body, headers, uri), body);
  }

  private static String accountId(RpcRequest body, HttpHeaders headers, UriInfo uri) {
    for (String candidate :
        List.of(
            nonNull(headers.getHeaderString(ACCOUNT_HEADER)),
            nonNull(body == null ? null : body.accountId()),
            nonNull(uri.getQueryParameters().getFirst("account_id")),
            nonNull(uri.getQueryParameters().getFirst(ACCOUNT_HEADER)))) {
      if (!candidate.isBlank()) {
        return candidate.trim();
      }
    }
    return null;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  /** The first {@code X-Forwarded-For} hop (set by the edge router), else the peer address. */
  public static String sourceIp(HttpHeaders headers, HttpServerRequest http) {
    String forwarded = headers.getHeaderString("x-forwarded-for");
    if (forwarded != null && !forwarded.isBlank()) {
      return forwarded.split(",")[0].trim();
    }
    return http.remoteAddress() == null ? null : http.remoteAddress().host();
  }
}
