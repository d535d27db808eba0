package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.RequestLogTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every accounts API request becomes a request-log event; the credentials and bearer tokens sent
 * with it (the API key, account credentials in the body, tokens in headers, a malformed body) are
 * not in it.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SecretsStayOutOfRequestLogsTest {
  static final String API_KEY = "bamboo-api-key-secret-31337";
  static final String PASSWORD = "account-password-secret-2718";
  static final String BEARER = "upstream-bearer-secret-1618";
  static final String MALFORMED = "malformed-body-secret-1414";

  RequestSpecification as(Project project) {
    return given()
        .auth()
        .preemptive()
        .basic(project.key(), "")
        .contentType(ContentType.JSON)
        .header("X-Upstream-Authorization", "Bearer " + BEARER);
  }

  @Test
  void credentialsAndTokensSentToAccountsStayOutOfRequestLogs() {
    Project project = Projects.create("logged");
    List<String> secrets = List.of(project.key(), API_KEY, PASSWORD, BEARER, MALFORMED);
    String created =
        as(project)
            .body(
                "{\"provider\":\"bamboohr\",\"origin_owner_id\":\"o1\",\"origin_owner_name\":\"O\","
                    + "\"credentials\":{\"api_key\":\""
                    + API_KEY
                    + "\",\"subdomain\":\"acme\"},\"setup_information\":{\"password\":\""
                    + PASSWORD
                    + "\"}}")
            .post("/accounts")
            .then()
            .statusCode(201)
            .extract()
            .header("x-request-id");
    String event = RequestLogTopic.eventWithout(created, secrets);
    assertTrue(event.contains("\"credentials\":\"[REDACTED]\""), event);
    assertTrue(event.contains("\"service\":\"accounts\""), event);

    String malformed =
        as(project)
            .body("{\"credentials\":{\"api_key\":\"" + MALFORMED + "\"")
            .post("/accounts")
            .then()
            .statusCode(400)
            .extract()
            .header("x-request-id");
    String refused = RequestLogTopic.eventWithout(malformed, secrets);
    assertTrue(refused.contains("\"status\":400"), refused);
  }
}
