package dev.patchbay.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.OfficialClient;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * StackOne's official TypeScript client (platform-testing's {@link OfficialClient}) sends requests
 * through this test instance with {@code proxy.proxyRequest}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(FakeProvider.class)
class OfficialClientTest {
  @TestHTTPResource("/")
  URL base;

  @Test
  void theOfficialClientsProxyRequestReachesTheProvider() throws Exception {
    JsonNode result =
        OfficialClient.run(
            "official-client.mjs",
            base.toString().replaceAll("/$", ""),
            AccountsKeyStub.KEY_A,
            Proxy.salesforceAccount());
    assertEquals(200, result.path("getStatus").asInt());
    assertEquals("GET", result.path("getMethod").asText());
    assertEquals("/echo/client?x=1", result.path("getUri").asText());
    assertEquals("client", result.path("fromHeader").asText());
    assertEquals("{\"name\":\"Ada\"}", result.path("postBody").asText());
    assertEquals(404, result.path("unknownAccount").asInt());
  }
}
