package dev.patchbay.proxy;

import static dev.patchbay.proxy.Proxy.as;
import static dev.patchbay.proxy.Proxy.salesforceAccount;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.RequestLogTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every proxied request becomes a request-log event; the caller's API key, a bearer token it sends,
 * the account's credentials and the provider's answer (which echoes the account's authorization
 * here) are not in it.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(FakeProvider.class)
class SecretsStayOutOfRequestLogsTest {
  static final String BEARER = "proxy-caller-bearer-8841";

  @Test
  void credentialsAndTokensStayOutOfTheProxysRequestLogs() {
    String account = salesforceAccount();
    var answered =
        as(AccountsKeyStub.KEY_A)
            .contentType(ContentType.JSON)
            .header("x-account-id", account)
            .header("X-Upstream-Authorization", "Bearer " + BEARER)
            .body(
                Map.of(
                    "method",
                    "post",
                    "path",
                    "/echo/logged",
                    "headers",
                    Map.of("X-Note", "Bearer " + BEARER),
                    "body",
                    Map.of("api_token", BEARER)))
            .post("/proxy")
            .then()
            .statusCode(200)
            .extract();
    String event =
        RequestLogTopic.eventWithout(
            answered.header("x-request-id"),
            List.of(
                AccountsKeyStub.KEY_A, BEARER, "account-token", "client-secret", "refresh-token"));
    assertTrue(event.contains("\"service\":\"proxy\""), event);
    assertTrue(event.contains("\"path\":\"/proxy\""), event);
    assertTrue(event.contains("[streamed]"), event);
  }
}
