package dev.patchbay.actions;

import static dev.patchbay.actions.Api.isErrorBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unified create and update through the test connector {@code unifiedwrites} (on the sandbox's
 * Greenhouse): the CreateResult and UpdateResult with their statuses, the body handed to the
 * action, and the record read back.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class UnifiedWritesTest {

  private static String account() {
    return Api.account(
        AccountsKeyStub.PROJECT_A, "unifiedwrites", Sandbox.demoCredentials("greenhouse"));
  }

  @Test
  void aCreateAnswersTheCreateResultWith201AndTheRecordCanBeRead() {
    String account = account();
    String id =
        Unified.send(account, "POST", "/unified/ats/jobs", Map.of("title", "Staff Engineer"))
            .then()
            .statusCode(201)
            .body("statusCode", equalTo(201))
            .body("message", equalTo("Job created"))
            .body("timestamp", matchesPattern(Api.ISO_MILLIS))
            .body("data.id", matchesPattern("\\d+"))
            .extract()
            .path("data.id");
    Unified.get(account, "/unified/ats/jobs/" + id, Map.of())
        .then()
        .statusCode(200)
        .body("data.id", equalTo(id))
        .body("data.remote_id", equalTo(id))
        .body("data.title", equalTo("Staff Engineer"));
  }

  @Test
  void anUpdateAnswers200AndTheProviderHoldsTheChange() {
    String account = account();
    Unified.send(
            account, "PATCH", "/unified/hris/employees/2000002", Map.of("first_name", "Renamed"))
        .then()
        .statusCode(200)
        .body("statusCode", equalTo(200))
        .body("message", equalTo("Employee updated"))
        .body("data.id", equalTo("2000002"));
    Unified.get(Unified.account("greenhouse"), "/unified/ats/candidates/2000002", Map.of())
        .then()
        .statusCode(200)
        .body("data.first_name", equalTo("Renamed"));
    isErrorBody(
        Unified.send(account, "PATCH", "/unified/hris/employees/9999999", Map.of("last_name", "X"))
            .then(),
        404);
  }

  @Test
  void aBodyTheModelRefusesNeverReachesTheProvider() {
    String account = account();
    isErrorBody(
        Unified.send(account, "POST", "/unified/ats/jobs", Map.of("title", 42)).then(), 400);
    isErrorBody(
        Unified.send(account, "POST", "/unified/ats/jobs", Map.of("name", "Not a field")).then(),
        400);
  }
}
