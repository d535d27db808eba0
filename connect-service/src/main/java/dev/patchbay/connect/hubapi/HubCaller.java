package dev.patchbay.connect.hubapi;

import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.connect.session.ConnectSessionService;
import dev.patchbay.requestlog.CurrentRequestLog;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The connect session behind one {@code /hub} request, from its {@code x-hub-session-token}: a
 * missing, unknown or expired token is a 401. The session's project is remembered for the answer's
 * CORS headers ({@link HubCors}), which depend on the project's allowed origins, and names the
 * project whose request logs show the call.
 */
@RequestScoped
public class HubCaller {
  public static final String TOKEN_HEADER = "x-hub-session-token";

  private final ConnectSessionService sessions;
  private final CurrentRequestLog requestLog;
  private String projectId;

  public HubCaller(ConnectSessionService sessions, CurrentRequestLog requestLog) {
    this.sessions = sessions;
    this.requestLog = requestLog;
  }

  /** The session; the request is logged in its project, with the session as its source. */
  public ConnectSession session(String token) {
    ConnectSession session = sessions.live(token);
    projectId = session.projectId;
    requestLog.entry().caller(session.projectId, "connect_session_" + session.id);
    return session;
  }

  /** The project of the session this request named, once it was resolved. */
  Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }
}
