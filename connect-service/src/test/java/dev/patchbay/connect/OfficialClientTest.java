package dev.patchbay.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.OfficialClient;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** StackOne's official client creates and authenticates connect sessions against this service. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class OfficialClientTest {

  @TestHTTPResource("/")
  URL base;

  @Test
  void theOfficialClientCreatesAndAuthenticatesASession() throws Exception {
    JsonNode result =
        OfficialClient.run(
            "connect-sessions-client.mjs",
            base.toString().replaceAll("/$", ""),
            AccountsKeyStub.KEY_A);
    assertTrue(result.path("ok").asBoolean(), "the official client failed: " + result);
    JsonNode created = result.path("created");
    assertEquals(1, created.path("organizationId").asInt());
    assertEquals(AccountsKeyStub.PROJECT_A, created.path("projectId").asText());
    assertEquals("bamboohr", created.path("provider").asText());
    assertEquals("[\"hris\",\"hris-legacy\"]", created.path("categories").toString());
    assertTrue(created.path("hasToken").asBoolean());
    assertTrue(created.path("createdAt").asBoolean());
    assertTrue(created.path("authLinkUrl").asText().contains("/connect?token=cst_"));
    assertEquals(created.path("id").asLong(), result.path("authenticated").path("id").asLong());
    assertEquals("client-owner", result.path("authenticated").path("originOwnerId").asText());
    assertTrue(result.path("authenticated").path("token").isNull());
    assertEquals("UnauthorizedResponse 401", result.path("unknownToken").asText());
  }
}
