package dev.patchbay.connect;

import static dev.patchbay.connect.Api.createSession;
import static dev.patchbay.connect.HubPageTest.demoCredentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.Browser;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StubAccounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium ({@link Browser}): an end user links a sandbox BambooHR account on the
 * hosted page with JavaScript off, and through {@code @stackone/hub@1.11.4} embedded in a page of
 * another origin (link, a refused key, edit mode, OAuth2 through its popup); and a HubSpot account
 * through the provider-sandbox's OAuth2 authorization server (authorization code + PKCE) on the
 * hosted page. Screenshots go to {@code target/browser-screenshots}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class HubBrowserTest {
  @TestHTTPResource("/")
  URL base;

  @ConfigProperty(name = "patchbay.connect.public-url")
  URI publicUrl;

  String api() {
    return base.toString().replaceAll("/$", "");
  }

  static String session(String extra) {
    return createSession(
            AccountsKeyStub.KEY_A,
            "{\"origin_owner_id\":\"browser-"
                + Ids.random(6)
                + "\",\"origin_owner_name\":\"Acme\""
                + extra
                + "}")
        .getString("token");
  }

  @Test
  void theHostedPageLinksAnAccountWithJavaScriptOff() throws Exception {
    Map<String, Object> demo = demoCredentials("bamboohr");
    String token = session(",\"categories\":[\"hris\"]");
    int linksBefore = StubAccounts.links();
    JsonNode result =
        Browser.run(
            "hosted-page.mjs",
            api() + "/connect?token=" + token,
            demo.get("apiKey").toString(),
            demo.get("subdomain").toString());
    String accountId = result.path("accountId").asText();
    assertEquals(linksBefore + 1, StubAccounts.links(), "one account linked");
    assertEquals(
        Map.of("apiKey", demo.get("apiKey"), "subdomain", demo.get("subdomain")),
        StubAccounts.state(accountId).getMap("credentials"));
    assertFalse(result.path("keyInPage").asBoolean());
    assertTrue(Files.exists(Browser.screenshots().resolve("hosted-page-3-connected.png")));
  }

  @Test
  void theHostedPageLinksAnOAuth2AccountThroughTheSandboxAuthorizationServer() throws Exception {
    String token = session(",\"provider\":\"hubspot\"");
    int linksBefore = StubAccounts.links();
    JsonNode result = Browser.run("hosted-page-oauth2.mjs", api(), token, publicUrl.toString());
    String accountId = result.path("accountId").asText();
    assertEquals(linksBefore + 1, StubAccounts.links(), "one account linked");
    Map<String, Object> credentials = StubAccounts.state(accountId).getMap("credentials");
    assertTrue(
        credentials.get("accessToken").toString().startsWith("sbx."),
        "the account holds the exchanged token");
    assertTrue(credentials.containsKey("refreshToken"));
    assertFalse(result.path("secretInPage").asBoolean());
    assertTrue(Files.exists(Browser.screenshots().resolve("hosted-page-oauth2-3-connected.png")));
  }

  @Test
  void theEmbeddedHubLinksRefusesEditsAndLinksThroughTheOAuthPopup() throws Exception {
    Map<String, Object> demo = demoCredentials("bamboohr");
    String editedId = Ids.newId("acc");
    StubAccounts.put(
        StubAccounts.Account.active(
            editedId,
            AccountsKeyStub.PROJECT_A,
            "bamboohr",
            Map.of("apiKey", demo.get("apiKey"), "subdomain", "stale-subdomain")));
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("create", session(",\"provider\":\"bamboohr\""));
    input.put("refused", session(",\"provider\":\"bamboohr\""));
    input.put("edit", session(",\"provider\":\"bamboohr\",\"account_id\":\"" + editedId + "\""));
    input.put("oauth", session(",\"provider\":\"hubspot\""));
    input.put("publicUrl", publicUrl.toString());
    input.put("apiKey", demo.get("apiKey"));
    input.put("wrongKey", "embedded-wrong-key-77c1");
    input.put("subdomain", demo.get("subdomain"));
    int linksBefore = StubAccounts.links();

    JsonNode result =
        Browser.run("embedded-hub.mjs", api(), new ObjectMapper().writeValueAsString(input));

    // linked: the success event names the account, which holds the typed credentials
    JsonNode success = result.path("events").path(0);
    assertEquals("bamboohr", success.path("provider").asText(), result.toString());
    String linked = success.path("id").asText();
    assertEquals(
        Map.of("apiKey", demo.get("apiKey"), "subdomain", demo.get("subdomain")),
        StubAccounts.state(linked).getMap("credentials"));
    // refused: no success, nothing linked beyond the link, the edit and the OAuth2 account
    assertEquals(0, result.path("refusedEvents").size());
    assertEquals(linksBefore + 3, StubAccounts.links());
    // edit: the Hub showed the stored subdomain, sent a PATCH, and the untouched key was kept
    assertEquals("stale-subdomain", result.path("shownSubdomain").asText());
    assertTrue(
        result.path("editCalls").toString().contains("PATCH /hub/accounts/" + editedId),
        result.path("editCalls").toString());
    assertEquals(
        Map.of("apiKey", demo.get("apiKey"), "subdomain", demo.get("subdomain")),
        StubAccounts.state(editedId).getMap("credentials"));
    // OAuth2 through the popup: the success event names an account holding the exchanged tokens
    JsonNode oauth = result.path("oauthEvents").path(0);
    assertEquals("hubspot", oauth.path("provider").asText(), result.toString());
    assertTrue(
        StubAccounts.state(oauth.path("id").asText())
            .getString("credentials.accessToken")
            .startsWith("sbx."));
    assertTrue(
        result.path("oauthCalls").toString().contains("POST /hub/connection_attempts"),
        result.path("oauthCalls").toString());
    for (String shot :
        List.of(
            "embedded-hub-2-connected",
            "embedded-hub-3-refused",
            "embedded-hub-7-oauth-connected")) {
      assertTrue(Files.exists(Browser.screenshots().resolve(shot + ".png")), shot);
    }
  }
}
