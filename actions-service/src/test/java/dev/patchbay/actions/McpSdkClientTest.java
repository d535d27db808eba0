package dev.patchbay.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The MCP TypeScript SDK's own client transports, with the API key and the account in headers:
 * {@code StreamableHTTPClientTransport} and the deprecated {@code SSEClientTransport} (GET {@code
 * /mcp/sse}) list a BambooHR account's tools and call one.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class McpSdkClientTest {
  @TestHTTPResource("/")
  URL base;

  @Test
  void theSdkClientListsAndCallsToolsOverBothTransports() throws Exception {
    String node = McpNode.install();
    String account = Api.bambooAccount();
    Process client =
        new ProcessBuilder(
                node,
                McpNode.file("sdk-client.mjs"),
                base.toString().replaceAll("/$", ""),
                AccountsKeyStub.KEY_A,
                account)
            .directory(McpNode.DIR.toFile())
            .redirectError(McpNode.DIR.resolve("sdk-client.err").toFile())
            .start();
    String out = new String(client.getInputStream().readAllBytes()).trim();
    assertTrue(client.waitFor(2, TimeUnit.MINUTES), "the client script did not finish");
    JsonNode result = new ObjectMapper().readTree(out.substring(out.lastIndexOf('\n') + 1));
    assertTrue(result.path("ok").asBoolean(), "the SDK client failed: " + out);
    List<String> tools = Catalogue.actionIds("bamboohr");
    for (String transport : List.of("streamable", "legacy")) {
      JsonNode found = result.path(transport);
      assertEquals(tools, new ObjectMapper().convertValue(found.path("tools"), List.class), out);
      assertEquals("Shafi", found.path("firstName").asText(), out);
      assertEquals(-32602, found.path("unknownTool").asInt(), out);
    }
    assertTrue(result.path("streamable").path("sessionId").asText().startsWith("mcp_"), out);
  }
}
