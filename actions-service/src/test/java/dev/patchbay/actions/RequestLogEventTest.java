package dev.patchbay.actions;

import static dev.patchbay.actions.Api.rpc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class RequestLogEventTest {
  static final String SECRET = "sandbox-bamboohr-key";

  static CloudEvent logged(String requestIdOrAccount) {
    List<ConsumerRecord<String, String>> records =
        TopicProbe.read(
            Topics.REQUEST_LOGS, v -> v.contains(requestIdOrAccount), 1, Duration.ofSeconds(30));
    assertEquals(1, records.size(), "one request-log event per RPC");
    String value = records.get(0).value();
    assertFalse(value.contains(SECRET), "the API key of the account reached the event");
    assertFalse(
        value.contains(
            Base64.getEncoder().encodeToString((SECRET + ":x").getBytes(StandardCharsets.UTF_8))),
        "the provider's Authorization header reached the event");
    assertFalse(value.contains(AccountsKeyStub.KEY_A), "the caller's API key reached the event");
    assertEquals(records.get(0).key(), EventJson.read(value).subject());
    return EventJson.read(value);
  }

  @Test
  void eachRpcIsOneRequestLogEventWithoutSecrets() {
    String account = Api.bambooAccount();
    String requestId =
        rpc(
                account,
                "{\"action\":\"bamboohr_list_employees\",\"query\":{\"note\":\"" + SECRET + "\"}}")
            .then()
            .statusCode(200)
            .extract()
            .header("x-request-id");

    CloudEvent event = logged(requestId);
    assertEquals("request.logged", event.type());
    assertEquals("/patchbay/actions-service", event.source());
    assertEquals(AccountsKeyStub.PROJECT_A, event.projectid());
    JsonNode data = event.data();
    assertEquals(requestId, data.path("request_id").asText());
    assertEquals(AccountsKeyStub.PROJECT_A, data.path("project_id").asText());
    assertEquals(account, data.path("account_id").asText());
    assertEquals("bamboohr", data.path("provider").asText());
    assertEquals("actions", data.path("service").asText());
    assertEquals("employees", data.path("resource").asText());
    assertEquals("bamboohr_list_employees", data.path("action").asText());
    assertEquals("POST", data.path("http_method").asText());
    assertEquals("/actions/rpc", data.path("path").asText());
    assertEquals(200, data.path("status").asInt());
    assertTrue(data.path("success").asBoolean());
    assertTrue(data.path("duration").isNumber());
    assertEquals("API", data.path("source_type").asText());
    assertFalse(data.path("source_ip").asText().isEmpty());
    assertEquals("[REDACTED]", data.path("request").path("headers").path("authorization").asText());
    assertEquals(account, data.path("request").path("headers").path("x-account-id").asText());
    assertEquals(
        "bamboohr_list_employees", data.path("request").path("body").path("action").asText());
    // the response (120 employees) is longer than the test's 4 KiB limit: cut, and flagged
    assertTrue(data.path("response").path("body_truncated").asBoolean());
    assertEquals(200, data.path("response").path("status_code").asInt());
    JsonNode step = data.path("step_requests").path(0);
    assertEquals("fetch_employees", step.path("step_id").asText());
    assertEquals("request", step.path("function").asText());
    assertTrue(step.path("success").asBoolean());
    assertEquals(200, step.path("status").asInt());
    // the engine's step log: timed, with the provider exchange (its auth header masked)
    assertEquals("request", step.path("kind").asText());
    assertTrue(step.path("duration").isNumber());
    assertTrue(step.path("provider_request").path("url").asText().contains("/reports/custom"));
    assertEquals(200, step.path("provider_response").path("status").asInt());
    JsonNode mapping = data.path("step_requests").path(1);
    assertEquals("mapping", mapping.path("kind").asText());
  }

  @Test
  void refusedAndFailedCallsAreLoggedToo() {
    rpc("acc_nobody", "{\"action\":\"bamboohr_list_employees\"}").then().statusCode(404);
    JsonNode refused = logged("acc_nobody").data();
    assertEquals(404, refused.path("status").asInt());
    assertFalse(refused.path("success").asBoolean());

    String account = Api.bambooAccount();
    Sandbox.fault("bamboohr", 503, 1);
    rpc(account, "{\"action\":\"bamboohr_list_employees\"}").then().statusCode(502);
    JsonNode failed = logged(account).data();
    assertEquals(502, failed.path("status").asInt());
    assertEquals(
        503, failed.path("response").path("provider_errors").path(0).path("status").asInt());
    JsonNode step = failed.path("step_requests").path(0);
    assertEquals("fetch_employees", step.path("step_id").asText());
    assertFalse(step.path("success").asBoolean());
    assertEquals(503, step.path("status").asInt());
  }

  @Test
  void bearerTokensAndSecretFieldsSentToTheRpcStayOut() {
    String account = Api.bambooAccount();
    String bearer = "rpc-upstream-bearer-secret-8080";
    String password = "rpc-body-password-secret-9090";
    String requestId =
        Api.as(AccountsKeyStub.KEY_A)
            .header("x-account-id", account)
            .header("X-Upstream-Authorization", "Bearer " + bearer)
            .contentType("application/json")
            .body(
                "{\"action\":\"bamboohr_list_employees\",\"headers\":{\"Authorization\":\"Bearer "
                    + bearer
                    + "\"},\"query\":{\"password\":\""
                    + password
                    + "\"}}")
            .post("/actions/rpc")
            .then()
            .extract()
            .header("x-request-id");
    String event =
        dev.patchbay.testing.RequestLogTopic.eventWithout(
            requestId, List.of(bearer, password, SECRET, AccountsKeyStub.KEY_A));
    assertTrue(event.contains("\"source_type\":\"API\""), event);
  }
}
