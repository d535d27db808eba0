package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.testing.OperatorTokens;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OperatorAuthTest {

  @Test
  void adminEndpointsRefuseAnonymousCallersAndProjectKeys() {
    AccountApiTest.isErrorBody(
        given()
            .contentType(ContentType.JSON)
            .body("{\"name\":\"x\"}")
            .post("/admin/projects")
            .then(),
        401);
    Project project = Projects.create("not-an-operator");
    AccountApiTest.isErrorBody(
        given()
            .auth()
            .preemptive()
            .basic(project.key(), "")
            .contentType(ContentType.JSON)
            .body("{\"name\":\"x\"}")
            .post("/admin/projects")
            .then(),
        403);
    AccountApiTest.isErrorBody(
        given()
            .header("Authorization", OperatorTokens.bearer("viewer"))
            .get("/admin/projects")
            .then(),
        403);
    AccountApiTest.isErrorBody(
        given().header("Authorization", "Bearer not-a-jwt").get("/admin/projects").then(), 401);
  }

  @Test
  void anOidcOperatorCreatesProjectsAndKeysThatWork() {
    String bearer = OperatorTokens.bearer("operator");
    String projectId =
        given()
            .header("Authorization", bearer)
            .contentType(ContentType.JSON)
            .body("{\"name\":\"Acme\"}")
            .post("/admin/projects")
            .then()
            .statusCode(201)
            .body("name", equalTo("Acme"))
            .extract()
            .path("id");
    String key =
        given()
            .header("Authorization", bearer)
            .contentType(ContentType.JSON)
            .body("{\"name\":\"ci\"}")
            .post("/admin/projects/" + projectId + "/api_keys")
            .then()
            .statusCode(201)
            .body("project_id", equalTo(projectId))
            .extract()
            .path("key");
    given().auth().preemptive().basic(key, "").get("/accounts").then().statusCode(200);
    given()
        .header("Authorization", bearer)
        .get("/admin/projects/" + projectId + "/api_keys")
        .then()
        .statusCode(200)
        .body("name", hasItem("ci"))
        .body("[0].key", equalTo(null));
  }

  @Test
  void aRevokedKeyIsRefused() {
    Project project = Projects.create("revoked");
    given().auth().preemptive().basic(project.key(), "").get("/accounts").then().statusCode(200);
    String keyId =
        given()
            .auth()
            .preemptive()
            .basic(Projects.ADMIN_KEY, "")
            .get("/admin/projects/" + project.id() + "/api_keys")
            .then()
            .extract()
            .path("[0].id");
    given()
        .auth()
        .preemptive()
        .basic(Projects.ADMIN_KEY, "")
        .delete("/admin/projects/" + project.id() + "/api_keys/" + keyId)
        .then()
        .statusCode(200);
    AccountApiTest.isErrorBody(
        given().auth().preemptive().basic(project.key(), "").get("/accounts").then(), 401);
  }

  @Test
  void unknownProjectsAnswer404ToOperators() {
    AccountApiTest.isErrorBody(
        given()
            .auth()
            .preemptive()
            .basic(Projects.ADMIN_KEY, "")
            .contentType(ContentType.JSON)
            .body("{\"name\":\"k\"}")
            .post("/admin/projects/proj_missing/api_keys")
            .then(),
        404);
  }
}
