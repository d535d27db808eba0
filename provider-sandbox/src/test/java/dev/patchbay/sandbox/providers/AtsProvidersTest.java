package dev.patchbay.sandbox.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.sandbox.Json;
import dev.patchbay.sandbox.ProviderSandbox;
import dev.patchbay.sandbox.SandboxClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The paging, auth and error conventions of the ATS simulators, through HTTP. */
class AtsProvidersTest {
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
  private static ProviderSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = ProviderSandbox.start("127.0.0.1", 0);
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
  void greenhouseFollowsLinkHeadersToTheLastPageKeepingFilters() throws Exception {
    Map<String, String> auth = basic(Greenhouse.API_TOKEN, "");
    String url = "https://harvest.greenhouse.io/v1/candidates?per_page=30&job_id=4000008";
    HttpResponse<String> filtered = get(url, auth);
    assertEquals(200, filtered.statusCode());
    assertEquals(3, Json.parse(filtered.body()).size());
    assertTrue(filtered.headers().firstValue("link").isEmpty(), "one page has no Link header");

    Set<String> ids = new HashSet<>();
    String next = "https://harvest.greenhouse.io/v1/candidates?per_page=30";
    int pages = 0;
    while (next != null) {
      HttpResponse<String> page = get(next, auth);
      Json.parse(page.body()).forEach(c -> ids.add(c.get("id").asText()));
      String link = page.headers().firstValue("link").orElse("");
      assertTrue(link.contains("rel=\"last\""), link);
      Matcher matcher = NEXT.matcher(link);
      next = matcher.find() ? matcher.group(1) : null;
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(AtsSeed.CANDIDATES, ids.size());
  }

  @Test
  void greenhouseRefusesWritesWithoutOnBehalfOfAndBadTokens() throws Exception {
    String body =
        "{\"first_name\":\"A\",\"last_name\":\"B\",\"applications\":[{\"job_id\":4000001}]}";
    HttpResponse<String> anonymous =
        send(
            "POST",
            "/harvest.greenhouse.io/v1/candidates",
            json(basic(Greenhouse.API_TOKEN, "")),
            body);
    assertEquals(403, anonymous.statusCode());
    Map<String, String> headers = json(basic(Greenhouse.API_TOKEN, ""));
    headers.put("on-behalf-of", "900001");
    HttpResponse<String> invalid =
        send("POST", "/harvest.greenhouse.io/v1/candidates", headers, "{}");
    assertEquals(422, invalid.statusCode());
    assertEquals("Validation error", Json.parse(invalid.body()).get("message").asText());
    assertEquals(
        401, get("https://harvest.greenhouse.io/v1/jobs", basic("wrong", "")).statusCode());
  }

  @Test
  void leverPagesWithOffsetTokensAndAcceptsItsOwnAccessTokens() throws Exception {
    Map<String, String> auth = basic(Lever.API_KEY, "");
    List<String> ids = new ArrayList<>();
    String offset = null;
    do {
      JsonNode page =
          Json.parse(
              get(
                      "https://api.lever.co/v1/opportunities?limit=25"
                          + (offset == null ? "" : "&offset=" + offset),
                      auth)
                  .body());
      page.get("data").forEach(o -> ids.add(o.get("id").asText()));
      assertEquals(page.get("hasNext").asBoolean(), page.has("next"));
      offset = page.path("next").asText(null);
    } while (offset != null);
    assertEquals(AtsSeed.applications().size(), ids.size());
    assertEquals(ids.size(), new HashSet<>(ids).size());

    assertEquals(
        400, get("https://api.lever.co/v1/opportunities?offset=garbage", auth).statusCode());
    HttpResponse<String> write =
        send(
            "PUT",
            "/api.lever.co/v1/opportunities/" + AtsSeed.uuid(Lever.OPPORTUNITY, 1) + "/stage",
            json(auth),
            "{}");
    assertEquals(400, write.statusCode());
    assertEquals("BadRequestError", Json.parse(write.body()).get("code").asText());

    String token = sandbox.provider("lever").orElseThrow().oauth().orElseThrow().demoAccessToken();
    Map<String, String> bearer = Map.of("authorization", "Bearer " + token);
    assertEquals(200, get("https://api.lever.co/v1/users", bearer).statusCode());
    sandbox.provider("lever").orElseThrow().oauth().orElseThrow().expireAccessTokens();
    assertEquals(401, get("https://api.lever.co/v1/users", bearer).statusCode());
  }

  @Test
  void ashbyAnswersErrorsAsSuccessFalseAndHandsOutSyncTokens() throws Exception {
    Map<String, String> auth = json(basic(Ashby.API_KEY, ""));
    HttpResponse<String> missing =
        send("POST", "/api.ashbyhq.com/candidate.info", auth, "{\"id\":\"nope\"}");
    assertEquals(200, missing.statusCode());
    JsonNode failure = Json.parse(missing.body());
    assertFalse(failure.get("success").asBoolean());
    assertEquals("candidate_not_found", failure.get("errorInfo").get("code").asText());

    List<String> ids = new ArrayList<>();
    JsonNode page =
        Json.parse(send("POST", "/api.ashbyhq.com/candidate.list", auth, "{\"limit\":40}").body());
    page.get("results").forEach(c -> ids.add(c.get("id").asText()));
    assertTrue(page.get("moreDataAvailable").asBoolean());
    page =
        Json.parse(
            send(
                    "POST",
                    "/api.ashbyhq.com/candidate.list",
                    auth,
                    "{\"limit\":40,\"cursor\":\"" + page.get("nextCursor").asText() + "\"}")
                .body());
    page.get("results").forEach(c -> ids.add(c.get("id").asText()));
    assertFalse(page.get("moreDataAvailable").asBoolean());
    assertEquals(AtsSeed.CANDIDATES, new HashSet<>(ids).size());

    String syncToken = page.get("syncToken").asText();
    JsonNode since =
        Json.parse(
            send(
                    "POST",
                    "/api.ashbyhq.com/candidate.list",
                    auth,
                    "{\"syncToken\":\"" + syncToken + "\"}")
                .body());
    assertEquals(0, since.get("results").size(), "nothing changed since the sync");
    send(
        "POST",
        "/api.ashbyhq.com/candidate.update",
        auth,
        "{\"candidateId\":\"" + ids.get(0) + "\",\"position\":\"CTO\"}");
    since =
        Json.parse(
            send(
                    "POST",
                    "/api.ashbyhq.com/candidate.list",
                    auth,
                    "{\"syncToken\":\"" + syncToken + "\"}")
                .body());
    assertEquals(1, since.get("results").size());

    assertEquals(
        401,
        send("POST", "/api.ashbyhq.com/job.list", json(basic("wrong", "")), "{}").statusCode());
  }

  @Test
  void workablePagesWithInclusiveSinceIdsAndKnowsItsSubdomain() throws Exception {
    Map<String, String> auth = Map.of("authorization", "Bearer " + Workable.TOKEN);
    List<String> ids = new ArrayList<>();
    String next = "https://acme.workable.com/spi/v3/candidates?limit=30&stage=applied";
    while (next != null) {
      JsonNode page = Json.parse(get(next, auth).body());
      page.get("candidates").forEach(c -> ids.add(c.get("id").asText()));
      next = page.path("paging").path("next").asText(null);
      if (next != null) {
        assertTrue(next.contains("stage=applied"), next);
      }
    }
    assertEquals(ids.size(), new HashSet<>(ids).size());
    assertEquals(AtsSeed.applications().stream().filter(a -> a.stage() == 0).count(), ids.size());

    JsonNode first =
        Json.parse(get("https://acme.workable.com/spi/v3/candidates?limit=2", auth).body());
    String second = first.get("candidates").get(1).get("id").asText();
    JsonNode from =
        Json.parse(
            get("https://acme.workable.com/spi/v3/candidates?limit=1&since_id=" + second, auth)
                .body());
    assertEquals(second, from.get("candidates").get(0).get("id").asText(), "since_id is inclusive");

    assertEquals(404, get("https://globex.workable.com/spi/v3/jobs", auth).statusCode());
    assertEquals(401, get("https://acme.workable.com/spi/v3/jobs", Map.of()).statusCode());
  }

  private static Map<String, String> basic(String user, String password) {
    String pair = user + ":" + password;
    return Map.of(
        "authorization",
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> json(Map<String, String> headers) {
    Map<String, String> out = new java.util.HashMap<>(headers);
    out.put("content-type", "application/json");
    return out;
  }

  /** GET a provider URL through the sandbox, as the engine's SandboxTransport would. */
  private static HttpResponse<String> get(String url, Map<String, String> headers)
      throws Exception {
    URI uri = URI.create(url);
    return send(
        "GET",
        "/"
            + uri.getRawAuthority()
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
        headers,
        null);
  }

  private static HttpResponse<String> send(
      String method, String path, Map<String, String> headers, String body) throws Exception {
    return SandboxClient.send(sandbox, method, path, headers, body);
  }
}
