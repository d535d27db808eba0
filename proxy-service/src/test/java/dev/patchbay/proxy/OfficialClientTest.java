package dev.patchbay.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * StackOne's official TypeScript client ({@code @stackone/stackone-client-ts@4.28.0}, installed
 * once into target/) sends requests through this test instance with {@code proxy.proxyRequest}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(FakeProvider.class)
class OfficialClientTest {
  static final String CLIENT = "@stackone/stackone-client-ts@4.28.0";
  static final Path DIR = Path.of("target", "official-client").toAbsolutePath();

  @TestHTTPResource("/")
  URL base;

  @Test
  void theOfficialClientsProxyRequestReachesTheProvider() throws Exception {
    Path script = install();
    Process node =
        new ProcessBuilder(
                "node",
                script.toString(),
                base.toString().replaceAll("/$", ""),
                AccountsKeyStub.KEY_A,
                Proxy.salesforceAccount())
            .directory(DIR.toFile())
            .redirectError(DIR.resolve("client.err").toFile())
            .start();
    String out = new String(node.getInputStream().readAllBytes()).trim();
    assertTrue(node.waitFor(2, TimeUnit.MINUTES), "the client script did not finish");
    JsonNode result = new ObjectMapper().readTree(out.substring(out.lastIndexOf('\n') + 1));
    assertTrue(result.path("ok").asBoolean(), "the official client failed: " + out);
    assertEquals(0, node.exitValue());
    assertEquals(200, result.path("getStatus").asInt());
    assertEquals("GET", result.path("getMethod").asText());
    assertEquals("/echo/client?x=1", result.path("getUri").asText());
    assertEquals("client", result.path("fromHeader").asText());
    assertEquals("{\"name\":\"Ada\"}", result.path("postBody").asText());
    assertEquals(404, result.path("unknownAccount").asInt());
  }

  private static synchronized Path install() throws IOException, InterruptedException {
    Files.createDirectories(DIR);
    Path script = DIR.resolve("official-client.mjs");
    try (InputStream in = OfficialClientTest.class.getResourceAsStream("/official-client.mjs")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(DIR.resolve("node_modules/@stackone/stackone-client-ts"))) {
      Files.writeString(DIR.resolve("package.json"), "{\"private\": true}\n");
      Process npm =
          new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save", CLIENT)
              .directory(DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(DIR.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(3, TimeUnit.MINUTES) || npm.exitValue() != 0) {
        throw new IllegalStateException("npm install " + CLIENT + " failed; see " + DIR);
      }
    }
    return script;
  }
}
