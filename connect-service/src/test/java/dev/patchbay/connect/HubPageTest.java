package dev.patchbay.connect;

import static dev.patchbay.connect.Api.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StubAccounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class HubPageTest {
  static final String OWNER = "\"origin_owner_id\":\"customer-7\",\"origin_owner_name\":\"Acme\"";
  static final String BAMBOO_KEY = "bamboo-demo-key-9f3a7c21";
  static final String WRONG_KEY = "not-the-right-key-5e1d";

  static String session(String extra) {
    return createSession(AccountsKeyStub.KEY_A, "{" + OWNER + extra + "}").getString("token");
  }

  static ValidatableResponse isPage(Response response, int status) {
    return response
        .then()
        .statusCode(status)
        .contentType(containsString("text/html"))
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .body(not(containsString("<script")));
  }

  static Response submit(String token, String provider, Map<String, String> fields) {
    var request = given().formParam("auth_config_key", "custom");
    if (token != null) {
      request.formParam("token", token);
    }
    fields.forEach((key, value) -> request.formParam("credentials." + key, value));
    return request.post("/connect/" + provider);
  }

  @Test
  void anUnknownOrExpiredTokenGetsA401Page() {
    isPage(given().queryParam("token", "cst_made-up").get("/connect"), 401)
        .body(containsString("Connect session token is unknown or expired"));
    isPage(given().get("/connect/bamboohr"), 401);
    isPage(submit(null, "bamboohr", Map.of("apiKey", "x", "subdomain", "y")), 401);
  }

  @Test
  void listsOnlyTheConnectorsTheSessionAllows() {
    String hris = session(",\"categories\":[\"hris\"]");
    isPage(given().queryParam("token", hris).get("/connect"), 200)
        .body(
            allOf(
                containsString("href=\"/connect/bamboohr?token=" + hris + "\""),
                containsString("HiBob"),
                not(containsString("Greenhouse")),
                // an OAuth2 connector (client credentials typed on the page)
                containsString("Personio")));

    String bamboo = session(",\"provider\":\"bamboohr\"");
    isPage(given().queryParam("token", bamboo).get("/connect"), 200)
        .body(allOf(containsString("BambooHR"), not(containsString("HiBob"))));
    isPage(given().queryParam("token", bamboo).get("/connect/hibob"), 404)
        .body(containsString("Connector not found"));
  }

  @Test
  void rendersEachFieldWithItsLabelTypeAndHelp() {
    String token = session(",\"provider\":\"bamboohr\"");
    isPage(given().queryParam("token", token).get("/connect/bamboohr"), 200)
        .body(
            allOf(
                containsString("<h2 id=\"option-custom\">API Key</h2>"),
                containsString("<label for=\"field-apiKey\">API Key"),
                containsString(
                    "<input id=\"field-apiKey\" name=\"credentials.apiKey\" type=\"password\""
                        + " required aria-required=\"true\""),
                containsString("<label for=\"field-subdomain\">Company subdomain"),
                containsString("name=\"credentials.subdomain\" type=\"text\""),
                containsString("aria-describedby=\"help-field-subdomain\""),
                containsString(
                    "<p class=\"help\" id=\"help-field-subdomain\">The `acme` in"
                        + " acme.bamboohr.com.</p>"),
                containsString("<input type=\"hidden\" name=\"token\" value=\"" + token + "\">")));
  }

  @Test
  void aMissingRequiredFieldShowsTheFormAgainWithoutTheSecret() {
    String token = session("");
    isPage(submit(token, "bamboohr", Map.of("apiKey", BAMBOO_KEY)), 400)
        .body(
            allOf(
                containsString("Fill in the required fields."),
                containsString("Enter the Company subdomain."),
                containsString("aria-invalid=\"true\""),
                not(containsString(BAMBOO_KEY))));
    isPage(submit(token, "bamboohr", Map.of("subdomain", "acme-kept")), 400)
        .body(containsString("value=\"acme-kept\""));
  }

  @Test
  void credentialsTheProviderRefusesAreNotLinked() {
    String token = session("");
    Map<String, Object> demo = demoCredentials("bamboohr");
    isPage(
            submit(
                token,
                "bamboohr",
                Map.of("apiKey", WRONG_KEY, "subdomain", demo.get("subdomain").toString())),
            400)
        .body(
            allOf(
                containsString("BambooHR did not accept these credentials: it answered HTTP 401"),
                not(containsString(WRONG_KEY))));
  }

  @Test
  void acceptedCredentialsLinkTheAccountThroughAccountsService() {
    String token = session(",\"origin_username\":\"ada\",\"label\":\"HR\"");
    Map<String, Object> demo = demoCredentials("bamboohr");
    String page =
        isPage(
                submit(
                    token,
                    "bamboohr",
                    Map.of(
                        "apiKey",
                        demo.get("apiKey").toString(),
                        "subdomain",
                        " " + demo.get("subdomain") + " ")),
                200)
            .body(containsString("BambooHR is connected"))
            .body(not(containsString(demo.get("apiKey").toString())))
            .extract()
            .asString();
    Matcher id = Pattern.compile("account <code>([^<]+)</code>").matcher(page);
    assertTrue(id.find(), page);
    JsonPath linked = StubAccounts.state(id.group(1));
    assertEquals(AccountsKeyStub.PROJECT_A, linked.getString("project_id"));
    assertEquals("bamboohr", linked.getString("provider"));
    assertEquals("BambooHR", linked.getString("provider_name"));
    assertEquals("hris", linked.getString("category"));
    assertEquals("customer-7", linked.getString("origin_owner_id"));
    assertEquals("Acme", linked.getString("origin_owner_name"));
    assertEquals("ada", linked.getString("origin_username"));
    assertEquals("HR", linked.getString("label"));
    assertEquals("custom", linked.getString("authentication_config_key"));
    assertEquals("production", linked.getString("environment"));
    assertEquals(false, linked.getBoolean("multiple"));
    assertEquals(
        Map.of("apiKey", demo.get("apiKey"), "subdomain", demo.get("subdomain")),
        linked.getMap("credentials"));
  }

  @Test
  void aSessionEditingAnotherProjectsAccountLinksNothing() {
    String foreign = Ids.newId("acc");
    StubAccounts.put(
        StubAccounts.Account.active(foreign, AccountsKeyStub.PROJECT_B, "bamboohr", Map.of()));
    String token = session(",\"account_id\":\"" + foreign + "\"");
    Map<String, Object> demo = demoCredentials("bamboohr");
    isPage(
            submit(
                token,
                "bamboohr",
                Map.of(
                    "apiKey", demo.get("apiKey").toString(),
                    "subdomain", demo.get("subdomain").toString())),
            404)
        .body(containsString("The account this link was made to edit does not exist"));
    assertEquals(Map.of(), StubAccounts.state(foreign).getMap("credentials"));
  }

  @Test
  void anUnknownAuthOptionIsA400Page() {
    String token = session("");
    isPage(
            given()
                .formParam("token", token)
                .formParam("auth_config_key", "oauth2")
                .post("/connect/bamboohr"),
            400)
        .body(containsString("Choose one of the connector"));
  }

  static Map<String, Object> demoCredentials(String provider) {
    String sandbox = ConfigProvider.getConfig().getValue("patchbay.sandbox.url", String.class);
    return given()
        .get(sandbox + "/__sandbox/providers")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("find { it.key == '" + provider + "' }.demo_credentials");
  }
}
