package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Creates projects and API keys the way an operator does: through the admin API. */
public final class Projects {
  public static final String ADMIN_KEY = "v1.admin.test-bootstrap-admin-key";

  /** A fresh project and its API key. */
  public record Project(String id, String key) {}

  private Projects() {}

  public static Project create(String name) {
    String id =
        given()
            .auth()
            .preemptive()
            .basic(ADMIN_KEY, "")
            .contentType(ContentType.JSON)
            .body(Map.of("name", name))
            .post("/admin/projects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String key =
        given()
            .auth()
            .preemptive()
            .basic(ADMIN_KEY, "")
            .contentType(ContentType.JSON)
            .body(Map.of("name", name + " key"))
            .post("/admin/projects/" + id + "/api_keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    return new Project(id, key);
  }

  /** Imports an account into the project and returns its id. */
  public static String importAccount(
      Project project, String provider, Map<String, Object> credentials) {
    return given()
        .auth()
        .preemptive()
        .basic(project.key(), "")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "provider",
                provider,
                "origin_owner_id",
                "owner-" + provider,
                "origin_owner_name",
                "Owner of " + provider,
                "credentials",
                credentials))
        .post("/accounts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
