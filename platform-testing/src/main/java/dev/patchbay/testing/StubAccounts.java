package dev.patchbay.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts linked accounts into {@link AccountsKeyStub} and reads what the service under test did with
 * them, over the stub's HTTP control API (test code and test resources may live in different class
 * loaders, so nothing is shared in memory).
 */
public final class StubAccounts {
  private StubAccounts() {}

  /** An account as accounts-service's internal credentials endpoint describes it. */
  public record Account(
      String id,
      String projectId,
      String provider,
      String status,
      String authenticationConfigKey,
      String environment,
      Map<String, Object> credentials) {

    public static Account active(
        String id, String projectId, String provider, Map<String, Object> credentials) {
      return new Account(id, projectId, provider, "active", null, "production", credentials);
    }

    public Account withStatus(String newStatus) {
      return new Account(
          id, projectId, provider, newStatus, authenticationConfigKey, environment, credentials);
    }
  }

  /** Adds or replaces the account. */
  public static void put(Account account) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("account_id", account.id());
    body.put("project_id", account.projectId());
    body.put("provider", account.provider());
    body.put("status", account.status());
    body.put("authentication_config_key", account.authenticationConfigKey());
    body.put("environment", account.environment());
    body.put("credentials", account.credentials());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post(url() + "/__stub/accounts")
        .then()
        .statusCode(204);
  }

  /** How many accounts were linked ({@code POST /internal/accounts/link}) so far. */
  public static int links() {
    return given().get(url() + "/__stub/links").then().statusCode(200).extract().path("links");
  }

  /**
   * What the account's next refresh merges into its credentials (as if the provider had answered
   * with it); without it a refresh is refused with a 502.
   */
  public static void onRefresh(String accountId, Map<String, Object> refreshed) {
    given()
        .contentType(ContentType.JSON)
        .body(refreshed)
        .post(url() + "/__stub/accounts/" + accountId + "/refresh_result")
        .then()
        .statusCode(204);
  }

  /**
   * The account as stored now (credentials after refreshes), {@code reads}: GETs so far, and {@code
   * refreshes}: refreshes that changed its credentials.
   */
  public static JsonPath state(String accountId) {
    return given()
        .get(url() + "/__stub/accounts/" + accountId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String url() {
    return ConfigProvider.getConfig().getValue("patchbay.accounts-url", String.class);
  }
}
