package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;

import dev.patchbay.accounts.Projects.Project;
import io.restassured.response.Response;

/** Reads an account's credentials the way another service does. */
final class InternalCredentials {
  static final String TOKEN = "test-internal-token";

  private InternalCredentials() {}

  static Response of(Project project, String accountId) {
    return given()
        .header("X-Patchbay-Internal-Token", TOKEN)
        .queryParam("project_id", project.id())
        .get("/internal/accounts/" + accountId + "/credentials");
  }
}
