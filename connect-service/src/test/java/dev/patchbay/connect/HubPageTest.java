package dev.patchbay.connect;

import static dev.patchbay.connect.Api.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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
import java.util.List;
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

  /** The form as a browser has it: its anti-forgery cookie and hidden token. */
  record OpenedForm(String cookie, String csrf) {}

  static OpenedForm open(String token, String provider) {
    Response page = given().queryParam("token", token).get("/connect/" + provider);
    page.then().statusCode(200);
    Matcher csrf =
        Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">")
            .matcher(page.asString());
    assertTrue(csrf.find(), page.asString());
    return new OpenedForm(page.getCookie("patchbay_connect_form"), csrf.group(1));
  }

  /** Submits the form the way the browser that opened it does. */
  static Response submit(String token, String provider, Map<String, String> fields) {
    return post(open(token, provider), token, provider, fields);
  }

  static Response post(OpenedForm form, String token, String provider, Map<String, String> fields) {
    return post(form, token, provider, "custom", fields);
  }

  /** Posts the form of the auth option {@code configKey}. */
  static Response post(
      OpenedForm form,
      String token,
      String provider,
      String configKey,
      Map<String, ? extends Object> fields) {
    var request = given().formParam("auth_config_key", configKey);
    if (form.cookie() != null) {
      request.cookie("patchbay_connect_form", form.cookie());
    }
    if (form.csrf() != null) {
      request.formParam("csrf", form.csrf());
    }
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
    isPage(
        post(new OpenedForm(null, null), null, "bamboohr", Map.of("apiKey", "x", "subdomain", "y")),
        401);
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
    OpenedForm form = open(token, "bamboohr");
    isPage(
            given()
                .cookie("patchbay_connect_form", form.cookie())
                .formParam("csrf", form.csrf())
                .formParam("token", token)
                .formParam("auth_config_key", "oauth2")
                .post("/connect/bamboohr"),
            400)
        .body(containsString("Choose one of the connector"));
  }

  @Test
  void theFormSetsItsAntiForgeryCookieForThisPageOnly() {
    String token = session("");
    Response page = given().queryParam("token", token).get("/connect/bamboohr");
    String setCookie = page.getHeader("Set-Cookie");
    assertTrue(setCookie.startsWith("patchbay_connect_form="), setCookie);
    assertTrue(setCookie.contains("Path=/connect"), setCookie);
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    // a browser that has the cookie keeps it
    OpenedForm form = open(token, "bamboohr");
    given()
        .cookie("patchbay_connect_form", form.cookie())
        .queryParam("token", token)
        .get("/connect/bamboohr")
        .then()
        .statusCode(200)
        .header("Set-Cookie", nullValue())
        .body(containsString("name=\"csrf\" value=\"" + form.csrf() + "\""));
  }

  @Test
  void aForgedOrReplayedPostIsA403PageAndLinksNothing() {
    String token = session("");
    Map<String, Object> demo = demoCredentials("bamboohr");
    Map<String, String> fields =
        Map.of(
            "apiKey", demo.get("apiKey").toString(), "subdomain", demo.get("subdomain").toString());
    OpenedForm form = open(token, "bamboohr");
    OpenedForm otherBrowser = open(token, "bamboohr");
    OpenedForm otherSession = open(session(""), "bamboohr");
    int linkedBefore = StubAccounts.links();
    for (OpenedForm forged :
        List.of(
            new OpenedForm(null, form.csrf()),
            new OpenedForm(form.cookie(), null),
            new OpenedForm(form.cookie(), "x" + form.csrf().substring(1)),
            new OpenedForm(form.cookie(), otherBrowser.csrf()),
            new OpenedForm(form.cookie(), otherSession.csrf()),
            new OpenedForm(otherSession.cookie(), otherSession.csrf()))) {
      isPage(post(forged, token, "bamboohr", fields), 403)
          .body(containsString("This form could not be verified"))
          .body(not(containsString(demo.get("apiKey").toString())));
    }
    assertEquals(linkedBefore, StubAccounts.links(), "no account linked");
    isPage(post(form, token, "bamboohr", fields), 200).body(containsString("is connected"));
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
