package dev.patchbay.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The MCP conformance suite ({@code @modelcontextprotocol/conformance@0.1.16}, active suite)
 * against this instance, for an account of the test connector {@code test} whose actions are the
 * suite's fixture tools (src/test/resources/extra-connectors/mcp-conformance). The runner sends no
 * credentials, so it talks to a small proxy that adds the API key; the account goes in the query.
 * It exits non-zero on any failure outside {@code mcp/conformance-baseline.yml}, and on a baseline
 * entry that passes.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class McpConformanceTest {
  static final int SCENARIOS = 30;
  static final int EXPECTED_FAILURES = 16;
  private static final Pattern SCENARIO = Pattern.compile("(?m)^([✓✗]) [a-z0-9-]+: ");

  @TestHTTPResource("/")
  URL base;

  @Test
  void passesEveryScenarioOfAToolsServer() throws Exception {
    String node = McpNode.install();
    String account = Api.account(AccountsKeyStub.PROJECT_A, "test", Map.of());
    Process proxy =
        new ProcessBuilder(
                node,
                McpNode.file("auth-proxy.mjs"),
                base.toString().replaceAll("/$", ""),
                AccountsKeyStub.KEY_A)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String port =
          new BufferedReader(new InputStreamReader(proxy.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      Path log = McpNode.DIR.resolve("conformance.log");
      Process suite =
          new ProcessBuilder(
                  node,
                  McpNode.DIR
                      .resolve("node_modules/@modelcontextprotocol/conformance/dist/index.js")
                      .toString(),
                  "server",
                  "--url",
                  "http://127.0.0.1:" + port + "/mcp?x-account-id=" + account,
                  "--expected-failures",
                  McpNode.file("conformance-baseline.yml"))
              .directory(McpNode.DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      assertTrue(suite.waitFor(5, TimeUnit.MINUTES), "the conformance suite did not finish");
      String out = Files.readString(log);
      assertEquals(0, suite.exitValue(), "failures outside the baseline:\n" + out);
      assertTrue(out.contains("Baseline check passed"), out);
      int passed = 0;
      int failed = 0;
      for (Matcher scenario = SCENARIO.matcher(out); scenario.find(); ) {
        if (scenario.group(1).equals("✓")) {
          passed++;
        } else {
          failed++;
        }
      }
      assertEquals(SCENARIOS - EXPECTED_FAILURES, passed, out);
      assertEquals(EXPECTED_FAILURES, failed, out);
    } finally {
      proxy.destroy();
    }
  }
}
