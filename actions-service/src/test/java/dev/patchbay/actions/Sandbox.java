package dev.patchbay.actions;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** The test sandbox's admin API, over HTTP (test code and test resources may not share memory). */
final class Sandbox {
  private Sandbox() {}

  static String url() {
    return ConfigProvider.getConfig().getValue("patchbay.sandbox.url", String.class);
  }

  /** A provider's demo credentials, as a linked account of it holds them. */
  static Map<String, Object> demoCredentials(String provider) {
    List<Map<String, Object>> providers =
        given().get(url() + "/__sandbox/providers").then().statusCode(200).extract().path("$");
    @SuppressWarnings("unchecked")
    Map<String, Object> credentials =
        (Map<String, Object>)
            providers.stream()
                .filter(p -> provider.equals(p.get("key")))
                .findFirst()
                .orElseThrow()
                .get("demo_credentials");
    return credentials;
  }

  /**
   * A valid HubSpot access token of the demo app, from HubSpot's token endpoint (a refresh grant
   * with the demo refresh token), as HubSpot issues on a refresh.
   */
  static String hubspotAccessToken() {
    Map<String, Object> demo = demoCredentials("hubspot");
    return given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "refresh_token")
        .formParam("refresh_token", demo.get("refreshToken"))
        .formParam("client_id", demo.get("clientId"))
        .formParam("client_secret", demo.get("clientSecret"))
        .post(url() + "/api.hubapi.com/oauth/v1/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** The next {@code count} requests to the provider answer {@code status}. */
  static void fault(String provider, int status, int count) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("provider", provider, "status", status, "count", count))
        .post(url() + "/__sandbox/faults")
        .then()
        .statusCode(204);
  }

  static void rateLimited(String provider, int retryAfterSeconds) {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "provider", provider, "status", 429, "count", 1, "retry_after", retryAfterSeconds))
        .post(url() + "/__sandbox/faults")
        .then()
        .statusCode(204);
  }

  static void clearFaults() {
    given().delete(url() + "/__sandbox/faults").then().statusCode(204);
  }
}
