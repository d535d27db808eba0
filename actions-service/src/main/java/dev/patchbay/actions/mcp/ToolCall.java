package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.actions.rpc.LoggedRpc;
import dev.patchbay.actions.rpc.RpcRequest;
import dev.patchbay.catalogue.ConnectorCatalog.CatalogAction;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.requestlog.RequestLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * {@code tools/call}: runs the tool's action through the same path as {@code POST /actions/rpc}
 * ({@link LoggedRpc}, logged with source type MCP). The arguments are the action's RPC parameter
 * groups ({@code path}, {@code queryParams}, {@code headers}, {@code body}). The answer comes back
 * as JSON text plus {@code structuredContent}; a refusal (invalid arguments, a provider failure) is
 * a result with {@code isError: true} and the error body, so the model can correct itself. An
 * unknown tool is a JSON-RPC error (-32602).
 *
 * <p>While it runs, the client hears {@code notifications/message} (start, each engine step, end;
 * at its log level) and, when it sent a {@code progressToken}, {@code notifications/progress}. The
 * engine hands over its step log when the action ends, so step messages arrive just before the
 * result.
 */
@ApplicationScoped
public class ToolCall {
  static final int SEARCH_RESULTS = 10;
  static final int MAX_SEARCH_RESULTS = 50;
  private static final String LOGGER = "patchbay";
  private static final Set<String> CONTENT_TYPES =
      Set.of("text", "image", "audio", "resource", "resource_link");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final McpTools tools;
  private final LoggedRpc rpc;

  public ToolCall(McpTools tools, LoggedRpc rpc) {
    this.tools = tools;
    this.rpc = rpc;
  }

  ObjectNode call(McpSession session, McpCaller caller, ObjectNode request, Notifier notifier) {
    String provider = session.provider();
    JsonNode params = request.path("params");
    if (!params.path("name").isTextual()) {
      throw JsonRpc.invalidParams("params.name must be the tool's name");
    }
    String name = params.get("name").textValue();
    ObjectNode arguments = objectOrEmpty(params.get("arguments"), "params.arguments");
    Progress progress = new Progress(params.path("_meta").get("progressToken"), notifier);
    if (session.toolMode() == ToolMode.SEARCH_EXECUTE) {
      if (name.equals(provider + McpTools.SEARCH)) {
        return search(provider, arguments);
      }
      if (name.equals(provider + McpTools.EXECUTE)) {
        if (!arguments.path("action").isTextual()) {
          return failure("Argument 'action' is required: the name of the action to run");
        }
        ObjectNode actionArguments;
        try {
          actionArguments = objectOrEmpty(arguments.get("arguments"), "arguments");
        } catch (JsonRpc.Failure notAnObject) {
          return failure(notAnObject.getMessage());
        }
        return run(
            session,
            caller,
            request,
            arguments.get("action").textValue(),
            actionArguments,
            notifier,
            progress);
      }
    } else {
      CatalogAction action = tools.action(provider, name).orElse(null);
      if (action != null) {
        return run(session, caller, request, action.id(), arguments, notifier, progress);
      }
    }
    throw JsonRpc.invalidParams("Unknown tool: " + name);
  }

  private ObjectNode run(
      McpSession session,
      McpCaller caller,
      ObjectNode request,
      String actionId,
      ObjectNode arguments,
      Notifier notifier,
      Progress progress) {
    RpcRequest rpcRequest =
        new RpcRequest(
            actionId,
            arguments.get("path"),
            arguments.get("queryParams"),
            arguments.get("headers"),
            arguments.get("body"),
            session.accountId());
    RequestLogEntry log = caller.newLog(request);
    log(session, notifier, LogLevel.INFO, actionId + " started", log, null);
    progress.step();
    ObjectNode result;
    LogLevel outcome = LogLevel.INFO;
    try {
      result = success(rpc.run(log, session.projectId(), session.accountId(), rpcRequest));
    } catch (ApiException refused) {
      result = error(rpc.errorBody(refused));
      outcome = LogLevel.ERROR;
    }
    for (RequestLogEntry.Step step : log.steps()) {
      ObjectNode data = NODES.objectNode();
      data.put("step_id", step.stepId()).put("function", step.function());
      data.put("success", step.success());
      data.set("status", NODES.numberNode(step.status()));
      data.set("duration_ms", NODES.numberNode(step.durationMs()));
      log(
          session,
          notifier,
          step.success() ? LogLevel.DEBUG : LogLevel.WARNING,
          "step " + step.stepId() + (step.success() ? " succeeded" : " failed"),
          log,
          data);
      progress.step();
    }
    log(
        session,
        notifier,
        outcome,
        actionId + (outcome == LogLevel.INFO ? " succeeded" : " failed"),
        log,
        null);
    progress.end();
    return result;
  }

  private ObjectNode search(String provider, ObjectNode arguments) {
    if (!arguments.path("query").isTextual()) {
      return failure("Argument 'query' is required: words to look for");
    }
    JsonNode limit = arguments.get("limit");
    if (limit != null
        && !(limit.canConvertToInt()
            && limit.isIntegralNumber()
            && limit.intValue() >= 1
            && limit.intValue() <= MAX_SEARCH_RESULTS)) {
      return failure("Argument 'limit' must be an integer from 1 to " + MAX_SEARCH_RESULTS);
    }
    List<ObjectNode> found =
        tools.search(
            provider,
            arguments.get("query").textValue(),
            limit == null ? SEARCH_RESULTS : limit.intValue());
    ObjectNode answer = NODES.objectNode();
    answer.putArray("actions").addAll(found);
    return success(answer);
  }

  /**
   * The answer as JSON text and {@code structuredContent}; an answer holding {@code content}, a
   * list of MCP content blocks (an action that returns an image, say), is shown as those blocks.
   */
  private static ObjectNode success(ObjectNode answer) {
    ObjectNode result = NODES.objectNode();
    JsonNode blocks = answer.get("content");
    if (isContent(blocks)) {
      result.set("content", blocks);
    } else {
      result.putArray("content").addObject().put("type", "text").put("text", answer.toString());
    }
    result.set("structuredContent", answer);
    return result;
  }

  private static boolean isContent(JsonNode blocks) {
    if (blocks == null || !blocks.isArray() || blocks.isEmpty()) {
      return false;
    }
    for (JsonNode block : blocks) {
      if (!CONTENT_TYPES.contains(block.path("type").asText())) {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode error(ObjectNode errorBody) {
    ObjectNode result = NODES.objectNode();
    result.putArray("content").addObject().put("type", "text").put("text", errorBody.toString());
    result.set("structuredContent", errorBody);
    result.put("isError", true);
    return result;
  }

  private static ObjectNode failure(String message) {
    ObjectNode result = NODES.objectNode();
    result.putArray("content").addObject().put("type", "text").put("text", message);
    result.put("isError", true);
    return result;
  }

  private static ObjectNode objectOrEmpty(JsonNode value, String what) {
    if (value == null || value.isNull()) {
      return NODES.objectNode();
    }
    if (!value.isObject()) {
      throw JsonRpc.invalidParams(what + " must be an object");
    }
    return (ObjectNode) value;
  }

  private static void log(
      McpSession session,
      Notifier notifier,
      LogLevel level,
      String message,
      RequestLogEntry log,
      ObjectNode details) {
    if (!session.logLevel().admits(level)) {
      return;
    }
    ObjectNode data = NODES.objectNode().put("message", message).put("request_id", log.requestId());
    if (details != null) {
      data.setAll(details);
    }
    ObjectNode params = NODES.objectNode().put("level", level.wireName()).put("logger", LOGGER);
    params.set("data", data);
    notifier.send(JsonRpc.notification("notifications/message", params));
  }

  /** {@code notifications/progress} for a request that asked for it: 0, one per step, the end. */
  private static final class Progress {
    private final JsonNode token;
    private final Notifier notifier;
    private int done;

    Progress(JsonNode token, Notifier notifier) {
      this.token = token != null && (token.isTextual() || token.isIntegralNumber()) ? token : null;
      this.notifier = notifier;
    }

    void step() {
      send(null);
      done++;
    }

    void end() {
      send(done);
    }

    private void send(Integer total) {
      if (token == null) {
        return;
      }
      ObjectNode params = NODES.objectNode();
      params.set("progressToken", token);
      params.put("progress", done);
      if (total != null) {
        params.put("total", total);
      }
      notifier.send(JsonRpc.notification("notifications/progress", params));
    }
  }
}
