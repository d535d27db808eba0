package dev.patchbay.actions.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.actions.requestlog.RequestLogEntry;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * {@code POST /actions/rpc} (contract §3): runs one action for one linked account, named by the
 * {@code x-account-id} header (or, as an extension, {@code account_id} in the body or the query).
 * 200 {@code {data, next}}; every call, answered or refused, becomes one request-log event.
 */
@Path("/actions/rpc")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RpcResource {
  static final String ACCOUNT_HEADER = "x-account-id";
  static final String REQUEST_ID_HEADER = "x-request-id";

  private final LoggedRpc rpc;
  private final Tenant tenant;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  public RpcResource(LoggedRpc rpc, Tenant tenant, SecurityIdentity identity, ObjectMapper json) {
    this.rpc = rpc;
    this.tenant = tenant;
    this.identity = identity;
    this.json = json;
  }

  @POST
  public Response rpc(
      RpcRequest body,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      @Context HttpServerRequest http) {
    RequestLogEntry log =
        new RequestLogEntry(
            Ids.newId("req"),
            tenant.projectId(),
            "POST",
            uri.getPath(),
            uri.getAbsolutePath().toString(),
            sourceIp(headers, http),
            identity.getPrincipal().getName(),
            new LinkedHashMap<>(headers.getRequestHeaders()),
            new LinkedHashMap<>(uri.getQueryParameters()),
            body == null ? null : json.valueToTree(body));
    ObjectNode answer = rpc.run(log, accountId(body, headers, uri), body);
    return Response.ok(answer).header(REQUEST_ID_HEADER, log.requestId()).build();
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
