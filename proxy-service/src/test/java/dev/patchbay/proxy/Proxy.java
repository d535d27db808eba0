package dev.patchbay.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.StubAccounts;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Calls the way a customer's backend does, the accounts they go through, and the fake provider. */
final class Proxy {
  static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  private Proxy() {}

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

  /** POST /proxy for project A's key, with the account in x-account-id. */
  static Response proxy(String accountId, Object body) {
    RequestSpecification request =
        as(AccountsKeyStub.KEY_A).contentType(ContentType.JSON).body(body);
    if (accountId != null) {
      request.header("x-account-id", accountId);
    }
    return request.post("/proxy");
  }

  /** The fake provider's base URL (http://127.0.0.2:port). */
  static String providerUrl() {
    return ConfigProvider.getConfig().getValue("test.provider.url", String.class);
  }

  /** The port of the internal service no proxied request may reach. */
  static int internalPort() {
    return ConfigProvider.getConfig().getValue("test.internal.port", Integer.class);
  }

  /**
   * A new active Salesforce account of project A: the connector's base URL is the account's {@code
   * instanceUrl}, as with every Salesforce org, and its token refreshes at {@code loginUrl} (both
   * the fake provider unless given).
   */
  static String salesforceAccount(String instanceUrl, String accessToken) {
    Map<String, Object> credentials = new HashMap<>();
    credentials.put("instanceUrl", instanceUrl);
    credentials.put("loginUrl", providerUrl());
    credentials.put("clientId", "client-id");
    credentials.put("clientSecret", "client-secret");
    credentials.put("refreshToken", "refresh-token");
    credentials.put("accessToken", accessToken);
    credentials.put("expiresAt", 4_102_444_800L); // 2100: not expired
    String id = Ids.newId("acc");
    StubAccounts.put(
        StubAccounts.Account.active(id, AccountsKeyStub.PROJECT_A, "salesforce", credentials));
    return id;
  }

  static String salesforceAccount() {
    return salesforceAccount(providerUrl(), "account-token");
  }

  /** What the fake provider last received: method, uri, headers, body (base64). */
  static JsonPath lastProviderRequest() {
    return given().get(providerUrl() + "/__fake/last").then().extract().jsonPath();
  }

  /** Connections the internal service received plus requests the provider answered, so far. */
  static int outbound() {
    JsonPath seen = given().get(providerUrl() + "/__fake/outbound").then().extract().jsonPath();
    return seen.getInt("internal") + seen.getInt("provider");
  }

  /** Connections the internal service received so far. */
  static int internalConnections() {
    return given().get(providerUrl() + "/__fake/outbound").then().extract().path("internal");
  }
}
