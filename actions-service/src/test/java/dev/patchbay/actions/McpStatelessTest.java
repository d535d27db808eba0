package dev.patchbay.actions;

import static dev.patchbay.actions.Api.as;
import static dev.patchbay.actions.Api.isErrorBody;
import static dev.patchbay.actions.Mcp.JSON_AND_SSE;
import static dev.patchbay.actions.Mcp.initialize;
import static dev.patchbay.actions.Mcp.post;
import static dev.patchbay.actions.Mcp.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code patchbay.mcp.stateless}: no sessions, every POST stands alone, GET and DELETE are 405. */
@QuarkusTest
@TestProfile(McpStatelessTest.Stateless.class)
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class McpStatelessTest {
  public static class Stateless implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("patchbay.mcp.stateless", "true");
    }
  }

  @Test
  void everyRequestStandsAloneWithoutASession() {
    String account = Api.bambooAccount();
    post(JSON_AND_SSE)
        .header("x-account-id", account)
        .body(initialize("2025-06-18"))
        .post("/mcp")
        .then()
        .statusCode(200)
        .header("Mcp-Session-Id", (String) null)
        .body("result.protocolVersion", equalTo("2025-06-18"));
    post("application/json")
        .queryParam("account_id", account)
        .body(
            request(
                2,
                "tools/call",
                "{\"name\":\"bamboohr_get_employee\",\"arguments\":{\"path\":{\"id\":\"7\"}}}"))
        .post("/mcp")
        .then()
        .statusCode(200)
        .body("result.structuredContent.data.first_name", equalTo("Shafi"));
    post(JSON_AND_SSE)
        .header("x-account-id", account)
        .body(request(3, "tools/list", null))
        .post("/mcp")
        .then()
        .statusCode(200)
        .body("result.tools", hasSize(10));
    isErrorBody(post(JSON_AND_SSE).body(request(3, "tools/list", null)).post("/mcp").then(), 400);
  }

  @Test
  void getAndDeleteAre405() {
    for (String path : new String[] {"/mcp", "/mcp/sse"}) {
      isErrorBody(as(AccountsKeyStub.KEY_A).accept("text/event-stream").get(path).then(), 405)
          .header("Allow", "POST");
    }
    isErrorBody(as(AccountsKeyStub.KEY_A).header("Mcp-Session-Id", "x").delete("/mcp").then(), 405);
  }
}
