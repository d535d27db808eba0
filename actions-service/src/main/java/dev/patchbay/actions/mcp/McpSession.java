package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * One client's MCP conversation with one linked account: what {@code initialize} settled (protocol
 * version, tool mode), the log level the client asked for, and the server-to-client SSE stream when
 * the client holds one open ({@code GET /mcp}, or the legacy {@code GET /mcp/sse}). In stateless
 * mode each request gets a session of its own that is never stored ({@link #id} null).
 */
final class McpSession implements Notifier {
  static final String EVENT = "message";

  private final String id;
  private final String projectId;
  private final String accountId;
  private final String provider;
  private final ToolMode toolMode;
  private volatile String protocolVersion = ProtocolVersions.ASSUMED;
  private volatile LogLevel logLevel = LogLevel.INFO;
  private volatile long lastSeen = System.nanoTime();
  private SseEventSink stream;
  private Sse sse;

  McpSession(String id, String projectId, String accountId, String provider, ToolMode toolMode) {
    this.id = id;
    this.projectId = projectId;
    this.accountId = accountId;
    this.provider = provider;
    this.toolMode = toolMode;
  }

  String id() {
    return id;
  }

  String projectId() {
    return projectId;
  }

  String accountId() {
    return accountId;
  }

  /** The connector key of the account: whose actions are the tools. */
  String provider() {
    return provider;
  }

  ToolMode toolMode() {
    return toolMode;
  }

  String protocolVersion() {
    return protocolVersion;
  }

  void protocolVersion(String version) {
    this.protocolVersion = version;
  }

  LogLevel logLevel() {
    return logLevel;
  }

  void logLevel(LogLevel level) {
    this.logLevel = level;
  }

  void touch() {
    lastSeen = System.nanoTime();
  }

  long idleNanos() {
    return System.nanoTime() - lastSeen;
  }

  /** Takes the client's stream; false when one is already open (one stream per session). */
  synchronized boolean attach(SseEventSink sink, Sse sse) {
    if (stream != null && !stream.isClosed()) {
      return false;
    }
    this.stream = sink;
    this.sse = sse;
    return true;
  }

  synchronized boolean streaming() {
    return stream != null && !stream.isClosed();
  }

  /** Sends on the session's stream, if one is open; a message without a stream is dropped. */
  @Override
  public void send(ObjectNode message) {
    send(EVENT, message.toString());
  }

  /** An event on the session's stream, if one is open. */
  synchronized void send(String event, String data) {
    if (streaming()) {
      stream.send(sse.newEventBuilder().name(event).data(data).build());
    }
  }

  /** A comment line on the open stream, which clients ignore and proxies count as traffic. */
  synchronized void keepAlive() {
    if (streaming()) {
      stream.send(sse.newEventBuilder().comment("keep-alive").build());
    }
  }

  synchronized void close() {
    if (streaming()) {
      stream.close();
    }
  }
}
