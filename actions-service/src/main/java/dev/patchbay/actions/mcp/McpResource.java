package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.accounts.client.AccountDirectory;
import dev.patchbay.accounts.client.LinkedAccountRef;
import dev.patchbay.actions.ActionsConfig;
import dev.patchbay.actions.rpc.RpcResource;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The MCP server of a linked account (contract §6, §12): the Streamable HTTP transport ({@code POST
 * /mcp}, {@code GET /mcp} for the session's stream, {@code DELETE /mcp}, with the seed's aliases
 * {@code GET /mcp/sse} and {@code DELETE /mcp/session}) and the deprecated HTTP+SSE transport
 * ({@code GET /mcp/sse} without a session opens a stream whose first event names {@code
 * messages?sessionId=}, i.e. {@code POST /mcp/messages}, where the client posts its messages). The
 * API key authenticates; the account comes from {@code x-account-id} (header, else query) or the
 * {@code account_id} query parameter, and is fixed for the session at {@code initialize}.
 */
@Path("/mcp")
@RolesAllowed(Roles.PROJECT)
public class McpResource {
  static final String SESSION_HEADER = "Mcp-Session-Id";
  static final String ACCOUNT = "x-account-id";
  static final String EVENT_STREAM = MediaType.SERVER_SENT_EVENTS;

  private final McpServer server;
  private final McpSessions sessions;
  private final AccountDirectory accounts;
  private final Tenant tenant;
  private final SecurityIdentity identity;
  private final ObjectMapper json;
  private final boolean stateless;

  public McpResource(
      McpServer server,
      McpSessions sessions,
      AccountDirectory accounts,
      Tenant tenant,
      SecurityIdentity identity,
      ObjectMapper json,
      ActionsConfig config) {
    this.server = server;
    this.sessions = sessions;
    this.accounts = accounts;
    this.tenant = tenant;
    this.identity = identity;
    this.json = json;
    this.stateless = config.mcp().stateless();
  }

  /**
   * One JSON-RPC message. A request is answered as JSON, or as an event stream when the client
   * takes only that or when it is a tool call (whose log and progress notifications come first).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response post(
      String body,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      @Context HttpServerRequest http) {
    ObjectNode message = parse(body);
    Accepts accepts = Accepts.of(headers);
    McpSession session;
    boolean initialize =
        JsonRpc.isRequest(message)
            && McpServer.INITIALIZE.equals(message.get("method").textValue());
    if (initialize || stateless) {
      LinkedAccountRef account = account(headers, uri);
      session =
          stateless
              ? new McpSession(
                  null, tenant.projectId(), account.accountId(), account.provider(), mode(uri))
              : sessions.open(
                  tenant.projectId(), account.accountId(), account.provider(), mode(uri));
    } else {
      session = session(headers.getHeaderString(SESSION_HEADER));
    }
    McpCaller caller = caller(headers, uri, http);
    if (!JsonRpc.isRequest(message)) {
      server.handle(session, caller, message, Notifier.NONE);
      return Response.accepted().build();
    }
    Response.ResponseBuilder response;
    if (accepts.sse
        && (!accepts.json || McpServer.TOOLS_CALL.equals(message.get("method").textValue()))) {
      StreamingOutput stream =
          out -> {
            Notifier events = event -> writeEvent(out, event);
            events.send(server.handle(session, caller, message, events));
          };
      response = Response.ok(stream, EVENT_STREAM).header("Cache-Control", "no-cache");
    } else {
      response =
          Response.ok(
              server.handle(session, caller, message, Notifier.NONE).toString(),
              MediaType.APPLICATION_JSON_TYPE);
    }
    if (initialize && session.id() != null) {
      response.header(SESSION_HEADER, session.id());
    }
    return response.build();
  }

  /** The session's server-to-client stream (one per session). */
  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(@Context HttpHeaders headers, @Context SseEventSink sink, @Context Sse sse) {
    McpSession session = session(headers.getHeaderString(SESSION_HEADER));
    if (!session.attach(sink, sse)) {
      throw new ApiException(ErrorKind.CONFLICT, "This session's stream is already open");
    }
  }

  /**
   * The seed's stream path: with a session, that session's stream; without, the deprecated HTTP+SSE
   * transport, whose first event ({@code endpoint}) names the URL to post messages to.
   */
  @GET
  @Path("/sse")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void sse(
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      @Context SseEventSink sink,
      @Context Sse sse) {
    if (headers.getHeaderString(SESSION_HEADER) != null) {
      stream(headers, sink, sse);
      return;
    }
    LinkedAccountRef account = account(headers, uri);
    McpSession session =
        sessions.open(tenant.projectId(), account.accountId(), account.provider(), mode(uri));
    session.attach(sink, sse);
    // relative to this stream's URL, so a path prefix in front of the service is kept
    session.send("endpoint", "messages?sessionId=" + session.id());
  }

  /** A message of the deprecated HTTP+SSE transport: 202, the answer goes on the stream. */
  @POST
  @Path("/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response message(
      @QueryParam("sessionId") String sessionId,
      String body,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      @Context HttpServerRequest http) {
    McpSession session = session(sessionId);
    ObjectNode message = parse(body);
    ObjectNode answer = server.handle(session, caller(headers, uri, http), message, session);
    if (answer != null) {
      session.send(answer);
    }
    return Response.accepted().build();
  }

  /** Ends the session (and closes its stream). */
  @DELETE
  public Response delete(@Context HttpHeaders headers) {
    String id = required(headers.getHeaderString(SESSION_HEADER));
    if (!sessions.close(tenant.projectId(), id)) {
      throw ApiException.notFound("Session");
    }
    return Response.ok().build();
  }

  @DELETE
  @Path("/session")
  public Response deleteSession(@Context HttpHeaders headers) {
    return delete(headers);
  }

  private McpSession session(String id) {
    return sessions
        .find(tenant.projectId(), required(id))
        .orElseThrow(() -> ApiException.notFound("Session"));
  }

  private static String required(String sessionId) {
    if (sessionId == null || sessionId.isBlank()) {
      throw ApiException.badRequest(
          "Header 'Mcp-Session-Id' is required: the id initialize answered with");
    }
    return sessionId;
  }

  /** The account from the header, else the query; another project's account is not found. */
  private LinkedAccountRef account(HttpHeaders headers, UriInfo uri) {
    String id = null;
    for (String candidate :
        new String[] {
          headers.getHeaderString(ACCOUNT),
          uri.getQueryParameters().getFirst(ACCOUNT),
          uri.getQueryParameters().getFirst("account_id")
        }) {
      if (id == null && candidate != null && !candidate.isBlank()) {
        id = candidate.trim();
      }
    }
    if (id == null) {
      throw ApiException.badRequest(
          "Header 'x-account-id' (or query parameter 'x-account-id' or 'account_id') is required:"
              + " the linked account whose actions are the tools");
    }
    return accounts
        .find(tenant.projectId(), id)
        .orElseThrow(() -> ApiException.notFound("Account"));
  }

  private static ToolMode mode(UriInfo uri) {
    return ToolMode.parse(uri.getQueryParameters().getFirst(ToolMode.PARAMETER));
  }

  private ObjectNode parse(String body) {
    JsonNode message;
    try {
      message = body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("Parse error: the body is not JSON");
    }
    if (!(message instanceof ObjectNode object)
        || !(JsonRpc.isCall(object) || JsonRpc.isResponse(object))) {
      throw ApiException.badRequest(
          "The body must be one JSON-RPC 2.0 message (batches are not supported)");
    }
    return object;
  }

  private McpCaller caller(HttpHeaders headers, UriInfo uri, HttpServerRequest http) {
    return new McpCaller(
        tenant.projectId(),
        uri.getPath(),
        uri.getAbsolutePath().toString(),
        RpcResource.sourceIp(headers, http),
        identity.getPrincipal().getName(),
        new LinkedHashMap<>(headers.getRequestHeaders()),
        new LinkedHashMap<>(uri.getQueryParameters()));
  }

  private static void writeEvent(OutputStream out, ObjectNode message) {
    try {
      out.write(
          ("event: " + McpSession.EVENT + "\ndata: " + message + "\n\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the client takes: JSON, an event stream, or both (no Accept, or {@code *}, is both; {@link
   * McpRequestFilter} refuses a POST that takes neither).
   */
  private record Accepts(boolean json, boolean sse) {
    static Accepts of(HttpHeaders headers) {
      List<MediaType> types = headers.getAcceptableMediaTypes();
      boolean json = false;
      boolean sse = false;
      for (MediaType type : types) {
        json |= type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        sse |= type.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE);
      }
      return new Accepts(json, sse);
    }
  }
}
