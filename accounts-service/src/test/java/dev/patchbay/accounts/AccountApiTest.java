package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AccountApiTest {
  static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  Project mine;
  Project theirs;

  @BeforeEach
  void projects() {
    mine = Projects.create("mine");
    theirs = Projects.create("theirs");
  }

  RequestSpecification as(Project project) {
    return given()
        .auth()
        .preemptive()
        .basic(project.key(), "any password")
        .contentType(ContentType.JSON);
  }

  static void isErrorBody(ValidatableResponse response, int status) {
    response
        .statusCode(status)
        .contentType(ContentType.JSON)
        .body("statusCode", equalTo(status))
        .body("message", notNullValue())
        .body("timestamp", matchesPattern(ISO_MILLIS));
  }

  @Test
  void everyEndpointRefusesCallsWithoutAKnownKey() {
    String id = Projects.importAccount(mine, "bamboohr", Map.of("api_key", "s3cr3t"));
    for (String path : List.of("/accounts", "/accounts/" + id, "/accounts/" + id + "/meta")) {
      isErrorBody(given().get(path).then(), 401);
      isErrorBody(given().auth().preemptive().basic("v1.local.nope", "").get(path).then(), 401);
    }
    isErrorBody(
        given().contentType(ContentType.JSON).body("{}").patch("/accounts/" + id).then(), 401);
    isErrorBody(given().delete("/accounts/" + id).then(), 401);
    isErrorBody(given().contentType(ContentType.JSON).body("{}").post("/accounts").then(), 401);
    given().get("/accounts").then().header("WWW-Authenticate", containsString("Basic"));
  }

  @Test
  void anotherProjectsAccountIsNotFound() {
    String id = Projects.importAccount(mine, "bamboohr", Map.of("api_key", "s3cr3t"));
    isErrorBody(as(theirs).get("/accounts/" + id).then(), 404);
    isErrorBody(as(theirs).get("/accounts/" + id + "/meta").then(), 404);
    isErrorBody(as(theirs).body("{\"label\":\"stolen\"}").patch("/accounts/" + id).then(), 404);
    isErrorBody(as(theirs).delete("/accounts/" + id).then(), 404);
    as(theirs).get("/accounts").then().statusCode(200).body("id", not(hasItem(id)));
    as(mine).get("/accounts/" + id).then().statusCode(200).body("label", equalTo(null));
  }

  @Test
  void importAnswersTheAccountWithoutItsCredentials() {
    as(mine)
        .body(
            Map.of(
                "provider", "hibob",
                "provider_name", "HiBob",
                "origin_owner_id", "cust-1",
                "origin_owner_name", "Customer One",
                "origin_username", "ada",
                "label", "HR",
                "type", "test",
                "credentials", Map.of("service_user", "svc", "token", "t0ps3cr3t")))
        .post("/accounts")
        .then()
        .statusCode(201)
        .body("id", matchesPattern("acc_\\w{20}"))
        .body("provider", equalTo("hibob"))
        .body("provider_name", equalTo("HiBob"))
        .body("status", equalTo("active"))
        .body("type", equalTo("test"))
        .body("origin_owner_id", equalTo("cust-1"))
        .body("origin_owner_name", equalTo("Customer One"))
        .body("origin_username", equalTo("ada"))
        .body("label", equalTo("HR"))
        .body("created_at", matchesPattern(ISO_MILLIS))
        .body("updated_at", matchesPattern(ISO_MILLIS))
        .body("$", not(hasKey("credentials")))
        .body(not(containsString("t0ps3cr3t")));
  }

  @Test
  void badBodiesAnswer400WithTheErrorBody() {
    isErrorBody(as(mine).body("{\"provider\": ").post("/accounts").then(), 400);
    isErrorBody(
        as(mine)
            .body("{\"provider\":\"x\",\"origin_owner_id\":123,\"origin_owner_name\":\"n\"}")
            .post("/accounts")
            .then(),
        400);
    as(mine)
        .body("{\"provider\":\"x\",\"origin_owner_id\":123,\"origin_owner_name\":\"n\"}")
        .post("/accounts")
        .then()
        .body("message", containsString("origin_owner_id"));
    isErrorBody(
        as(mine)
            .body(
                "{\"provider\":\"x\",\"origin_owner_id\":\"o\",\"origin_owner_name\":\"n\",\"type\":\"staging\"}")
            .post("/accounts")
            .then(),
        400);
    as(mine)
        .body(
            "{\"provider\":\"x\",\"origin_owner_id\":\"o\",\"origin_owner_name\":\"n\",\"type\":\"staging\"}")
        .post("/accounts")
        .then()
        .body("message", containsString("production, test"));
    isErrorBody(as(mine).body("{\"provider\":\"x\"}").post("/accounts").then(), 400);
    isErrorBody(as(mine).body("[1,2]").post("/accounts").then(), 400);
    isErrorBody(as(mine).body("").post("/accounts").then(), 400);
    String id = Projects.importAccount(mine, "bamboohr", Map.of("api_key", "s3cr3t"));
    isErrorBody(as(mine).body("{\"type\":\"staging\"}").patch("/accounts/" + id).then(), 400);
    isErrorBody(as(mine).body("{\"provider\":\"  \"}").patch("/accounts/" + id).then(), 400);
    isErrorBody(as(mine).body("{\"label\":42}").patch("/accounts/" + id).then(), 400);
    isErrorBody(as(mine).body("{\"credentials\":\"flat\"}").patch("/accounts/" + id).then(), 400);
    as(mine).get("/accounts/" + id).then().statusCode(200).body("provider", equalTo("bamboohr"));
  }

  @Test
  void unknownRoutesWrongMethodsAndContentTypesAnswerTheErrorBody() {
    isErrorBody(as(mine).get("/nothing-here").then(), 404);
    isErrorBody(as(mine).put("/accounts").then(), 405);
    isErrorBody(
        given()
            .auth()
            .preemptive()
            .basic(mine.key(), "")
            .contentType(ContentType.TEXT)
            .body("provider=x")
            .post("/accounts")
            .then(),
        415);
  }

  @Test
  void patchWithEmptyObjectsChangesNothing() {
    String id = Projects.importAccount(mine, "bamboohr", Map.of("api_key", "s3cr3t"));
    String before = as(mine).get("/accounts/" + id).then().extract().asString();
    as(mine).body("{}").patch("/accounts/" + id).then().statusCode(200);
    // what the official client sends when asked to change nothing
    as(mine)
        .body(
            "{\"type\":\"production\",\"credentials\":{},\"label\":{},\"metadata\":{},"
                + "\"secrets\":{},\"setup_information\":{}}")
        .patch("/accounts/" + id)
        .then()
        .statusCode(200);
    as(mine).get("/accounts/" + id).then().body(equalTo(before));
    InternalCredentials.of(mine, id).then().body("credentials.api_key", equalTo("s3cr3t"));
  }

  @Test
  void patchChangesWhatItNamesAndMergesCredentials() {
    String id =
        Projects.importAccount(mine, "bamboohr", Map.of("api_key", "s3cr3t", "subdomain", "acme"));
    as(mine)
        .body(
            "{\"label\":\"Payroll\",\"origin_username\":\"grace\",\"credentials\":{\"api_key\":\"rotated\"}}")
        .patch("/accounts/" + id)
        .then()
        .statusCode(200)
        .body("label", equalTo("Payroll"))
        .body("origin_username", equalTo("grace"))
        .body("provider", equalTo("bamboohr"))
        .body(not(containsString("rotated")));
    InternalCredentials.of(mine, id)
        .then()
        .body("credentials.api_key", equalTo("rotated"))
        .body("credentials.subdomain", equalTo("acme"));
  }

  @Test
  void deleteAnswersTheDeletedAccountThen404() {
    String id = Projects.importAccount(mine, "bamboohr", Map.of("api_key", "s3cr3t"));
    as(mine).delete("/accounts/" + id).then().statusCode(200).body("id", equalTo(id));
    isErrorBody(as(mine).get("/accounts/" + id).then(), 404);
    isErrorBody(as(mine).delete("/accounts/" + id).then(), 404);
  }

  @Test
  void listIsABareArrayWithFiltersAndPageNumbers() {
    Project fresh = Projects.create("listing");
    String a = Projects.importAccount(fresh, "bamboohr", Map.of());
    String b = Projects.importAccount(fresh, "hibob", Map.of());
    String c = Projects.importAccount(fresh, "hibob", Map.of());
    as(fresh).get("/accounts").then().statusCode(200).body("id", contains(a, b, c));
    as(fresh).queryParam("page_size", 2).get("/accounts").then().body("id", contains(a, b));
    as(fresh)
        .queryParam("page_size", 2)
        .queryParam("page", 2)
        .get("/accounts")
        .then()
        .body("id", contains(c));
    as(fresh)
        .queryParam("page_size", 2)
        .queryParam("page", 3)
        .get("/accounts")
        .then()
        .body("$", empty());
    as(fresh).queryParam("page", 0).get("/accounts").then().body("id", contains(a, b, c));
    as(fresh).queryParam("providers", "hibob").get("/accounts").then().body("id", contains(b, c));
    as(fresh)
        .queryParam("providers", "bamboohr", "hibob")
        .get("/accounts")
        .then()
        .body("$", hasSize(3));
    as(fresh)
        .queryParam("providers", "bamboohr,hibob")
        .get("/accounts")
        .then()
        .body("$", hasSize(3));
    as(fresh).queryParam("provider", "bamboohr").get("/accounts").then().body("id", contains(a));
    as(fresh).queryParam("account_ids", c).get("/accounts").then().body("id", contains(c));
    as(fresh)
        .queryParam("origin_owner_id", "owner-hibob")
        .get("/accounts")
        .then()
        .body("id", contains(b, c));
    as(fresh).queryParam("status", "active").get("/accounts").then().body("$", hasSize(3));
    as(fresh).queryParam("status", "error").get("/accounts").then().body("$", empty());
    for (String bad :
        List.of("page_size=0", "page_size=101", "page_size=ten", "page=-1", "status=paused")) {
      isErrorBody(as(fresh).get("/accounts?" + bad).then(), 400);
    }
    as(fresh).queryParam("page_size", 100).get("/accounts").then().statusCode(200);
  }

  @Test
  void metaNamesTheProvider() {
    String id = Projects.importAccount(mine, "greenhouse", Map.of());
    as(mine)
        .get("/accounts/" + id + "/meta")
        .then()
        .statusCode(200)
        .body("provider", equalTo("greenhouse"));
  }
}
