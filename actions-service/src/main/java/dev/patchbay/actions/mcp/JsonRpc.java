package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON-RPC 2.0 messages as MCP exchanges them. */
final class JsonRpc {
  static final int METHOD_NOT_FOUND = -32601;
  static final int INVALID_PARAMS = -32602;
  static final int INTERNAL_ERROR = -32603;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonRpc() {}

  /** A failure answered as a JSON-RPC error response. */
  static final class Failure extends RuntimeException {
    private final int code;

    Failure(int code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    int code() {
      return code;
    }
  }

  static Failure invalidParams(String message) {
    return new Failure(INVALID_PARAMS, message);
  }

  /** A request carries an {@code id}; a notification does not. */
  static boolean isRequest(ObjectNode message) {
    return message.has("id") && message.get("method") != null;
  }

  /** A request or notification: {@code jsonrpc: "2.0"} and a method name. */
  static boolean isCall(ObjectNode message) {
    return "2.0".equals(message.path("jsonrpc").asText(null)) && message.path("method").isTextual();
  }

  /** A response to a request of ours: an id with a result or an error. */
  static boolean isResponse(ObjectNode message) {
    return "2.0".equals(message.path("jsonrpc").asText(null))
        && message.has("id")
        && (message.has("result") || message.has("error"));
  }

  static ObjectNode result(JsonNode id, JsonNode result) {
    ObjectNode response = NODES.objectNode().put("jsonrpc", "2.0");
    response.set("id", id == null ? NullNode.getInstance() : id);
    response.set("result", result);
    return response;
  }

  static ObjectNode error(JsonNode id, int code, String message) {
    ObjectNode response = NODES.objectNode().put("jsonrpc", "2.0");
    response.set("id", id == null ? NullNode.getInstance() : id);
    response.putObject("error").put("code", code).put("message", message);
    return response;
  }

  static ObjectNode notification(String method, ObjectNode params) {
    ObjectNode notification = NODES.objectNode().put("jsonrpc", "2.0").put("method", method);
    notification.set("params", params);
    return notification;
  }
}
