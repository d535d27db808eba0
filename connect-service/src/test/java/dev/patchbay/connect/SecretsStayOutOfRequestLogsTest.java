package dev.patchbay.connect;

import static dev.patchbay.connect.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.RequestLogTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every connect-sessions API request becomes a request-log event; the session token the API answers
 * with, the caller's API key and a bearer token sent in a header are not in it.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class SecretsStayOutOfRequestLogsTest {
  static final String BEARER = "connect-caller-bearer-3391";

  @Test
  void theSessionTokenAndTheCallersSecretsStayOutOfRequestLogs() {
    var created =
        as(AccountsKeyStub.KEY_A)
            .header("X-Upstream-Authorization", "Bearer " + BEARER)
            .body(
                "{\"origin_owner_id\":\"c-1\",\"origin_owner_name\":\"C\",\"provider\":\"bamboohr\"}")
            .post("/connect_sessions")
            .then()
            .statusCode(201)
            .extract();
    String token = created.path("token");
    String event =
        RequestLogTopic.eventWithout(
            created.header("x-request-id"),
            List.of(AccountsKeyStub.KEY_A, BEARER, token, token.substring(4)));
    assertTrue(event.contains("\"service\":\"connect\""), event);
    assertTrue(event.contains("\"status\":201"), event);
  }
}
