package dev.patchbay.actions.mcp;

import dev.patchbay.actions.ActionsConfig;
import dev.patchbay.common.id.Ids;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of this instance, in memory: a session lives on the replica that created it (an
 * ingress in front of several replicas needs sticky sessions, or {@code patchbay.mcp.stateless}). A
 * session unused for {@code patchbay.mcp.session-idle-timeout} is gone; so is another project's.
 */
@ApplicationScoped
public class McpSessions {
  private final Map<String, McpSession> open = new ConcurrentHashMap<>();
  private final long idleNanos;
  private final long keepAliveMillis;

  public McpSessions(ActionsConfig config) {
    this.idleNanos = config.mcp().sessionIdleTimeout().toNanos();
    this.keepAliveMillis = config.mcp().keepAliveInterval().toMillis();
  }

  void start(@Observes StartupEvent started, Vertx vertx) {
    vertx.setPeriodic(
        keepAliveMillis,
        tick -> {
          open.values().removeIf(this::expired);
          open.values().forEach(McpSession::keepAlive);
        });
  }

  McpSession open(String projectId, String accountId, String provider, ToolMode mode) {
    McpSession session = new McpSession(Ids.newId("mcp"), projectId, accountId, provider, mode);
    open.put(session.id(), session);
    return session;
  }

  Optional<McpSession> find(String projectId, String id) {
    McpSession session = id == null ? null : open.get(id);
    if (session == null || !session.projectId().equals(projectId)) {
      return Optional.empty();
    }
    if (expired(session)) {
      close(projectId, id);
      return Optional.empty();
    }
    session.touch();
    return Optional.of(session);
  }

  boolean close(String projectId, String id) {
    McpSession session = id == null ? null : open.get(id);
    if (session == null || !session.projectId().equals(projectId)) {
      return false;
    }
    open.remove(id);
    session.close();
    return true;
  }

  private boolean expired(McpSession session) {
    // a client holding the stream open is still there
    boolean expired = session.idleNanos() > idleNanos && !session.streaming();
    if (expired) {
      session.close();
    }
    return expired;
  }
}
