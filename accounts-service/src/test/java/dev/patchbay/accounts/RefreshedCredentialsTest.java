package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StoredRows;
import dev.patchbay.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The token write-back of another service: PUT /internal/accounts/{id}/credentials. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RefreshedCredentialsTest {
  @Inject AgroalDataSource db;

  static Response put(Project project, String accountId, String body) {
    return given()
        .header("X-Patchbay-Internal-Token", InternalCredentials.TOKEN)
        .queryParam("project_id", project.id())
        .contentType(ContentType.JSON)
        .body(body)
        .put("/internal/accounts/" + accountId + "/credentials");
  }

  @Test
  void refreshedTokensAreMergedSealedAndNeverEchoed() throws SQLException {
    Project project = Projects.create("refresh");
    String id =
        Projects.importAccount(
            project,
            "hibob",
            Map.of("clientId", "client-1", "accessToken", "old-access", "refreshToken", "old-r"));

    Response answer =
        put(
            project,
            id,
            "{\"credentials\":{\"accessToken\":\"new-access-4711\","
                + "\"refreshToken\":\"new-refresh-4711\",\"expiresAt\":\"2030-01-01T00:00:00Z\"}}");
    answer.then().statusCode(204);
    assertFalse(answer.asString().contains("4711"));

    InternalCredentials.of(project, id)
        .then()
        .statusCode(200)
        .body("credentials.clientId", equalTo("client-1"))
        .body("credentials.accessToken", equalTo("new-access-4711"))
        .body("credentials.refreshToken", equalTo("new-refresh-4711"))
        .body("credentials.expiresAt", equalTo("2030-01-01T00:00:00Z"))
        .body("status", equalTo("active"))
        .body("provider", equalTo("hibob"));
    StoredRows.assertNoColumnHolds(db, "accounts.linked_accounts", id, "new-access-4711");

    // the same values again change nothing and send nothing
    put(project, id, "{\"credentials\":{\"accessToken\":\"new-access-4711\"}}")
        .then()
        .statusCode(204);
    List<ConsumerRecord<String, String>> records =
        TopicProbe.read(Topics.ACCOUNTS, v -> v.contains(id), 2, Duration.ofSeconds(20));
    assertEquals(
        List.of("account.created", "account.updated"),
        records.stream().map(r -> EventJson.read(r.value()).type()).toList());
    records.forEach(r -> assertFalse(r.value().contains("4711")));
  }

  @Test
  void refusesWithoutTheTokenAForeignProjectAndEmptyBodies() {
    Project project = Projects.create("refresh-guard");
    Project other = Projects.create("refresh-other");
    String id = Projects.importAccount(project, "hibob", Map.of("accessToken", "a"));
    AccountApiTest.isErrorBody(
        given()
            .queryParam("project_id", project.id())
            .contentType(ContentType.JSON)
            .body("{\"credentials\":{\"accessToken\":\"x\"}}")
            .put("/internal/accounts/" + id + "/credentials")
            .then(),
        401);
    AccountApiTest.isErrorBody(
        put(other, id, "{\"credentials\":{\"accessToken\":\"x\"}}").then(), 404);
    AccountApiTest.isErrorBody(put(project, id, "{\"credentials\":{}}").then(), 400);
    AccountApiTest.isErrorBody(put(project, id, "{}").then(), 400);
    AccountApiTest.isErrorBody(put(project, id, "{\"credentials\":\"x\"}").then(), 400);
    InternalCredentials.of(project, id).then().body("credentials.accessToken", equalTo("a"));
  }
}
