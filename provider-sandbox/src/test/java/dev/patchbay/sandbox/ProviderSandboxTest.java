package dev.patchbay.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.sandbox.providers.Providers;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderSandboxTest {
  private static final String BAMBOO =
      "/api.bamboohr.com/api/gateway.php/acme/v1/employees/directory";
  private static ProviderSandbox sandbox;
  private static OAuthServer oauth;

  @BeforeAll
  static void start() {
    oauth = new OAuthServer("testoauth", Duration.ofHours(1), Clock.systemUTC());
    List<Provider> providers = new java.util.ArrayList<>(Providers.all(Clock.systemUTC()));
    providers.add(new OAuthOnlyProvider(oauth));
    sandbox = ProviderSandbox.start("127.0.0.1", 0, providers);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() throws Exception {
    send("POST", "/__sandbox/reset", Map.of(), null);
  }

  @Test
  void aProviderAnswersUnderItsRealHostAndItsKey() throws Exception {
    HttpResponse<String> viaHost = send("GET", BAMBOO, basic("sandbox-bamboohr-key"), null);
    HttpResponse<String> viaKey =
        send(
            "GET",
            "/bamboohr/api/gateway.php/acme/v1/employees/directory",
            basic("sandbox-bamboohr-key"),
            null);
    assertEquals(200, viaHost.statusCode());
    assertEquals(viaHost.body(), viaKey.body());
    assertEquals(120, Json.parse(viaHost.body()).get("employees").size());
  }

  @Test
  void wrongCredentialsAreRefusedTheProvidersWay() throws Exception {
    HttpResponse<String> response = send("GET", BAMBOO, basic("wrong"), null);
    assertEquals(401, response.statusCode());
    assertEquals(
        "Invalid API key", response.headers().firstValue("x-bamboohr-error-message").orElseThrow());
  }

  @Test
  void anUnknownHostIsNotSimulated() throws Exception {
    assertEquals(404, send("GET", "/api.example.org/v1/x", Map.of(), null).statusCode());
  }

  @Test
  void injectedFaultsApplyToTheNextRequestsOnly() throws Exception {
    String fault = "{\"provider\":\"bamboohr\",\"status\":429,\"count\":2,\"retry_after\":3}";
    assertEquals(
        204,
        send("POST", "/__sandbox/faults", Map.of("content-type", "application/json"), fault)
            .statusCode());
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> limited = send("GET", BAMBOO, basic("sandbox-bamboohr-key"), null);
      assertEquals(429, limited.statusCode());
      assertEquals("3", limited.headers().firstValue("retry-after").orElseThrow());
    }
    assertEquals(200, send("GET", BAMBOO, basic("sandbox-bamboohr-key"), null).statusCode());
    JsonNode journal =
        Json.parse(send("GET", "/__sandbox/requests?provider=bamboohr", Map.of(), null).body());
    assertEquals(3, journal.size());
    assertEquals(429, journal.get(0).get("status").asInt());
  }

  @Test
  void aMalformedFaultIsRefused() throws Exception {
    String fault = "{\"provider\":\"bamboohr\",\"status\":200}";
    assertEquals(
        400,
        send("POST", "/__sandbox/faults", Map.of("content-type", "application/json"), fault)
            .statusCode());
  }

  @Test
  void createdRecordsAreReadableAndResetDropsThem() throws Exception {
    Map<String, String> headers = new java.util.HashMap<>(basic("sandbox-bamboohr-key"));
    headers.put("content-type", "application/json");
    HttpResponse<String> created =
        send(
            "POST",
            "/api.bamboohr.com/api/gateway.php/acme/v1/employees",
            headers,
            "{\"firstName\":\"Mary\",\"lastName\":\"Jackson\"}");
    assertEquals(201, created.statusCode());
    String id = created.headers().firstValue("location").orElseThrow().replaceAll(".*/", "");
    String path =
        "/api.bamboohr.com/api/gateway.php/acme/v1/employees/"
            + id
            + "?fields=firstName,displayName";
    assertEquals(
        "Mary Jackson",
        Json.parse(send("GET", path, basic("sandbox-bamboohr-key"), null).body())
            .get("displayName")
            .asText());
    send("POST", "/__sandbox/reset", Map.of(), null);
    assertEquals(404, send("GET", path, basic("sandbox-bamboohr-key"), null).statusCode());
  }

  @Test
  void authorizationCodeWithPkceThenRotatingRefresh() throws Exception {
    String verifier = "a-verifier-that-is-long-enough-0123456789abcdef";
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String redirect = "http://127.0.0.1:1/callback";
    HttpResponse<String> consent =
        send(
            "GET",
            "/testoauth/authorize?response_type=code&client_id=sandbox-testoauth-client"
                + "&redirect_uri="
                + enc(redirect)
                + "&state=s1&code_challenge="
                + challenge
                + "&code_challenge_method=S256",
            Map.of(),
            null);
    assertEquals(302, consent.statusCode());
    String location = consent.headers().firstValue("location").orElseThrow();
    assertTrue(location.startsWith(redirect + "?code=") && location.endsWith("&state=s1"));
    String code =
        java.net.URLDecoder.decode(
            location.replaceAll(".*code=([^&]*).*", "$1"), StandardCharsets.UTF_8);

    String base =
        "client_id=sandbox-testoauth-client&client_secret=sandbox-testoauth-secret&redirect_uri="
            + enc(redirect);
    assertEquals(
        400,
        token(base + "&grant_type=authorization_code&code=" + enc(code) + "&code_verifier=wrong")
            .statusCode());
    HttpResponse<String> issued =
        token(
            base
                + "&grant_type=authorization_code&code="
                + enc(code)
                + "&code_verifier="
                + verifier);
    assertEquals(200, issued.statusCode());
    JsonNode tokens = Json.parse(issued.body());
    assertTrue(oauth.acceptsAccessToken(tokens.get("access_token").asText()));
    assertEquals(
        400,
        token(
                base
                    + "&grant_type=authorization_code&code="
                    + enc(code)
                    + "&code_verifier="
                    + verifier)
            .statusCode(),
        "a code is single-use");

    String refresh = tokens.get("refresh_token").asText();
    JsonNode rotated =
        Json.parse(token(base + "&grant_type=refresh_token&refresh_token=" + enc(refresh)).body());
    assertFalse(refresh.equals(rotated.get("refresh_token").asText()));
    assertEquals(
        400,
        token(base + "&grant_type=refresh_token&refresh_token=" + enc(refresh)).statusCode(),
        "a used refresh token is refused");

    oauth.expireAccessTokens();
    assertFalse(oauth.acceptsAccessToken(rotated.get("access_token").asText()));
    assertEquals(
        401,
        token("grant_type=client_credentials&client_id=sandbox-testoauth-client&client_secret=nope")
            .statusCode());
  }

  @Test
  void aDeniedConsentRedirectsWithAccessDeniedOnce() throws Exception {
    String redirect = "http://127.0.0.1:1/callback";
    String authorize =
        "/testoauth/authorize?response_type=code&client_id=sandbox-testoauth-client&redirect_uri="
            + enc(redirect)
            + "&state=s2";
    assertEquals(
        204,
        send("POST", "/__sandbox/providers/testoauth/deny-consent", Map.of(), "").statusCode());
    assertEquals(
        404, send("POST", "/__sandbox/providers/bamboohr/deny-consent", Map.of(), "").statusCode());

    HttpResponse<String> denied = send("GET", authorize, Map.of(), null);
    assertEquals(302, denied.statusCode());
    assertEquals(
        redirect + "?error=access_denied&error_description=The+user+denied+access&state=s2",
        denied.headers().firstValue("location").orElseThrow());

    String next = send("GET", authorize, Map.of(), null).headers().firstValue("location").get();
    assertTrue(next.startsWith(redirect + "?code="), "only the next request is denied");
  }

  private static HttpResponse<String> token(String form) throws Exception {
    return send(
        "POST",
        "/testoauth/token",
        Map.of("content-type", "application/x-www-form-urlencoded"),
        form);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, String> basic(String user) {
    return Map.of(
        "authorization",
        "Basic "
            + Base64.getEncoder().encodeToString((user + ":x").getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> send(
      String method, String path, Map<String, String> headers, String body) throws Exception {
    return SandboxClient.send(sandbox, method, path, headers, body);
  }

  /** Only an authorization server, to test {@link OAuthServer} through HTTP. */
  private record OAuthOnlyProvider(OAuthServer server) implements Provider {
    @Override
    public String key() {
      return "testoauth";
    }

    @Override
    public List<String> hosts() {
      return List.of("auth.testoauth.example");
    }

    @Override
    public Map<String, String> demoCredentials() {
      return Map.of();
    }

    @Override
    public void mount(io.vertx.ext.web.Router router) {
      server.mountAuthorize(router, "/authorize");
      server.mountToken(router, "/token");
    }

    @Override
    public void error(io.vertx.ext.web.RoutingContext ctx, int status, String message) {
      Json.send(ctx, status, Json.object().put("message", message));
    }

    @Override
    public void reset() {}

    @Override
    public java.util.Optional<OAuthServer> oauth() {
      return java.util.Optional.of(server);
    }
  }
}
