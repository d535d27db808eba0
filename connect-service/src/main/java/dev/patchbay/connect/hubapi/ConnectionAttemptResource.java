package dev.patchbay.connect.hubapi;

import dev.patchbay.common.json.Timestamps;
import dev.patchbay.connect.session.ConnectSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /hub/connection_attempts} (hub-backend.md §3): the Hub starts one before it opens the
 * OAuth popup, polls it every two seconds, and deletes it when the user gives up. Keyed by {@code
 * x-hub-session-token} (or the body's {@code token}) through {@link HubCaller} (CORS of the
 * session's project, request logs); another session's attempt is a 404.
 */
@Path("/hub/connection_attempts")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionAttemptResource {

  /** {@code POST} body: the session token again, as the Hub sends it. */
  public record StartRequest(String token) {}

  private final HubCaller caller;
  private final ConnectionAttempts attempts;

  public ConnectionAttemptResource(HubCaller caller, ConnectionAttempts attempts) {
    this.caller = caller;
    this.attempts = attempts;
  }

  /** {@code {id}}: a pending attempt (kept quick: the Hub opens its popup right after). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> start(
      @HeaderParam(HubCaller.TOKEN_HEADER) String token, StartRequest body) {
    String given = token != null ? token : body == null ? null : body.token();
    ConnectSession session = caller.session(given);
    return Map.of("id", attempts.start(session).id);
  }

  /**
   * {@code {status: pending|authenticated|error|cancelled|expired}}, with {@code account: {id}} or
   * {@code error: {code, description}}.
   */
  @GET
  @Path("/{id}")
  public Map<String, Object> status(
      @HeaderParam(HubCaller.TOKEN_HEADER) String token, @PathParam("id") String id) {
    ConnectionAttempt attempt = attempts.get(caller.session(token), id);
    String status = attempt.statusAt(Timestamps.now());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", status);
    if (ConnectionAttempt.AUTHENTICATED.equals(status)) {
      answer.put("account", Map.of("id", attempt.accountId));
    } else if (ConnectionAttempt.ERROR.equals(status)) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", attempt.errorCode);
      error.put("description", attempt.errorDescription);
      answer.put("error", error);
    }
    return answer;
  }

  /** Cancels a pending attempt; {@code {id, status}}. */
  @DELETE
  @Path("/{id}")
  public Map<String, Object> cancel(
      @HeaderParam(HubCaller.TOKEN_HEADER) String token, @PathParam("id") String id) {
    ConnectSession session = caller.session(token);
    attempts.cancel(session, id);
    return Map.of("id", id, "status", attempts.get(session, id).statusAt(Timestamps.now()));
  }
}
