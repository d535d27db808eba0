package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers one JSON-RPC message of a session, whatever the transport: {@code initialize}, {@code
 * ping}, {@code logging/setLevel}, {@code tools/list} and {@code tools/call}; notifications are
 * taken in silently. Capabilities: {@code tools} and {@code logging}.
 */
@ApplicationScoped
public class McpServer {
  static final String INITIALIZE = "initialize";
  static final String TOOLS_CALL = "tools/call";
  private static final Logger LOG = Logger.getLogger(McpServer.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final McpTools tools;
  private final ToolCall toolCall;
  private final String version;

  public McpServer(
      McpTools tools,
      ToolCall toolCall,
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
    this.tools = tools;
    this.toolCall = toolCall;
    this.version = version;
  }

  /**
   * The response to a request, or null for a notification; {@code notifier} carries the messages
   * sent while the request runs.
   */
  ObjectNode handle(McpSession session, McpCaller caller, ObjectNode message, Notifier notifier) {
    if (!JsonRpc.isRequest(message)) {
      return null;
    }
    JsonNode id = message.get("id");
    try {
      return JsonRpc.result(id, answer(session, caller, message, notifier));
    } catch (JsonRpc.Failure failure) {
      return JsonRpc.error(id, failure.code(), failure.getMessage());
    } catch (RuntimeException unexpected) {
      LOG.error("an MCP request failed", unexpected);
      return JsonRpc.error(id, JsonRpc.INTERNAL_ERROR, "Internal error");
    }
  }

  private ObjectNode answer(
      McpSession session, McpCaller caller, ObjectNode message, Notifier notifier) {
    JsonNode params = message.path("params");
    return switch (message.get("method").textValue()) {
      case INITIALIZE -> initialize(session, params);
      case "ping" -> NODES.objectNode();
      case "logging/setLevel" -> {
        LogLevel level =
            LogLevel.parse(params.path("level").asText(null))
                .orElseThrow(() -> JsonRpc.invalidParams("Unknown log level"));
        session.logLevel(level);
        yield NODES.objectNode();
      }
      case "tools/list" -> {
        JsonNode cursor = params.get("cursor");
        if (cursor != null && !cursor.isNull() && !cursor.isTextual()) {
          throw JsonRpc.invalidParams("params.cursor must be a string");
        }
        yield tools.page(
            session.provider(),
            session.toolMode(),
            cursor == null || cursor.isNull() ? null : cursor.asText());
      }
      case TOOLS_CALL -> toolCall.call(session, caller, message, notifier);
      default ->
          throw new JsonRpc.Failure(
              JsonRpc.METHOD_NOT_FOUND, "Method not found: " + message.get("method").textValue());
    };
  }

  private ObjectNode initialize(McpSession session, JsonNode params) {
    String requested = params.path("protocolVersion").asText(null);
    if (requested == null) {
      throw JsonRpc.invalidParams("params.protocolVersion is required");
    }
    session.protocolVersion(ProtocolVersions.negotiate(requested));
    ObjectNode result = NODES.objectNode().put("protocolVersion", session.protocolVersion());
    ObjectNode capabilities = result.putObject("capabilities");
    capabilities.putObject("tools").put("listChanged", false);
    capabilities.putObject("logging");
    result.putObject("serverInfo").put("name", "patchbay").put("version", version);
    result.put(
        "instructions",
        "The tools run "
            + session.provider()
            + " actions for the linked account "
            + session.accountId()
            + ". Tool arguments group the action's inputs by where they go: path, queryParams,"
            + " headers and body.");
    return result;
  }
}
