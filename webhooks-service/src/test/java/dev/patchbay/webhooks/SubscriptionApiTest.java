package dev.patchbay.webhooks;

import static dev.patchbay.webhooks.Webhooks.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StoredRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class SubscriptionApiTest {
  static final String A = AccountsKeyStub.KEY_A;
  static final String B = AccountsKeyStub.KEY_B;
  static final String URL = "http://127.0.0.1:9/hook";

  @Inject AgroalDataSource db;

  static void isErrorBody(ValidatableResponse response, int status) {
    response
        .statusCode(status)
        .contentType(ContentType.JSON)
        .body("statusCode", equalTo(status))
        .body("message", notNullValue())
        .body("timestamp", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
  }

  @Test
  void everyEndpointRefusesCallsWithoutAKnownKey() {
    String id = Webhooks.subscribe(A, URL, List.of("account.created")).id();
    isErrorBody(given().get("/webhooks").then(), 401);
    isErrorBody(given().contentType(ContentType.JSON).body("{}").post("/webhooks").then(), 401);
    isErrorBody(given().get("/webhooks/" + id).then(), 401);
    isErrorBody(
        given().contentType(ContentType.JSON).body("{}").patch("/webhooks/" + id).then(), 401);
    isErrorBody(given().delete("/webhooks/" + id).then(), 401);
    isErrorBody(given().get("/webhooks/" + id + "/deliveries").then(), 401);
    isErrorBody(
        given().contentType(ContentType.JSON).body("{}").post("/webhooks/" + id + "/replay").then(),
        401);
    isErrorBody(
        given().contentType(ContentType.JSON).post("/webhooks/" + id + "/rotate_secret").then(),
        401);
    isErrorBody(
        given().auth().preemptive().basic("v1.local.nope", "").get("/webhooks").then(), 401);
  }

  @Test
  void anotherProjectsSubscriptionIsNotFound() {
    String id = Webhooks.subscribe(A, URL, List.of("account.created")).id();
    isErrorBody(as(B).get("/webhooks/" + id).then(), 404);
    isErrorBody(as(B).body("{\"enabled\":false}").patch("/webhooks/" + id).then(), 404);
    isErrorBody(as(B).delete("/webhooks/" + id).then(), 404);
    isErrorBody(as(B).get("/webhooks/" + id + "/deliveries").then(), 404);
    isErrorBody(
        as(B)
            .body("{\"since\":\"2020-01-01T00:00:00Z\"}")
            .post("/webhooks/" + id + "/replay")
            .then(),
        404);
    isErrorBody(as(B).post("/webhooks/" + id + "/rotate_secret").then(), 404);
    as(B).get("/webhooks").then().statusCode(200).body("data.id", not(hasItem(id)));
    as(A).get("/webhooks/" + id).then().statusCode(200).body("enabled", equalTo(true));
  }

  @Test
  void theSecretIsShownOnceAndStoredSealed() throws SQLException {
    var created =
        as(A)
            .body(
                Map.of(
                    "url",
                    URL,
                    "events",
                    List.of("account.created", "account.deleted"),
                    "description",
                    "CRM sync"))
            .post("/webhooks")
            .then()
            .statusCode(201)
            .body("id", matchesPattern("whk_\\w{20}"))
            .body("url", equalTo(URL))
            .body("events", equalTo(List.of("account.created", "account.deleted")))
            .body("description", equalTo("CRM sync"))
            .body("enabled", equalTo(true))
            .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
            .extract();
    String id = created.path("id");
    String secret = created.path("secret");
    as(A).get("/webhooks/" + id).then().body("$", not(org.hamcrest.Matchers.hasKey("secret")));
    as(A).get("/webhooks").then().body(not(containsString(secret)));
    StoredRows.assertNoColumnHolds(db, "webhooks.subscriptions", id, secret.substring(6, 30));
  }

  @Test
  void badBodiesAnswer400() {
    for (String body :
        List.of(
            "{\"url\":\"ftp://127.0.0.1/x\",\"events\":[\"account.created\"]}",
            "{\"url\":\"not a url\",\"events\":[\"account.created\"]}",
            "{\"url\":\"file:///etc/passwd\",\"events\":[\"account.created\"]}",
            "{\"url\":\"" + URL + "\",\"events\":[]}",
            "{\"url\":\"" + URL + "\",\"events\":[\"account.renamed\"]}",
            // request logs are an internal stream, never delivered to webhooks
            "{\"url\":\"" + URL + "\",\"events\":[\"request.logged\"]}",
            "{\"url\":\"" + URL + "\",\"events\":\"account.created\"}",
            "{\"url\":\"" + URL + "\"}",
            "{\"events\":[\"account.created\"]}",
            "{\"url\": ")) {
      isErrorBody(as(A).body(body).post("/webhooks").then(), 400);
    }
    as(A)
        .body("{\"url\":\"" + URL + "\",\"events\":[\"account.renamed\"]}")
        .post("/webhooks")
        .then()
        .body("message", containsString("account.renamed"));
    String id = Webhooks.subscribe(A, URL, List.of("account.created")).id();
    isErrorBody(as(A).body("{\"events\":[]}").patch("/webhooks/" + id).then(), 400);
    isErrorBody(as(A).body("{\"enabled\":\"yes\"}").patch("/webhooks/" + id).then(), 400);
    isErrorBody(
        as(A).body("{\"overlap_seconds\":-1}").post("/webhooks/" + id + "/rotate_secret").then(),
        400);
    isErrorBody(as(A).get("/webhooks/" + id + "/deliveries?status=lost").then(), 400);
    isErrorBody(as(A).get("/webhooks/" + id + "/deliveries?next=abc").then(), 400);
    isErrorBody(as(A).get("/webhooks/" + id + "/deliveries?page_size=0").then(), 400);
    isErrorBody(as(A).body("{}").post("/webhooks/" + id + "/replay").then(), 400);
    isErrorBody(
        as(A)
            .body("{\"event_ids\":[\"evt_1\"],\"since\":\"2020-01-01T00:00:00Z\"}")
            .post("/webhooks/" + id + "/replay")
            .then(),
        400);
    isErrorBody(
        as(A)
            .body("{\"since\":\"2021-01-01T00:00:00Z\",\"until\":\"2020-01-01T00:00:00Z\"}")
            .post("/webhooks/" + id + "/replay")
            .then(),
        400);
    as(A)
        .get("/webhooks/" + id)
        .then()
        .statusCode(200)
        .body("events", equalTo(List.of("account.created")));
  }

  @Test
  void patchChangesWhatItNamesAndRotationIssuesANewSecret() {
    var created = Webhooks.subscribe(A, URL, List.of("account.created"));
    as(A)
        .body("{\"events\":[\"account.updated\"],\"enabled\":false}")
        .patch("/webhooks/" + created.id())
        .then()
        .statusCode(200)
        .body("events", equalTo(List.of("account.updated")))
        .body("url", equalTo(URL))
        .body("enabled", equalTo(false))
        .body("disabled_reason", notNullValue());
    as(A)
        .body("{\"enabled\":true}")
        .patch("/webhooks/" + created.id())
        .then()
        .body("enabled", equalTo(true))
        .body("disabled_reason", nullValue());
    String rotated =
        as(A)
            .body("{\"overlap_seconds\":3600}")
            .post("/webhooks/" + created.id() + "/rotate_secret")
            .then()
            .statusCode(200)
            .body("previous_secret_expires_at", notNullValue())
            .extract()
            .path("secret");
    assertNotEquals(created.secret(), rotated);
    as(A)
        .delete("/webhooks/" + created.id())
        .then()
        .statusCode(200)
        .body("id", equalTo(created.id()));
    isErrorBody(as(A).get("/webhooks/" + created.id()).then(), 404);
  }
}
