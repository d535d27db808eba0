package dev.patchbay.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.patchbay.accounts.Projects.Project;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class InternalLinkTest {

  @Test
  void refusesCallsWithoutTheInternalToken() {
    Project project = Projects.create("link-auth");
    given()
        .queryParam("project_id", project.id())
        .contentType(ContentType.JSON)
        .body(link("bamboohr", "owner-1", Map.of(), Map.of("apiKey", "k")))
        .post("/internal/accounts/link")
        .then()
        .statusCode(401)
        .body("statusCode", equalTo(401));
  }

  @Test
  void createsThenReusesTheAccountOfTheSameOwnerAndProvider() {
    Project project = Projects.create("link-reuse");
    String first =
        link(project, link("bamboohr", "owner-1", Map.of(), Map.of("apiKey", "secret-one")))
            .then()
            .statusCode(201)
            .body("provider", equalTo("bamboohr"))
            .body("status", equalTo("active"))
            .body("$", not(hasKey("credentials")))
            .extract()
            .path("id");
    String second =
        link(project, link("bamboohr", "owner-1", Map.of(), Map.of("apiKey", "secret-two")))
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    assertEquals(first, second);
    assertEquals(
        "secret-two",
        InternalCredentials.of(project, first).then().extract().path("credentials.apiKey"));

    String other =
        link(project, link("hibob", "owner-1", Map.of(), Map.of("apiKey", "s")))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertNotEquals(first, other);

    List<String> types =
        TopicProbe.read(Topics.ACCOUNTS, v -> v.contains(first), 2, Duration.ofSeconds(20)).stream()
            .peek(r -> assertFalse(r.value().contains("secret-")))
            .map(r -> EventJson.read(r.value()).type())
            .toList();
    assertEquals(List.of("account.created", "account.updated"), types);
  }

  @Test
  void multipleAlwaysCreatesAndAnAccountIdEditsThatAccount() {
    Project project = Projects.create("link-multiple");
    String first =
        link(project, link("bamboohr", "owner-2", Map.of(), Map.of("apiKey", "a")))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String second =
        link(project, link("bamboohr", "owner-2", Map.of("multiple", true), Map.of("apiKey", "b")))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertNotEquals(first, second);
    link(project, link("bamboohr", "owner-2", Map.of("account_id", first), Map.of("apiKey", "c")))
        .then()
        .statusCode(200)
        .body("id", equalTo(first));
    assertEquals(
        "c", InternalCredentials.of(project, first).then().extract().path("credentials.apiKey"));
    link(project, link("hibob", "owner-2", Map.of("account_id", first), Map.of("apiKey", "d")))
        .then()
        .statusCode(400)
        .body("statusCode", equalTo(400));
  }

  @Test
  void anotherProjectsAccountIdIs404() {
    Project owner = Projects.create("link-owner");
    Project other = Projects.create("link-other");
    String id = Projects.importAccount(owner, "bamboohr", Map.of("apiKey", "x"));
    link(other, link("bamboohr", "owner-bamboohr", Map.of("account_id", id), Map.of("apiKey", "y")))
        .then()
        .statusCode(404)
        .body("statusCode", equalTo(404));
    assertEquals(
        "x", InternalCredentials.of(owner, id).then().extract().path("credentials.apiKey"));
  }

  private static Response link(Project project, Map<String, Object> body) {
    return given()
        .header("X-Patchbay-Internal-Token", InternalCredentials.TOKEN)
        .queryParam("project_id", project.id())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/internal/accounts/link");
  }

  private static Map<String, Object> link(
      String provider, String owner, Map<String, Object> extra, Map<String, Object> credentials) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("provider", provider);
    body.put("origin_owner_id", owner);
    body.put("origin_owner_name", "Name of " + owner);
    body.put("authentication_config_key", "custom");
    body.put("environment", "production");
    body.put("credentials", credentials);
    body.putAll(extra);
    return body;
  }
}
