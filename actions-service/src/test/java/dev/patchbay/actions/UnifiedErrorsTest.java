package dev.patchbay.actions;

import static dev.patchbay.actions.Api.isErrorBody;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StubAccounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How unified calls are refused: the contract's error body, never a 500. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class UnifiedErrorsTest {
  static final String EMPLOYEES = "/unified/hris/employees";

  @Test
  void theAccountHeaderIsRequired() {
    isErrorBody(Unified.get(null, EMPLOYEES, Map.of()).then(), 400)
        .body("message", containsString("x-account-id"));
  }

  @Test
  void anotherProjectsOrAnUnknownAccountIs404() {
    String foreign = Unified.newAccount(AccountsKeyStub.PROJECT_B, "bamboohr");
    isErrorBody(Unified.get(foreign, EMPLOYEES, Map.of()).then(), 404)
        .body("message", containsString("Account"));
    isErrorBody(Unified.get("acc_unknown", EMPLOYEES + "/7", Map.of()).then(), 404);
  }

  @Test
  void aDisabledAccountIs412() {
    String id = Unified.newAccount(AccountsKeyStub.PROJECT_A, "bamboohr");
    StubAccounts.put(
        StubAccounts.Account.active(
                id, AccountsKeyStub.PROJECT_A, "bamboohr", Sandbox.demoCredentials("bamboohr"))
            .withStatus("inactive"));
    isErrorBody(Unified.get(id, EMPLOYEES, Map.of()).then(), 412);
  }

  @Test
  void aConnectorWithoutTheActionIs422() {
    String ats = Unified.account("greenhouse");
    isErrorBody(Unified.get(ats, EMPLOYEES, Map.of()).then(), 422)
        .body("message", allOf(containsString("greenhouse"), containsString(EMPLOYEES)));
    String stub = Api.account(AccountsKeyStub.PROJECT_A, "stubhr", Map.of("apiKey", "k"));
    isErrorBody(Unified.get(stub, "/unified/crm/deals", Map.of()).then(), 422);
  }

  @Test
  void routesOutsideTheTableAre404() {
    String account = Unified.account("bamboohr");
    isErrorBody(Unified.get(account, "/unified/hris/payslips", Map.of()).then(), 404);
    isErrorBody(Unified.send(account, "POST", "/unified/hris/companies", "{}").then(), 404);
  }

  @Test
  void badQueriesAre400NamingTheProblem() {
    String account = Unified.account("bamboohr");
    isErrorBody(Unified.get(account, EMPLOYEES, Map.of("fields", "id,salary")).then(), 400)
        .body("message", allOf(containsString("'fields'"), containsString("salary")));
    isErrorBody(Unified.get(account, EMPLOYEES, Map.of("expand", "wages")).then(), 400)
        .body("message", containsString("wages"));
    isErrorBody(
            Unified.get(account, EMPLOYEES, Map.of("filter[updated_after]", "yesterday")).then(),
            400)
        .body("message", containsString("filter[updated_after]"));
    isErrorBody(Unified.get(account, EMPLOYEES, Map.of("updated_after", "2024-13-45")).then(), 400);
    isErrorBody(Unified.get(account, EMPLOYEES, Map.of("page_size", "0")).then(), 400)
        .body("message", containsString("page_size"));
    isErrorBody(Unified.get(account, EMPLOYEES, Map.of("page_size", "ten")).then(), 400);
    isErrorBody(Unified.get(account, EMPLOYEES, Map.of("raw", "maybe")).then(), 400);
    isErrorBody(Unified.get(account, EMPLOYEES, Map.of("filter[salary]", "1")).then(), 400)
        .body("message", containsString("filter[salary]"));
    isErrorBody(Unified.get(account, EMPLOYEES, Map.of("next", "%%%")).then(), 400)
        .body("message", containsString("next"));
  }

  @Test
  void wrongBodiesAre400ListingEachOffendingPath() {
    String account = Unified.account("bamboohr");
    isErrorBody(
            Unified.send(
                    account,
                    "POST",
                    EMPLOYEES,
                    Map.of(
                        "first_name", 7,
                        "employment_status", Map.of("value", "on_a_beach"),
                        "salary", 1))
                .then(),
            400)
        .body("message", containsString("$.first_name"))
        .body("details.errors", hasItem(startsWith("$.first_name")))
        .body("details.errors", hasItem(startsWith("$.employment_status.value")))
        .body("details.errors", hasItem(containsString("salary")));
    isErrorBody(
            Unified.send(account, "POST", "/unified/ats/jobs", Map.of("title", Map.of())).then(),
            400)
        .body("details.errors", hasItem(startsWith("$.title")));
    isErrorBody(
            Unified.send(account, "PATCH", EMPLOYEES + "/7", Map.of("hire_date", "15/01/2024"))
                .then(),
            400)
        .body("details.errors", hasItem(startsWith("$.hire_date")));
    isErrorBody(Unified.send(account, "POST", "/unified/crm/contacts", "[1]").then(), 400);
    isErrorBody(Unified.send(account, "POST", "/unified/crm/contacts", "not json").then(), 400);
  }

  @Test
  void aProviderRefusalIsMappedAsForRpc() {
    String account = Unified.account("bamboohr");
    isErrorBody(Unified.get(account, EMPLOYEES + "/999999", Map.of()).then(), 404);
    Sandbox.fault("bamboohr", 500, 10);
    try {
      isErrorBody(Unified.get(account, EMPLOYEES + "/7", Map.of()).then(), 502)
          .body("provider_errors[0].status", org.hamcrest.Matchers.equalTo(500));
    } finally {
      Sandbox.clearFaults();
    }
  }
}
