package dev.patchbay.proxy;

import static dev.patchbay.proxy.Proxy.isErrorBody;
import static dev.patchbay.proxy.Proxy.lastProviderRequest;
import static dev.patchbay.proxy.Proxy.outbound;
import static dev.patchbay.proxy.Proxy.providerUrl;
import static dev.patchbay.proxy.Proxy.proxy;
import static dev.patchbay.proxy.Proxy.salesforceAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The proxy cannot be turned against the platform: every request below is answered 4xx with the
 * error body, and neither the internal service (on every address of its port) nor anything else
 * received a connection. The fake provider on 127.0.0.2 is the one non-public address the tests'
 * operator allows.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(FakeProvider.class)
class EgressRefusalTest {

  private static void refusedWithoutAConnection(String account, Map<String, Object> body) {
    int before = outbound();
    isErrorBody(proxy(account, body).then(), 400);
    assertEquals(before, outbound(), "an outbound connection was made for " + body);
  }

  @Test
  void aUrlOverrideOffTheConnectorsOriginsIsRefused() {
    String account = salesforceAccount();
    int internal = Proxy.internalPort();
    String provider = providerUrl();
    int providerPort = Integer.parseInt(provider.substring(provider.lastIndexOf(':') + 1));
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data/",
            "http://[fd00:ec2::254]/latest/meta-data/",
            "http://127.0.0.1:" + internal,
            "http://localhost:" + internal,
            "http://localhost.:" + internal,
            "http://[::1]:" + internal,
            "http://0x7f000001:" + internal,
            "http://2130706433:" + internal,
            "http://127.1:" + internal,
            "http://0.0.0.0:" + internal,
            "http://10.0.0.1/",
            "http://172.16.0.1/",
            "http://192.168.1.1/",
            "file:///etc/passwd",
            "gopher://127.0.0.1:" + internal + "/_GET",
            "ftp://127.0.0.2:" + providerPort + "/",
            "https://127.0.0.2:" + providerPort, // the scheme differs
            "http://127.0.0.2:" + (providerPort == 65535 ? 1 : providerPort + 1), // the port
            "http://x@127.0.0.2:" + providerPort,
            "http://127.0.0.2:" + providerPort + "@127.0.0.1:" + internal,
            "not a url")) {
      refusedWithoutAConnection(account, Map.of("url", url, "path", "/echo"));
    }
  }

  @Test
  void pathTricksCannotLeaveTheBaseUrlsHost() {
    String account = salesforceAccount();
    int internal = Proxy.internalPort();
    for (String path :
        List.of(
            "@127.0.0.1:" + internal + "/x",
            ":" + internal + "@127.0.0.1/x",
            "//127.0.0.1:" + internal + "/x",
            "//169.254.169.254/latest/meta-data",
            "\\\\127.0.0.1/x",
            "/\\127.0.0.1/x",
            "x/../../etc",
            "/x#@127.0.0.1:" + internal,
            ".127.0.0.1:" + internal)) {
      refusedWithoutAConnection(account, Map.of("path", path));
    }
    // after the first '/', '@' and '//' are plain path characters on the provider's host
    proxy(account, Map.of("path", "/echo@127.0.0.1:" + internal + "//x"))
        .then()
        .statusCode(200)
        .body("data.uri", equalTo("/echo@127.0.0.1:" + internal + "//x"));
    assertEquals(0, Proxy.internalConnections());
  }

  @Test
  void aBaseUrlFromCredentialsThatResolvesInwardIsRefused() {
    int internal = Proxy.internalPort();
    for (String instanceUrl :
        List.of(
            "http://localhost:" + internal, // a DNS name resolving to loopback
            "http://127.0.0.1:" + internal,
            "http://[::1]:" + internal,
            "http://169.254.169.254",
            "http://10.1.2.3",
            "http://192.168.0.10",
            "file:///etc/passwd",
            "gopher://localhost:" + internal)) {
      String account = salesforceAccount(instanceUrl, "account-token");
      refusedWithoutAConnection(account, Map.of("path", "/x"));
    }
  }

  @Test
  void aProviderRedirectIsNeverFollowedAndOneInwardIsRefused() {
    String account = salesforceAccount();
    int internal = Proxy.internalPort();
    for (String to :
        List.of(
            "http://127.0.0.1:" + internal + "/admin",
            "http://169.254.169.254/latest/meta-data/",
            "http://localhost:" + internal,
            "https://example.com/elsewhere")) {
      int before = Proxy.internalConnections();
      isErrorBody(proxy(account, Map.of("path", "/redirect?to=" + encode(to))).then(), 400);
      assertEquals(before, Proxy.internalConnections(), "followed a redirect to " + to);
      assertEquals("/redirect?to=" + encode(to), lastProviderRequest().getString("uri"));
    }
    // a redirect within the provider's origin comes back as it is, for the caller to follow
    proxy(account, Map.of("path", "/redirect?to=" + encode("/echo/next")))
        .then()
        .statusCode(200)
        .body("status", equalTo(302))
        .body("headers.location", equalTo("/echo/next"));
    assertEquals("/redirect?to=" + encode("/echo/next"), lastProviderRequest().getString("uri"));
  }

  @Test
  void anotherProjectCannotUseTheAccountToProbe() {
    String account = salesforceAccount();
    int before = outbound();
    isErrorBody(
        Proxy.as(AccountsKeyStub.KEY_B)
            .contentType(io.restassured.http.ContentType.JSON)
            .header("x-account-id", account)
            .body(Map.of("url", "http://169.254.169.254/", "path", "/"))
            .post("/proxy")
            .then(),
        404);
    assertEquals(before, outbound());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
