package dev.patchbay.actions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.StubAccounts;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Calls the way a customer's backend does, and the accounts they act on. */
final class Api {
  static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  private Api() {}

  static RequestSpecification as(String key) {
    return given().auth().preemptive().basic(key, "");
  }

  static ValidatableResponse isErrorBody(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType(ContentType.JSON)
        .body("statusCode", equalTo(status))
        .body("message", notNullValue())
        .body("timestamp", matchesPattern(ISO_MILLIS));
  }

  /** POST /actions/rpc for project A's key, with the account in x-account-id. */
  static Response rpc(String accountId, String body) {
    RequestSpecification request =
        as(AccountsKeyStub.KEY_A).contentType(ContentType.JSON).body(body);
    if (accountId != null) {
      request.header("x-account-id", accountId);
    }
    return request.post("/actions/rpc");
  }

  /** A new active BambooHR account of project A holding the sandbox's demo credentials. */
  static String bambooAccount() {
    String id = Ids.newId("acc");
    StubAccounts.put(
        StubAccounts.Account.active(
            id, AccountsKeyStub.PROJECT_A, "bamboohr", Sandbox.demoCredentials("bamboohr")));
    return id;
  }

  static String account(String projectId, String provider, Map<String, Object> credentials) {
    String id = Ids.newId("acc");
    StubAccounts.put(StubAccounts.Account.active(id, projectId, provider, credentials));
    return id;
  }
}
