package dev.patchbay.proxy;

import static dev.patchbay.proxy.Proxy.as;
import static dev.patchbay.proxy.Proxy.isErrorBody;
import static dev.patchbay.proxy.Proxy.proxy;
import static dev.patchbay.proxy.Proxy.salesforceAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import dev.patchbay.testing.StubAccounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(FakeProvider.class)
class ProxyApiTest {

  @Test
  void refusesAnUnauthenticatedCallAndAnotherProjectsAccount() {
    String account = salesforceAccount();
    isErrorBody(
        given().contentType(ContentType.JSON).body("{\"path\":\"/echo\"}").post("/proxy").then(),
        401);
    int before = Proxy.outbound();
    isErrorBody(
        as(AccountsKeyStub.KEY_B)
            .contentType(ContentType.JSON)
            .header("x-account-id", account)
            .body("{\"path\":\"/echo\"}")
            .post("/proxy")
            .then(),
        404);
    isErrorBody(proxy(Ids.newId("acc"), "{\"path\":\"/echo\"}").then(), 404);
    assertEquals(before, Proxy.outbound());
  }

  @Test
  void badInputIsA400WithTheErrorBody() {
    String account = salesforceAccount();
    isErrorBody(proxy(null, "{\"path\":\"/echo\"}").then(), 400);
    isErrorBody(proxy(account, "{\"method\":\"trace\",\"path\":\"/echo\"}").then(), 400);
    isErrorBody(proxy(account, "{\"path\":\"/echo\",\"headers\":[\"x\"]}").then(), 400);
    isErrorBody(proxy(account, "{\"path\":\"/echo\",\"headers\":{\"x y\":\"1\"}}").then(), 400);
    isErrorBody(
        proxy(account, "{\"path\":\"/echo\",\"headers\":{\"x-a\":\"1\\r\\nx-b: 2\"}}").then(), 400);
    isErrorBody(
        proxy(account, "{\"path\":\"/echo\",\"body\":\"%%%\",\"body_encoding\":\"base64\"}").then(),
        400);
    isErrorBody(proxy(account, "{\"path\":\"/echo\",\"body_encoding\":\"gzip\"}").then(), 400);
    isErrorBody(proxy(account, "{\"path\":").then(), 400);
  }

  @Test
  void aDisabledAccountIsA412() {
    String account = salesforceAccount();
    StubAccounts.put(
        new StubAccounts.Account(
            account,
            AccountsKeyStub.PROJECT_A,
            "salesforce",
            "disabled",
            null,
            "production",
            Map.of("instanceUrl", Proxy.providerUrl())));
    isErrorBody(proxy(account, "{\"path\":\"/echo\"}").then(), 412);
  }

  @Test
  void everyMethodReachesTheProviderWithItsBodyAndTheAccountsAuthorization() {
    String account = salesforceAccount();
    for (String method : List.of("get", "post", "put", "patch", "delete")) {
      JsonPath answer =
          proxy(
                  account,
                  Map.of("method", method, "path", "/echo/" + method, "body", Map.of("n", 1)))
              .then()
              .statusCode(200)
              .contentType(ContentType.JSON)
              .body("status", equalTo(200))
              .body("headers.x-provider", equalTo("fake"))
              .extract()
              .jsonPath();
      assertEquals(method.toUpperCase(), answer.getString("data.method"));
      assertEquals("/echo/" + method, answer.getString("data.uri"));
      assertEquals("Bearer account-token", answer.getString("data.headers.authorization"));
      assertEquals("application/json", answer.getString("data.headers.content-type"));
      assertEquals("{\"n\":1}", decode(answer.getString("data.body")));
    }
  }

  @Test
  void anAccountIsReadFromAccountsServiceOnceThenServedFromMemory() {
    String account = salesforceAccount();
    for (int i = 0; i < 3; i++) {
      proxy(account, Map.of("path", "/echo/cached")).then().statusCode(200);
    }
    assertEquals(1, StubAccounts.state(account).getInt("reads"));
  }

  @Test
  void theClientAliasAndUppercaseMethodsWork() {
    String account = salesforceAccount();
    as(AccountsKeyStub.KEY_A)
        .contentType(ContentType.JSON)
        .header("x-account-id", account)
        .body(Map.of("method", "POST", "path", "/echo/alias", "body", Map.of("a", "b")))
        .post("/unified/proxy")
        .then()
        .statusCode(200)
        .body("data.method", equalTo("POST"))
        .body("data.uri", equalTo("/echo/alias"));
  }

  @Test
  void aQueryStringInPathIsSentAsWritten() {
    String account = salesforceAccount();
    proxy(account, Map.of("path", "/echo/q?name=J%C3%BCrgen&tag=a&tag=b&empty="))
        .then()
        .statusCode(200)
        .body("data.uri", equalTo("/echo/q?name=J%C3%BCrgen&tag=a&tag=b&empty="));
  }

  @Test
  void headersAreFilteredBothWays() {
    String account = salesforceAccount();
    JsonPath answer =
        proxy(
                account,
                Map.of(
                    "path",
                    "/echo/headers",
                    "headers",
                    Map.of(
                        "Authorization", "Basic c3RvbGVuOg==",
                        "Cookie", "session=abc",
                        "Connection", "close",
                        "Keep-Alive", "timeout=5",
                        "Proxy-Authorization", "Basic eDp5",
                        "Transfer-Encoding", "chunked",
                        "Upgrade", "websocket",
                        "Host", "evil.example",
                        "X-Account-Id", "acc_other",
                        "X-Custom", "kept")))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, String> received = answer.getMap("data.headers");
    assertEquals("kept", received.get("x-custom"));
    assertEquals("Bearer account-token", received.get("authorization"));
    assertEquals(Proxy.providerUrl().substring("http://".length()), received.get("host"));
    for (String dropped :
        List.of("cookie", "keep-alive", "proxy-authorization", "upgrade", "x-account-id")) {
      assertFalse(received.containsKey(dropped), dropped + " was forwarded");
    }
    assertFalse(received.getOrDefault("connection", "").contains("close"));
    assertFalse(received.containsKey("transfer-encoding"));
    // the caller's own Patchbay credentials never reach the provider
    assertFalse(received.toString().contains(AccountsKeyStub.KEY_A));

    // hop-by-hop response headers stay on the provider's connection
    proxy(account, Map.of("path", "/bytes?n=10"))
        .then()
        .statusCode(200)
        .body("headers", not(hasKey("transfer-encoding")))
        .body("headers", not(hasKey("content-length")))
        .body("headers.content-type", equalTo("application/octet-stream"));
  }

  @Test
  void binaryBodiesPassThroughIntactBothWays() {
    String account = salesforceAccount();
    byte[] upload = new byte[70_000];
    for (int i = 0; i < upload.length; i++) {
      upload[i] = (byte) (i * 31);
    }
    JsonPath sent =
        proxy(
                account,
                Map.of(
                    "method", "put",
                    "path", "/echo/file",
                    "headers", Map.of("Content-Type", "image/png"),
                    "body", Base64.getEncoder().encodeToString(upload),
                    "body_encoding", "base64"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("image/png", sent.getString("data.headers.content-type"));
    assertArrayEquals(upload, Base64.getDecoder().decode(sent.getString("data.body")));

    // a 3 MB download of unknown length, streamed through as base64 (sizes not a multiple of 3)
    for (int size : List.of(1, 2, 3, 8193, 3_000_001)) {
      JsonPath download =
          proxy(account, Map.of("path", "/bytes?n=" + size))
              .then()
              .statusCode(200)
              .body("data_encoding", equalTo("base64"))
              .extract()
              .jsonPath();
      byte[] data = Base64.getDecoder().decode(download.getString("data"));
      assertEquals(size, data.length);
      for (int i = 0; i < size; i++) {
        if (data[i] != (byte) i) {
          throw new AssertionError("byte " + i + " of " + size + " differs");
        }
      }
    }
  }

  @Test
  void multipartBodiesPassThroughIntact() {
    String account = salesforceAccount();
    String multipart =
        "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
            + "hello \"world\" ✓\r\n"
            + "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "line 1\nline 2\r\n"
            + "--XyZ--\r\n";
    JsonPath answer =
        proxy(
                account,
                Map.of(
                    "method",
                    "post",
                    "path",
                    "/echo/upload",
                    "headers",
                    Map.of("Content-Type", "multipart/form-data; boundary=XyZ"),
                    "body",
                    multipart))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(
        "multipart/form-data; boundary=XyZ", answer.getString("data.headers.content-type"));
    assertEquals(multipart, decode(answer.getString("data.body")));
  }

  @Test
  void aTextResponseIsAJsonString() {
    proxy(salesforceAccount(), Map.of("path", "/text"))
        .then()
        .statusCode(200)
        .body("data", equalTo("say \"hi\"\n\tto Zoë\\"))
        .body("$", not(hasKey("data_encoding")));
  }

  @Test
  void aProvider429ComesBackWithItsRetryAfter() {
    isErrorBody(proxy(salesforceAccount(), Map.of("path", "/status/429")).then(), 429)
        .header("Retry-After", "7")
        .body("provider_errors[0].status", equalTo(429))
        .body("provider_errors[0].raw.error", equalTo("status 429"));
  }

  @Test
  void providerErrorsCarryTheProvidersAnswer() {
    String account = salesforceAccount();
    isErrorBody(proxy(account, Map.of("path", "/status/404?secret=x")).then(), 404)
        .body("provider_errors[0].status", equalTo(404))
        .body("provider_errors[0].url", equalTo(Proxy.providerUrl() + "/status/404"));
    isErrorBody(proxy(account, Map.of("path", "/status/500")).then(), 502)
        .body("provider_errors[0].status", equalTo(500));
    proxy(account, Map.of("method", "delete", "path", "/status/204")).then().statusCode(204);
    proxy(account, Map.of("method", "post", "path", "/status/201"))
        .then()
        .statusCode(201)
        .body("status", equalTo(201));
  }

  @Test
  void aResponseOverTheSizeLimitIsCutOffMidway() {
    // patchbay.proxy.max-response-bytes is 8 MB in the tests: the 200 has begun, its body breaks
    // off
    String account = salesforceAccount();
    assertThrows(
        Exception.class,
        () ->
            proxy(account, Map.of("path", "/bytes?n=9000000"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("data"));
  }

  @Test
  void aProviderThatDoesNotAnswerInTimeIsA408() {
    // patchbay.proxy.timeout is 10 s in the tests; the provider takes 15
    isErrorBody(proxy(salesforceAccount(), Map.of("path", "/slow")).then(), 408);
  }

  @Test
  void aRequestOverTheSizeLimitIsA413() {
    // quarkus.http.limits.max-body-size is 1 MB in the tests
    String big = Base64.getEncoder().encodeToString(new byte[1_200_000]);
    isErrorBody(
        proxy(salesforceAccount(), Map.of("path", "/echo", "body", big, "body_encoding", "base64"))
            .then(),
        413);
  }

  @Test
  void aProvider401HasAccountsServiceRefreshTheTokenOnceAndSendsAgain() {
    String account = salesforceAccount(Proxy.providerUrl(), "stale-token");
    StubAccounts.onRefresh(account, Map.of("accessToken", "fresh-token"));
    proxy(account, Map.of("path", "/protected"))
        .then()
        .statusCode(200)
        .body("data.ok", equalTo(true));
    assertEquals(1, StubAccounts.state(account).getInt("refreshes"));
    assertEquals("fresh-token", StubAccounts.state(account).getString("credentials.accessToken"));

    // a token the refresh does not cure: one refresh, then the provider's 401 is a 502
    String other = salesforceAccount(Proxy.providerUrl() + "/status", "stale-token");
    StubAccounts.onRefresh(other, Map.of("accessToken", "fresh-token"));
    isErrorBody(proxy(other, Map.of("path", "/401")).then(), 502)
        .body("provider_errors[0].status", equalTo(401));
    assertEquals(1, StubAccounts.state(other).getInt("refreshes"));

    // a refresh the provider refuses is a 502 that names no secret
    String refused = salesforceAccount(Proxy.providerUrl(), "stale-token");
    isErrorBody(proxy(refused, Map.of("path", "/protected")).then(), 502)
        .body(
            "message",
            equalTo(
                "The account's credentials could not be refreshed: The provider refused to"
                    + " refresh the account's credentials"));
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
