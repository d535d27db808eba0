package dev.patchbay.connect;

import static dev.patchbay.connect.Api.createSession;
import static dev.patchbay.connect.Api.isErrorBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class HubApiTest {
  static final String ORIGIN = "http://customer-app.example";

  static String session(String extra) {
    return createSession(
            AccountsKeyStub.KEY_A,
            "{\"origin_owner_id\":\"c-9\",\"origin_owner_name\":\"Acme\"" + extra + "}")
        .getString("token");
  }

  /** As the Hub calls: from another origin, the token and its version in headers. */
  static RequestSpecification hub(String token) {
    RequestSpecification request =
        given()
            .header("Origin", ORIGIN)
            .header("x-hub-version", "1.11.4")
            .header("Content-Type", "application/json");
    return token == null ? request : request.header("x-hub-session-token", token);
  }

  @Test
  void aMissingOrUnknownTokenIs401WithTheErrorBodyAndCors() {
    for (String path : new String[] {"/hub/settings", "/hub/connectors", "/hub/connectors/x"}) {
      isErrorBody(hub(null).get(path).then(), 401).header("Access-Control-Allow-Origin", "*");
      isErrorBody(hub("cst_unknown").get(path).then(), 401)
          .header("Access-Control-Allow-Origin", "*");
    }
  }

  @Test
  void preflightsAreAnsweredForEveryHubPath() {
    given()
        .header("Origin", ORIGIN)
        .header("Access-Control-Request-Method", "PATCH")
        .header("Access-Control-Request-Headers", "content-type,x-hub-session-token,x-hub-version")
        .options("/hub/accounts/acc_1")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Allow-Methods", "GET,POST,PATCH,DELETE")
        .header("Access-Control-Allow-Headers", "content-type,x-hub-session-token,x-hub-version")
        .header("Access-Control-Max-Age", "600");
  }

  @Test
  void theSessionApiIsNotOpenedToBrowsers() {
    given()
        .header("Origin", ORIGIN)
        .header("Access-Control-Request-Method", "POST")
        .options("/connect_sessions")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void settingsNameTheAccountASessionEdits() {
    hub(session(""))
        .get("/hub/settings")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .body("enabled_features", empty())
        .body("$", not(hasKey("existing_account_id")));
    hub(session(",\"account_id\":\"acc_edit\""))
        .get("/hub/settings")
        .then()
        .statusCode(200)
        .body("existing_account_id", equalTo("acc_edit"));
  }

  @Test
  void listsTheIntegrationsTheSessionAllows() {
    String token = session(",\"categories\":[\"hris\"]");
    hub(token)
        .get("/hub/connectors")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .body("integrations.provider", hasItems("bamboohr", "hibob"))
        .body("integrations.provider", not(hasItems("greenhouse")))
        .body("integrations.find { it.provider == 'bamboohr' }.integration_id", equalTo("bamboohr"))
        .body("integrations.find { it.provider == 'bamboohr' }.name", equalTo("BambooHR"))
        .body("integrations.find { it.provider == 'bamboohr' }.type", equalTo("hris"))
        .body("integrations.find { it.provider == 'bamboohr' }.active", equalTo(true))
        .body(
            "integrations.find { it.provider == 'bamboohr' }.logo_url",
            equalTo("https://cdn.patchbay.dev/logos/bamboohr.png"))
        .body(
            "integrations.find { it.provider == 'bamboohr' }.authentication_config_key",
            equalTo("custom"))
        .body("integrations.find { it.provider == 'bamboohr' }.environment", equalTo("production"));
    hub(token)
        .queryParam("provider", "bamboohr")
        .get("/hub/connectors")
        .then()
        .statusCode(200)
        .body("integrations.provider", contains("bamboohr"));
  }

  @Test
  void describesAConnectorsFieldsInTheFalconShape() {
    String token = session(",\"provider\":\"bamboohr\"");
    hub(token)
        .get("/hub/connectors/bamboohr")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .body("config.key", equalTo("bamboohr"))
        .body("config.name", equalTo("BambooHR"))
        .body("config.type", equalTo("custom"))
        .body("config.assets.icon", equalTo("https://cdn.patchbay.dev/logos/bamboohr.png"))
        .body("config.configFields.key", contains("apiKey", "subdomain"))
        .body("config.configFields[0].type", equalTo("password"))
        .body("config.configFields[0].secret", equalTo(true))
        .body("config.configFields[0].required", equalTo(true))
        .body("config.configFields[1].type", equalTo("text"))
        .body("config.configFields[1].secret", equalTo(false))
        .body(
            "config.support.link",
            equalTo("https://documentation.bamboohr.com/docs/getting-started"));
    isErrorBody(hub(token).get("/hub/connectors/hibob").then(), 404)
        .header("Access-Control-Allow-Origin", "*");
  }

  @Test
  void aProjectsOwnOriginsReplaceTheDefault() {
    // application.properties: %test.patchbay.connect.hub.project-allowed-origins.proj_testB
    String token =
        createSession(
                AccountsKeyStub.KEY_B, "{\"origin_owner_id\":\"c-b\",\"origin_owner_name\":\"B\"}")
            .getString("token");
    hub(token)
        .get("/hub/settings")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
    given()
        .header("Origin", "http://embedder.example")
        .header("x-hub-session-token", token)
        .get("/hub/settings")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "http://embedder.example")
        .header("Vary", containsString("Origin"));
    // project A keeps the default: any origin
    hub(session("")).get("/hub/settings").then().header("Access-Control-Allow-Origin", "*");
  }
}
