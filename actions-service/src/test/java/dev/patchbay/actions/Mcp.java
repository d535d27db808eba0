package dev.patchbay.actions;

import static dev.patchbay.actions.Api.as;

import dev.patchbay.testing.AccountsKeyStub;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** An MCP client over Streamable HTTP, as an agent with project A's key speaks it. */
final class Mcp {
  static final String JSON_AND_SSE = "application/json, text/event-stream";

  private Mcp() {}

  static RequestSpecification post(String accept) {
    return as(AccountsKeyStub.KEY_A).contentType(ContentType.JSON).accept(accept);
  }

  static String request(int id, String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\""
        + method
        + "\""
        + (params == null ? "" : ",\"params\":" + params)
        + "}";
  }

  static String initialize(String protocolVersion) {
    return request(
        1,
        "initialize",
        "{\"protocolVersion\":\""
            + protocolVersion
            + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}");
  }

  /** Initializes a session for the account; its id. */
  static String session(String accountId) {
    return session(accountId, "");
  }

  static String session(String accountId, String query) {
    String id =
        post(JSON_AND_SSE)
            .header("x-account-id", accountId)
            .body(initialize("2025-06-18"))
            .post("/mcp" + query)
            .then()
            .statusCode(200)
            .extract()
            .header("Mcp-Session-Id");
    post(JSON_AND_SSE)
        .header("Mcp-Session-Id", id)
        .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")
        .post("/mcp")
        .then()
        .statusCode(202);
    return id;
  }

  /** A request in the session, answered as JSON. */
  static Response send(String session, String body) {
    return post("application/json")
        .header("Mcp-Session-Id", session)
        .header("MCP-Protocol-Version", "2025-06-18")
        .body(body)
        .post("/mcp");
  }

  /** The JSON-RPC response to a request in the session. */
  static JsonPath call(String session, String method, String params) {
    return send(session, request(7, method, params))
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }

  static JsonPath callTool(String session, String name, String arguments) {
    return call(
        session, "tools/call", "{\"name\":\"" + name + "\",\"arguments\":" + arguments + "}");
  }
}
