package dev.patchbay.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.OfficialClient;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * StackOne's official TypeScript client (platform-testing's {@link OfficialClient}) lists
 * connectors and actions and runs an action against this test instance.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class OfficialClientTest {
  @TestHTTPResource("/")
  URL base;

  @Test
  void theOfficialClientListsConnectorsAndActionsAndRunsOne() throws Exception {
    String account = Api.bambooAccount();
    JsonNode result =
        OfficialClient.run(
            "official-client.mjs",
            base.toString().replaceAll("/$", ""),
            AccountsKeyStub.KEY_A,
            account);
    assertTrue(result.path("connectors").toString().contains("bamboohr"));
    assertEquals(Catalogue.actionIds("bamboohr"), list(result.path("actions")));
    assertEquals(Catalogue.keys(), list(result.path("groups")));
    assertEquals(120, result.path("rpcRecords").asInt());
    assertEquals(404, result.path("unknownAction").asInt());
    assertEquals(400, result.path("missingInput").asInt());
  }

  private static List<String> list(JsonNode array) {
    return new ObjectMapper()
        .convertValue(array, new com.fasterxml.jackson.core.type.TypeReference<>() {});
  }
}
