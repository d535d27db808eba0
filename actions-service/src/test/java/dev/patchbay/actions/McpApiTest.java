package dev.patchbay.actions;

import static dev.patchbay.actions.Api.as;
import static dev.patchbay.actions.Api.isErrorBody;
import static dev.patchbay.actions.Mcp.JSON_AND_SSE;
import static dev.patchbay.actions.Mcp.call;
import static dev.patchbay.actions.Mcp.callTool;
import static dev.patchbay.actions.Mcp.initialize;
import static dev.patchbay.actions.Mcp.post;
import static dev.patchbay.actions.Mcp.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The MCP server over Streamable HTTP, with sessions (the default). */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class McpApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URL base;

  @AfterEach
  void noFaultsLeft() {
    Sandbox.clearFaults();
  }

  @Test
  void refusesCallsWithoutAKnownKeyOrAccount() {
    String account = Api.bambooAccount();
    isErrorBody(
        given()
            .contentType(ContentType.JSON)
            .accept(JSON_AND_SSE)
            .header("x-account-id", account)
            .body(initialize("2025-06-18"))
            .post("/mcp")
            .then(),
        401);
    isErrorBody(post(JSON_AND_SSE).body(initialize("2025-06-18")).post("/mcp").then(), 400)
        .body("message", containsString("x-account-id"));
    isErrorBody(
            post(JSON_AND_SSE)
                .header("x-account-id", "acc_unknown")
                .body(initialize("2025-06-18"))
                .post("/mcp")
                .then(),
            404)
        .body("message", equalTo("Account not found"));
    String foreign =
        Api.account(AccountsKeyStub.PROJECT_B, "bamboohr", Sandbox.demoCredentials("bamboohr"));
    isErrorBody(
            post(JSON_AND_SSE)
                .queryParam("x-account-id", foreign)
                .body(initialize("2025-06-18"))
                .post("/mcp")
                .then(),
            404)
        .body("message", equalTo("Account not found"));
    // project B's key cannot use project A's session
    String session = Mcp.session(account);
    isErrorBody(
        as(AccountsKeyStub.KEY_B)
            .contentType(ContentType.JSON)
            .accept(JSON_AND_SSE)
            .header("Mcp-Session-Id", session)
            .body(request(2, "tools/list", null))
            .post("/mcp")
            .then(),
        404);
  }

  @Test
  void refusesForeignOriginsAndHosts() {
    String account = Api.bambooAccount();
    isErrorBody(
            post(JSON_AND_SSE)
                .header("x-account-id", account)
                .header("Origin", "http://evil.example.com")
                .body(initialize("2025-11-25"))
                .post("/mcp")
                .then(),
            403)
        .body("message", containsString("evil.example.com"));
    isErrorBody(
        post(JSON_AND_SSE)
            .header("x-account-id", account)
            .header("Host", "evil.example.com")
            .body(initialize("2025-11-25"))
            .post("/mcp")
            .then(),
        403);
    post(JSON_AND_SSE)
        .header("x-account-id", account)
        .header("Origin", "http://localhost:6274")
        .body(initialize("2025-11-25"))
        .post("/mcp")
        .then()
        .statusCode(200);
  }

  @Test
  void initializeNegotiatesTheVersionAndOpensASession() {
    String account = Api.bambooAccount();
    for (String version : List.of("2025-03-26", "2025-06-18", "2025-11-25")) {
      post(JSON_AND_SSE)
          .header("x-account-id", account)
          .body(initialize(version))
          .post("/mcp")
          .then()
          .statusCode(200)
          .contentType(ContentType.JSON)
          .header("Mcp-Session-Id", org.hamcrest.Matchers.matchesPattern("[\\x21-\\x7E]{16,}"))
          .body("jsonrpc", equalTo("2.0"))
          .body("id", equalTo(1))
          .body("result.protocolVersion", equalTo(version))
          .body("result.capabilities.tools", org.hamcrest.Matchers.notNullValue())
          .body("result.capabilities.logging", org.hamcrest.Matchers.notNullValue())
          .body("result.serverInfo.name", equalTo("patchbay"));
    }
    post(JSON_AND_SSE)
        .header("x-account-id", account)
        .body(initialize("1999-01-01"))
        .post("/mcp")
        .then()
        .statusCode(200)
        .body("result.protocolVersion", equalTo("2025-11-25"));

    String session = Mcp.session(account);
    assertEquals("{}", call(session, "ping", null).getMap("result").toString());
    isErrorBody(
            post(JSON_AND_SSE)
                .header("Mcp-Session-Id", session)
                .header("MCP-Protocol-Version", "1999-01-01")
                .body(request(2, "ping", null))
                .post("/mcp")
                .then(),
            400)
        .body("message", containsString("1999-01-01"));
    isErrorBody(post(JSON_AND_SSE).body(request(2, "ping", null)).post("/mcp").then(), 400)
        .body("message", containsString("Mcp-Session-Id"));
    isErrorBody(
        post(JSON_AND_SSE)
            .header("Mcp-Session-Id", "mcp_unknown")
            .body(request(2, "ping", null))
            .post("/mcp")
            .then(),
        404);
    isErrorBody(
        post(JSON_AND_SSE).header("Mcp-Session-Id", session).body("[]").post("/mcp").then(), 400);
    isErrorBody(
        post(JSON_AND_SSE).header("Mcp-Session-Id", session).body("{").post("/mcp").then(), 400);
    isErrorBody(
        post("text/html")
            .header("Mcp-Session-Id", session)
            .body(request(2, "ping", null))
            .post("/mcp")
            .then(),
        406);
    isErrorBody(
        as(AccountsKeyStub.KEY_A)
            .contentType(ContentType.TEXT)
            .accept(JSON_AND_SSE)
            .header("Mcp-Session-Id", session)
            .body(request(2, "ping", null))
            .post("/mcp")
            .then(),
        415);
    isErrorBody(
        as(AccountsKeyStub.KEY_A)
            .accept("application/json")
            .header("Mcp-Session-Id", session)
            .get("/mcp")
            .then(),
        406);
    assertEquals(-32601, call(session, "prompts/list", null).getInt("error.code"));

    as(AccountsKeyStub.KEY_A)
        .header("Mcp-Session-Id", session)
        .delete("/mcp")
        .then()
        .statusCode(200);
    isErrorBody(Mcp.send(session, request(3, "ping", null)).then(), 404);
    isErrorBody(
        as(AccountsKeyStub.KEY_A).header("Mcp-Session-Id", session).delete("/mcp/session").then(),
        404);
  }

  @Test
  void listsTheAccountsActionsAsToolsPageByPage() throws Exception {
    String session = Mcp.session(Api.bambooAccount());
    List<String> names = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonPath page =
          call(session, "tools/list", cursor == null ? "{}" : "{\"cursor\":\"" + cursor + "\"}");
      List<String> listed = page.getList("result.tools.name");
      assertTrue(listed.size() <= 10, "the test profile pages 10 tools");
      names.addAll(listed);
      cursor = page.getString("result.nextCursor");
      pages++;
    } while (cursor != null && pages < 20);
    assertEquals(Catalogue.actionIds("bamboohr"), names);
    assertTrue(pages > 1);

    // inputSchema is the action's operation_details, as GET /actions shows it
    JsonNode first = JSON.readTree(call(session, "tools/list", "{}").prettify());
    JsonNode tool = first.path("result").path("tools").path(0);
    JsonNode details =
        JSON.readTree(
                as(AccountsKeyStub.KEY_A)
                    .queryParam("filter[action_key]", tool.path("name").asText())
                    .queryParam("include", "operation_details")
                    .get("/actions")
                    .asString())
            .path("data")
            .path(0)
            .path("actions")
            .path(0)
            .path("operation_details");
    assertEquals(details, tool.path("inputSchema"));
    assertFalse(tool.path("description").asText().isEmpty());

    assertEquals(
        -32602, call(session, "tools/list", "{\"cursor\":\"not-a-cursor\"}").getInt("error.code"));
  }

  @Test
  void callsAToolAndAnswersTextAndStructuredContent() throws Exception {
    String session = Mcp.session(Api.bambooAccount());
    JsonPath listed = callTool(session, "bamboohr_list_employees", "{}");
    assertEquals(120, listed.getList("result.structuredContent.data").size());
    assertNull(listed.get("result.isError"));
    JsonNode text = JSON.readTree(listed.getString("result.content[0].text"));
    assertEquals("text", listed.getString("result.content[0].type"));
    assertEquals(120, text.path("data").size());

    JsonPath one = callTool(session, "bamboohr_get_employee", "{\"path\":{\"id\":\"7\"}}");
    assertEquals("Shafi", one.getString("result.structuredContent.data.first_name"));
  }

  @Test
  void invalidArgumentsAndProviderFailuresAreErrorResults() {
    String session = Mcp.session(Api.bambooAccount());
    JsonPath invalid = callTool(session, "bamboohr_get_employee", "{}");
    assertEquals(true, invalid.get("result.isError"));
    assertEquals(400, invalid.getInt("result.structuredContent.statusCode"));
    assertTrue(invalid.getString("result.content[0].text").contains("path"));

    Sandbox.fault("bamboohr", 500, 1);
    JsonPath failed = callTool(session, "bamboohr_list_employees", "{}");
    assertEquals(true, failed.get("result.isError"));
    assertEquals(502, failed.getInt("result.structuredContent.statusCode"));
    assertEquals(500, failed.getInt("result.structuredContent.provider_errors[0].status"));
    assertFalse(failed.prettify().contains(RequestLogEventTest.SECRET));

    JsonPath unknown = callTool(session, "bamboohr_fire_everyone", "{}");
    assertEquals(-32602, unknown.getInt("error.code"));
    assertTrue(unknown.getString("error.message").contains("bamboohr_fire_everyone"));
    // another connector's action is no tool of this account
    assertEquals(-32602, callTool(session, "stubhr_create_employee", "{}").getInt("error.code"));
    assertEquals(
        -32602,
        call(session, "tools/call", "{\"name\":\"bamboohr_list_employees\",\"arguments\":[1]}")
            .getInt("error.code"));
  }

  @Test
  void aToolCallStreamsLogAndProgressThenItsResultAndIsLoggedAsMcp() throws Exception {
    String account = Api.bambooAccount();
    String session = Mcp.session(account);
    call(session, "logging/setLevel", "{\"level\":\"debug\"}");
    assertEquals(
        -32602, call(session, "logging/setLevel", "{\"level\":\"loud\"}").getInt("error.code"));
    String stream =
        post(JSON_AND_SSE)
            .header("Mcp-Session-Id", session)
            .body(
                request(
                    9,
                    "tools/call",
                    "{\"name\":\"bamboohr_list_employees\",\"arguments\":{},"
                        + "\"_meta\":{\"progressToken\":\"p1\"}}"))
            .post("/mcp")
            .then()
            .statusCode(200)
            .contentType(containsString("text/event-stream"))
            .extract()
            .asString();
    List<JsonNode> events = new ArrayList<>();
    for (String event : stream.split("\n\n")) {
      assertTrue(event.startsWith("event: message\ndata: "), event);
      events.add(JSON.readTree(event.substring(event.indexOf("data: ") + 6)));
    }
    JsonNode last = events.get(events.size() - 1);
    assertEquals(9, last.path("id").asInt());
    assertEquals(120, last.path("result").path("structuredContent").path("data").size());
    List<JsonNode> logs =
        events.stream()
            .filter(e -> "notifications/message".equals(e.path("method").asText()))
            .toList();
    List<JsonNode> progress =
        events.stream()
            .filter(e -> "notifications/progress".equals(e.path("method").asText()))
            .toList();
    assertTrue(logs.size() >= 3, "start, steps and end: " + logs);
    assertEquals("debug", logs.get(1).path("params").path("level").asText());
    assertTrue(progress.size() >= 3, "start, steps and end: " + progress);
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(
          progress.get(i).path("params").path("progress").asInt()
              > progress.get(i - 1).path("params").path("progress").asInt());
      assertEquals("p1", progress.get(i).path("params").path("progressToken").asText());
    }
    assertFalse(stream.contains(RequestLogEventTest.SECRET));

    String requestId = logs.get(0).path("params").path("data").path("request_id").asText();
    JsonNode data = RequestLogEventTest.logged(requestId).data();
    assertEquals("MCP", data.path("source_type").asText());
    assertEquals(account, data.path("account_id").asText());
    assertEquals("bamboohr_list_employees", data.path("action").asText());
    assertEquals("/mcp", data.path("path").asText());
    assertEquals(200, data.path("status").asInt());
    assertEquals("tools/call", data.path("request").path("body").path("method").asText());
  }

  @Test
  void searchExecuteModeOffersTwoMetaTools() throws Exception {
    String session = Mcp.session(Api.bambooAccount(), "?tool-mode=search_execute");
    assertEquals(
        List.of("bamboohr_search_actions", "bamboohr_execute_action"),
        call(session, "tools/list", "{}").getList("result.tools.name"));
    JsonPath found =
        callTool(session, "bamboohr_search_actions", "{\"query\":\"get employee\",\"limit\":3}");
    List<String> names = found.getList("result.structuredContent.actions.name");
    assertEquals("bamboohr_get_employee", names.get(0));
    assertTrue(names.size() <= 3);
    JsonPath ran =
        callTool(
            session,
            "bamboohr_execute_action",
            "{\"action\":\"bamboohr_get_employee\",\"arguments\":{\"path\":{\"id\":\"7\"}}}");
    assertEquals("Shafi", ran.getString("result.structuredContent.data.first_name"));
    assertEquals(
        true,
        callTool(session, "bamboohr_execute_action", "{\"action\":\"bamboohr_nope\"}")
            .get("result.isError"));
    assertEquals(true, callTool(session, "bamboohr_search_actions", "{}").get("result.isError"));
    assertEquals(-32602, callTool(session, "bamboohr_list_employees", "{}").getInt("error.code"));
    isErrorBody(
        post(JSON_AND_SSE)
            .header("x-account-id", Api.bambooAccount())
            .body(initialize("2025-06-18"))
            .post("/mcp?tool-mode=everything")
            .then(),
        400);
  }

  @Test
  void aSessionHasOneServerStreamUntilItEnds() throws Exception {
    String session = Mcp.session(Api.bambooAccount());
    HttpRequest get =
        HttpRequest.newBuilder(URI.create(base + "mcp"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (AccountsKeyStub.KEY_A + ":").getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "text/event-stream")
            .header("Mcp-Session-Id", session)
            .GET()
            .build();
    HttpResponse<Stream<String>> stream =
        HttpClient.newHttpClient()
            .sendAsync(get, HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertEquals(200, stream.statusCode());
    assertTrue(
        stream.headers().firstValue("content-type").orElse("").contains("text/event-stream"));
    Iterator<String> lines = stream.body().iterator();
    // a quiet stream gets comment lines (every second in tests), so proxies keep it open
    assertTrue(
        CompletableFuture.supplyAsync(lines::next).get(10, TimeUnit.SECONDS).startsWith(":"));
    isErrorBody(
        as(AccountsKeyStub.KEY_A)
            .accept("text/event-stream")
            .header("Mcp-Session-Id", session)
            .get("/mcp/sse")
            .then(),
        409);
    isErrorBody(as(AccountsKeyStub.KEY_A).accept("text/event-stream").get("/mcp").then(), 400);
    as(AccountsKeyStub.KEY_A)
        .header("Mcp-Session-Id", session)
        .delete("/mcp/session")
        .then()
        .statusCode(200);
    // ending the session ends its stream
    CompletableFuture.runAsync(
            () -> {
              while (lines.hasNext()) {
                assertFalse(lines.next().startsWith("data:"));
              }
            })
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void theLegacyTransportNamesItsMessageEndpointAndAnswersOnTheStream() throws Exception {
    String account = Api.bambooAccount();
    HttpRequest get =
        HttpRequest.newBuilder(URI.create(base + "mcp/sse?x-account-id=" + account))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (AccountsKeyStub.KEY_A + ":").getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    HttpResponse<Stream<String>> stream =
        HttpClient.newHttpClient()
            .sendAsync(get, HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertEquals(200, stream.statusCode());
    Iterator<String> lines = stream.body().iterator();
    Map<String, String> first = event(lines);
    assertEquals("endpoint", first.get("event"));
    String endpoint = first.get("data");
    assertTrue(endpoint.matches("messages\\?sessionId=mcp_\\w+"), endpoint);
    String messages = "/mcp/" + endpoint;
    post(JSON_AND_SSE).body(initialize("2025-06-18")).post(messages).then().statusCode(202);
    Map<String, String> answer = event(lines);
    assertEquals("message", answer.get("event"));
    assertEquals(
        "2025-06-18",
        JSON.readTree(answer.get("data")).path("result").path("protocolVersion").asText());
    isErrorBody(
        as(AccountsKeyStub.KEY_B)
            .contentType(ContentType.JSON)
            .body(request(2, "ping", null))
            .post(messages)
            .then(),
        404);
    isErrorBody(
        post(JSON_AND_SSE)
            .body(request(2, "ping", null))
            .post("/mcp/messages?sessionId=mcp_nope")
            .then(),
        404);
  }

  /** The fields of the next event of a stream (comment lines skipped). */
  private static Map<String, String> event(Iterator<String> lines) {
    Map<String, String> fields = new HashMap<>();
    String line = lines.next();
    while (fields.isEmpty() || !line.isEmpty()) {
      if (!line.isEmpty() && !line.startsWith(":")) {
        int colon = line.indexOf(':');
        fields.put(line.substring(0, colon), line.substring(colon + 1).stripLeading());
      }
      line = lines.next();
    }
    return fields;
  }

  @Test
  void anAccountOfAnotherConnectorHasItsOwnTools() {
    String stub = Api.account(AccountsKeyStub.PROJECT_A, "stubhr", Map.of("apiKey", "k"));
    assertEquals(
        Catalogue.actionIds("stubhr"),
        call(Mcp.session(stub), "tools/list", "{}").getList("result.tools.name"));
  }
}
