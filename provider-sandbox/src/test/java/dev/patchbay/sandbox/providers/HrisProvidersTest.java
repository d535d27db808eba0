package dev.patchbay.sandbox.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.sandbox.Json;
import dev.patchbay.sandbox.ProviderSandbox;
import dev.patchbay.sandbox.SandboxClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HRIS simulators' own logic: pagination, token exchange, search filters, report filters. */
class HrisProvidersTest {
  private static final String FACTORIAL =
      "/api.factorialhr.com/api/2026-04-01/resources/employees/employees";
  private static final String PERSONIO = "/api.personio.de";
  private static final String HIBOB = "/api.hibob.com/v1";
  private static ProviderSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = ProviderSandbox.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void factorialCursorPagesEndWithTheLastEmployee() throws Exception {
    Map<String, String> key = Map.of("x-api-key", Factorial.API_KEY);
    Set<String> ids = new HashSet<>();
    String after = null;
    int pages = 0;
    long previous = 0;
    while (true) {
      String query = "?limit=50" + (after == null ? "" : "&after_id=" + enc(after));
      JsonNode page = Json.parse(send("GET", FACTORIAL + query, key, null).body());
      pages++;
      for (JsonNode employee : page.get("data")) {
        assertTrue(employee.get("id").asLong() > previous, "sorted by id");
        previous = employee.get("id").asLong();
        ids.add(employee.get("id").asText());
      }
      assertEquals(130, page.at("/meta/total").asInt());
      if (!page.at("/meta/has_next_page").asBoolean()) {
        break;
      }
      after = page.at("/meta/end_cursor").asText();
    }
    assertEquals(3, pages);
    assertEquals(130, ids.size());

    JsonNode byPage = Json.parse(send("GET", FACTORIAL + "?limit=50&page=3", key, null).body());
    assertEquals(30, byPage.get("data").size());
    assertFalse(byPage.get("meta").has("end_cursor"), "page mode hands out no cursors");
    HttpResponse<String> bad = send("GET", FACTORIAL + "?after_id=%25%25", key, null);
    assertEquals(400, bad.statusCode());
    assertEquals("bad_request", Json.parse(bad.body()).at("/error/code").asText());
    assertEquals(401, send("GET", FACTORIAL, Map.of(), null).statusCode());
  }

  @Test
  void personioTokenExchangeThenOffsetPages() throws Exception {
    HttpResponse<String> issued =
        send(
            "POST",
            PERSONIO + "/v2/auth/token",
            Map.of("content-type", "application/x-www-form-urlencoded"),
            "grant_type=client_credentials&client_id=sandbox-personio-client"
                + "&client_secret=sandbox-personio-secret");
    assertEquals(200, issued.statusCode());
    String token = Json.parse(issued.body()).get("access_token").asText();
    Map<String, String> bearer = Map.of("authorization", "Bearer " + token);

    JsonNode last =
        Json.parse(
            send("GET", PERSONIO + "/v1/company/employees?limit=50&offset=100", bearer, null)
                .body());
    assertEquals(30, last.get("data").size());
    assertEquals(2, last.at("/metadata/current_page").asInt());
    assertEquals(3, last.at("/metadata/total_pages").asInt());
    assertEquals(
        1_130_101, last.at("/data/0/attributes/id/value").asInt(), "offset counts records");
    assertEquals(
        400, send("GET", PERSONIO + "/v1/company/employees?limit=101", bearer, null).statusCode());

    HttpResponse<String> anonymous =
        send("GET", PERSONIO + "/v1/company/employees", Map.of(), null);
    assertEquals(401, anonymous.statusCode());
    assertFalse(Json.parse(anonymous.body()).get("success").asBoolean());
    HttpResponse<String> v2 = send("GET", PERSONIO + "/v2/legal-entities", Map.of(), null);
    assertEquals(401, v2.statusCode());
    assertEquals("Unauthorized", Json.parse(v2.body()).at("/errors/0/title").asText());
  }

  @Test
  void hibobSearchAppliesFiltersFieldsAndShowInactive() throws Exception {
    Map<String, String> auth =
        Map.of(
            "authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (HiBob.SERVICE_USER + ":" + HiBob.TOKEN).getBytes(StandardCharsets.UTF_8)),
            "content-type",
            "application/json");
    String search =
        "{\"fields\":[\"root.id\",\"work.department\"],\"filters\":[{\"fieldPath\":"
            + "\"work.department\",\"operator\":\"equals\",\"values\":[\"Engineering\"]}]}";
    JsonNode engineers =
        Json.parse(send("POST", HIBOB + "/people/search", auth, search).body()).get("employees");
    assertEquals(11, engineers.size());
    for (JsonNode employee : engineers) {
      assertEquals(2, employee.size(), "only the requested fields: " + employee);
      assertEquals("Engineering", employee.at("/work/department").asText());
    }
    int active =
        Json.parse(send("POST", HIBOB + "/people/search", auth, "{}").body())
            .get("employees")
            .size();
    int everyone =
        Json.parse(send("POST", HIBOB + "/people/search", auth, "{\"showInactive\":true}").body())
            .get("employees")
            .size();
    assertEquals(76, active);
    assertEquals(80, everyone);
    HttpResponse<String> refused =
        send(
            "POST",
            HIBOB + "/people/search",
            Map.of(
                "authorization", "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes())),
            "{}");
    assertEquals(401, refused.statusCode());
    assertEquals("unauthorized", Json.parse(refused.body()).get("key").asText());
  }

  @Test
  void bambooHrCustomReportFiltersOnLastChanged() throws Exception {
    Map<String, String> auth =
        Map.of(
            "authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((BambooHr.API_KEY + ":x").getBytes(StandardCharsets.UTF_8)),
            "content-type",
            "application/json");
    String path = "/api.bamboohr.com/api/gateway.php/acme/v1/reports/custom?format=JSON";
    JsonNode report =
        Json.parse(
            send(
                    "POST",
                    path,
                    auth,
                    "{\"fields\":[\"firstName\"],\"filters\":{\"lastChanged\":"
                        + "{\"includeNull\":\"no\",\"value\":\"2025-12-01T00:00:00Z\"}}}")
                .body());
    assertEquals(6, report.get("employees").size());
    assertEquals("19", report.at("/employees/0/id").asText());
    assertEquals(400, send("POST", path, auth, "{\"fields\":[]}").statusCode());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(
      String method, String path, Map<String, String> headers, String body) throws Exception {
    return SandboxClient.send(sandbox, method, path, headers, body);
  }
}
