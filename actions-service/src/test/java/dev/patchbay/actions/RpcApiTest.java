package dev.patchbay.actions;

import static dev.patchbay.actions.Api.as;
import static dev.patchbay.actions.Api.isErrorBody;
import static dev.patchbay.actions.Api.rpc;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.patchbay.actions.rpc.ActionRunner;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.runtime.ActionExecutionException;
import dev.patchbay.engine.runtime.ActionRequest;
import dev.patchbay.engine.runtime.ActionResult;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StubAccounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class RpcApiTest {
  static final String LIST = "{\"action\":\"bamboohr_list_employees\"}";

  @AfterEach
  void noFaultsLeft() {
    Sandbox.clearFaults();
  }

  @Test
  void refusesCallsWithoutAKnownKey() {
    isErrorBody(given().contentType(ContentType.JSON).body(LIST).post("/actions/rpc").then(), 401);
    isErrorBody(
        as("v1.local.unknown").contentType(ContentType.JSON).body(LIST).post("/actions/rpc").then(),
        401);
  }

  @Test
  void runsAnActionForTheAccountAndAnswersDataAndNext() {
    String account = Api.bambooAccount();
    rpc(account, LIST)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("x-request-id", matchesPattern("req_\\w+"))
        .body("data", hasSize(120))
        .body("data[6].name", equalTo("Shafi Borg"))
        .body("data[6].employment_status.value", equalTo("active"))
        .body("next", nullValue());
    rpc(
            account,
            "{\"action\":\"bamboohr_get_employee\",\"path\":{\"id\":\"7\"},"
                + "\"query\":{},\"headers\":{},\"body\":{}}")
        .then()
        .statusCode(200)
        .body("data.id", equalTo("7"))
        .body("data.first_name", equalTo("Shafi"))
        .body("data.start_date", notNullValue());
  }

  @Test
  void theAccountMayComeInTheBodyOrTheQueryInstead() {
    String account = Api.bambooAccount();
    rpc(null, "{\"action\":\"bamboohr_list_employees\",\"account_id\":\"" + account + "\"}")
        .then()
        .statusCode(200)
        .body("data", hasSize(120));
    as(AccountsKeyStub.KEY_A)
        .contentType(ContentType.JSON)
        .queryParam("account_id", account)
        .body(LIST)
        .post("/actions/rpc")
        .then()
        .statusCode(200);
  }

  @Test
  void badInputIs400NamingWhatIsWrong() {
    String account = Api.bambooAccount();
    isErrorBody(rpc(account, "{}").then(), 400).body("message", containsString("'action'"));
    isErrorBody(rpc(account, "{\"action\":5}").then(), 400)
        .body("message", containsString("'action'"));
    isErrorBody(rpc(null, LIST).then(), 400).body("message", containsString("x-account-id"));
    isErrorBody(rpc(account, "{\"action\":\"bamboohr_get_employee\"}").then(), 400)
        .body("message", containsString("id"));
    isErrorBody(
            rpc(account, "{\"action\":\"bamboohr_get_employee\",\"path\":{\"id\":{\"x\":1}}}")
                .then(),
            400)
        .body("message", containsString("$.path.id"));
    isErrorBody(rpc(account, "{\"action\":\"bamboohr_list_employees\",\"query\":[1]}").then(), 400)
        .body("message", containsString("'query'"));
    isErrorBody(rpc(account, "not json").then(), 400);
    isErrorBody(rpc(account, "").then(), 400);
  }

  @Test
  void unknownActionsAndAccountsAre404() {
    String account = Api.bambooAccount();
    isErrorBody(rpc(account, "{\"action\":\"bamboohr_fire_everyone\"}").then(), 404);
    isErrorBody(rpc(account, "{\"action\":\"stubhr_hidden_action\"}").then(), 404);
    isErrorBody(rpc("acc_unknown", LIST).then(), 404);
    String foreign =
        Api.account(AccountsKeyStub.PROJECT_B, "bamboohr", Sandbox.demoCredentials("bamboohr"));
    isErrorBody(rpc(foreign, LIST).then(), 404).body("message", equalTo("Account not found"));
  }

  @Test
  void theActionMustBelongToTheAccountsConnector() {
    String stub = Api.account(AccountsKeyStub.PROJECT_A, "stubhr", Map.of("apiKey", "k"));
    isErrorBody(rpc(stub, LIST).then(), 400).body("message", containsString("stubhr"));
  }

  @Test
  void anInactiveAccountIs412() {
    String id = Api.bambooAccount();
    StubAccounts.put(
        StubAccounts.Account.active(
                id, AccountsKeyStub.PROJECT_A, "bamboohr", Sandbox.demoCredentials("bamboohr"))
            .withStatus("inactive"));
    isErrorBody(rpc(id, LIST).then(), 412);
  }

  @Test
  void aProviderFailureIs502WithProviderErrorsAndNoSecret() {
    String account = Api.bambooAccount();
    Sandbox.fault("bamboohr", 500, 1);
    Response failed = rpc(account, LIST);
    isErrorBody(failed.then(), 502)
        .body("provider_errors", hasSize(1))
        .body("provider_errors[0].status", equalTo(500))
        .body("provider_errors[0].url", containsString("/reports/custom"))
        .body("provider_errors[0].url", not(containsString("?")))
        .body("provider_errors[0].raw", notNullValue());
    assertFalse(failed.asString().contains("sandbox-bamboohr-key"));

    String wrongKey =
        Api.account(
            AccountsKeyStub.PROJECT_A,
            "bamboohr",
            Map.of("apiKey", "a-wrong-key-4711", "subdomain", "acme"));
    Response refused = rpc(wrongKey, LIST);
    isErrorBody(refused.then(), 502).body("provider_errors[0].status", equalTo(401));
    assertFalse(refused.asString().contains("a-wrong-key-4711"));
  }

  @Test
  void aRecordTheProviderDoesNotKnowIs404WithProviderErrors() {
    String account = Api.bambooAccount();
    isErrorBody(
            rpc(account, "{\"action\":\"bamboohr_get_employee\",\"path\":{\"id\":\"99999\"}}")
                .then(),
            404)
        .body("message", containsString("Employee not found"))
        .body("provider_errors[0].status", equalTo(404));
  }

  /** The directory report is a POST, which the engine never retries: the 429 goes back as is. */
  @Test
  void aProviderRateLimitIs429WithItsRetryAfter() {
    String account = Api.bambooAccount();
    Sandbox.rateLimited("bamboohr", 7);
    isErrorBody(rpc(account, LIST).then(), 429)
        .header("Retry-After", "7")
        .body("provider_errors[0].status", equalTo(429));
  }

  /** A queue for the connector's rate limit longer than the engine waits: 429, whole seconds up. */
  @Test
  void aFullConnectorRateLimitIs429WithRetryAfter() {
    QuarkusMock.installMockForType(new Fails(rateLimited()), ActionRunner.class);
    isErrorBody(rpc(Api.bambooAccount(), LIST).then(), 429)
        .header("Retry-After", "2")
        .body("message", containsString("rate limit"));
  }

  private static ActionExecutionException rateLimited() {
    return new ActionExecutionException(
        429,
        "fetch_directory",
        "fetch_directory: the connector's rate limit of 10.0 requests/s is reached; retry in 1500ms",
        java.time.Duration.ofMillis(1500));
  }

  /** The engine's retry budget (Retry-After) answers 408 once it is spent. */
  @Test
  void anExhaustedBudgetIs408() {
    QuarkusMock.installMockForType(
        new Fails(
            new ActionExecutionException(
                408,
                "fetch_directory",
                "fetch_directory: retry budget of 30s spent waiting for 429s")),
        ActionRunner.class);
    isErrorBody(rpc(Api.bambooAccount(), LIST).then(), 408)
        .body("message", containsString("budget"));
  }

  /** An action runner whose every run fails with {@code failure}. */
  static final class Fails extends ActionRunner {
    private final ActionExecutionException failure;

    Fails(ActionExecutionException failure) {
      super((dev.patchbay.engine.runtime.ActionExecutor) null);
      this.failure = failure;
    }

    @Override
    public ActionResult run(
        ConnectorDefinition connector, ActionDefinition action, ActionRequest request) {
      throw failure;
    }
  }
}
