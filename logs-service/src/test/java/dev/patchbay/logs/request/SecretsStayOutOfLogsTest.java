package dev.patchbay.logs.request;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.RequestLogTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The whole path of a request log, in one service: logs-service logs its own API requests like
 * every service does (the shared request-logs filter), puts them on the topic, consumes and stores
 * them. Credentials and bearer tokens sent in headers, the query and as the API key itself reach
 * neither the topic nor any logs table.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class SecretsStayOutOfLogsTest {
  static final String BEARER = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LWJlYXJlcg.sig-of-the-bearer";
  static final String COOKIE = "cookie-session-secret-4711";
  static final String HEADER_TOKEN = "header-token-secret-0815";
  static final String QUERY_TOKEN = "query-access-token-secret-42";
  static final String CONFIGURED = "sk_test_configuredpattern99";

  @Inject DataSource db;

  @Test
  void noCredentialOrBearerTokenReachesTheTopicOrTheTables() throws Exception {
    List<String> secrets =
        List.of(AccountsKeyStub.KEY_A, BEARER, COOKIE, HEADER_TOKEN, QUERY_TOKEN, CONFIGURED);
    String requestId =
        LogEvents.as(AccountsKeyStub.KEY_A)
            .header("Cookie", "session=" + COOKIE)
            .header("X-Api-Token", HEADER_TOKEN)
            .header("X-Upstream-Authorization", "Bearer " + BEARER)
            .queryParam("access_token", QUERY_TOKEN)
            // values of ordinary fields: a bearer token, and what a configured pattern catches
            .queryParam("source_values", "Bearer " + BEARER + "," + CONFIGURED)
            .get("/logs")
            .then()
            .statusCode(200)
            .extract()
            .header("x-request-id");

    String event = RequestLogTopic.eventWithout(requestId, secrets);
    assertTrue(event.contains("\"authorization\":\"[REDACTED]\""), event);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                LogEvents.as(AccountsKeyStub.KEY_A)
                    .get("/logs/" + requestId)
                    .then()
                    .statusCode(200));
    String stored = everyRow();
    assertTrue(stored.contains(requestId), "the log was stored");
    RequestLogTopic.assertNoSecret(stored, secrets);
  }

  /** Every row of every logs table, as text. */
  private String everyRow() throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String table : List.of("request_logs", "step_logs", "platform_logs")) {
        try (ResultSet rows = s.executeQuery("select t::text from " + table + " t")) {
          while (rows.next()) {
            all.append(rows.getString(1)).append('\n');
          }
        }
      }
    }
    return all.toString();
  }
}
