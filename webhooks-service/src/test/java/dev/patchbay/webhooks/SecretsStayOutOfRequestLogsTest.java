package dev.patchbay.webhooks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.RequestLogTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every webhooks API request becomes a request-log event; the signing secret the API answers with
 * once, the caller's API key and bearer tokens sent in headers are not in it.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class SecretsStayOutOfRequestLogsTest {
  static final String BEARER = "webhooks-bearer-secret-5772";

  @Test
  void theSigningSecretAndTokensStayOutOfRequestLogs() {
    var created =
        Webhooks.as(AccountsKeyStub.KEY_A)
            .header("X-Upstream-Authorization", "Bearer " + BEARER)
            .body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("account.created")))
            .post("/webhooks")
            .then()
            .statusCode(201)
            .extract();
    String secret = created.path("secret");
    String event =
        RequestLogTopic.eventWithout(
            created.header("x-request-id"),
            List.of(AccountsKeyStub.KEY_A, BEARER, secret, secret.substring(6)));
    assertTrue(event.contains("\"secret\":\"[REDACTED]\""), event);
    assertTrue(event.contains("\"service\":\"webhooks\""), event);
    assertTrue(event.contains("\"status\":201"), event);

    var rotated =
        Webhooks.as(AccountsKeyStub.KEY_A)
            .post("/webhooks/" + created.path("id") + "/rotate_secret")
            .then()
            .statusCode(200)
            .extract();
    String newSecret = rotated.path("secret");
    RequestLogTopic.eventWithout(
        rotated.header("x-request-id"),
        List.of(AccountsKeyStub.KEY_A, secret.substring(6), newSecret.substring(6)));
  }
}
