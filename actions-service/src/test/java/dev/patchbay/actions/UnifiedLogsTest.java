package dev.patchbay.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code raw=true} and the request logs of unified calls: the provider calls, without secrets. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class UnifiedLogsTest {
  static final String SECRET = RequestLogEventTest.SECRET;

  @Test
  void rawAddsTheProviderCallsWithoutSecrets() throws Exception {
    String account = Unified.account("bamboohr");
    Response listed =
        Unified.get(account, "/unified/hris/employees", Map.of("raw", "true", "page_size", "2"));
    listed.then().statusCode(200);
    String text = listed.asString();
    assertNoSecret(text);
    JsonNode body = new ObjectMapper().readTree(text);
    assertEquals(2, body.path("data").size());
    JsonNode call = body.path("raw").path(0);
    assertEquals("post", call.path("method").asText());
    assertTrue(call.path("url").asText().contains("/reports/custom"), call.toString());
    assertEquals("Patchbay employees", call.path("body").path("title").asText());
    // the report of 120 employees is longer than the step logs keep: cut, so it comes as text
    assertTrue(call.path("response").asText().contains("\"employees\""), call.toString());

    Response one = Unified.get(account, "/unified/hris/employees/7", Map.of("raw", "true"));
    one.then().statusCode(200);
    assertNoSecret(one.asString());
    JsonNode get = new ObjectMapper().readTree(one.asString());
    assertEquals("get", get.path("raw").path(0).path("method").asText());
    assertEquals("7", get.path("raw").path(0).path("response").path("id").asText());

    // proxy[k]=v goes to the provider as a query parameter of each request
    JsonNode proxied =
        new ObjectMapper()
            .readTree(
                Unified.get(
                        account,
                        "/unified/hris/employees/7",
                        Map.of("raw", "true", "proxy[trace]", "abc"))
                    .asString());
    assertTrue(
        proxied.path("raw").path(0).path("url").asText().contains("trace=abc"),
        proxied.path("raw").toString());
    assertEquals("7", proxied.path("data").path("id").asText());

    JsonNode plain =
        new ObjectMapper()
            .readTree(Unified.get(account, "/unified/hris/employees/7", Map.of()).asString());
    assertTrue(plain.path("raw").isMissingNode(), "raw only when asked for");
  }

  @Test
  void aUnifiedCallIsOneRequestLogWithTheAccountTheActionAndItsSteps() {
    String account = Unified.newAccount(AccountsKeyStub.PROJECT_A, "bamboohr");
    String requestId =
        Unified.get(account, "/unified/hris/employees", Map.of("page_size", "3"))
            .then()
            .statusCode(200)
            .extract()
            .header("x-request-id");
    JsonNode data = RequestLogEventTest.logged(requestId).data();
    assertEquals(account, data.path("account_id").asText());
    assertEquals("bamboohr", data.path("provider").asText());
    assertEquals("employees", data.path("resource").asText());
    assertEquals("bamboohr_list_employees", data.path("action").asText());
    assertEquals("GET", data.path("http_method").asText());
    assertEquals("/unified/hris/employees", data.path("path").asText());
    assertEquals(200, data.path("status").asInt());
    JsonNode step = data.path("step_requests").path(0);
    assertEquals("fetch_employees", step.path("step_id").asText());
    assertTrue(step.path("provider_request").path("url").asText().contains("/reports/custom"));
    assertNoSecret(data.toString());
  }

  @Test
  void refusedUnifiedCallsAreLoggedToo() {
    String account = Unified.newAccount(AccountsKeyStub.PROJECT_A, "greenhouse");
    Unified.get(account, "/unified/hris/employees", Map.of()).then().statusCode(422);
    JsonNode refused = RequestLogEventTest.logged(account).data();
    assertEquals(422, refused.path("status").asInt());
    assertFalse(refused.path("success").asBoolean());
  }

  private static void assertNoSecret(String text) {
    assertFalse(text.contains(SECRET), "the account's API key is in " + text);
    assertFalse(
        text.contains(
            Base64.getEncoder().encodeToString((SECRET + ":x").getBytes(StandardCharsets.UTF_8))),
        "the provider's Authorization header is in the answer");
  }
}
