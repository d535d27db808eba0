package dev.patchbay.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequestLogEntryTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static RequestLogEntry entry(String path, Map<String, List<String>> headers) {
    RequestLogEntry entry =
        new RequestLogEntry(
            "req_1",
            "accounts",
            SourceType.of(path, null),
            "POST",
            path,
            "http://localhost" + path,
            "10.0.0.1",
            headers,
            Map.of("access_token", List.of("query-secret"), "page_size", List.of("25")));
    entry.caller("proj_1", "key_1");
    return entry;
  }

  @Test
  void secretsAreRedactedEverywhereBeforeBodiesAreCut() throws Exception {
    RequestLogEntry entry =
        entry(
            "/accounts",
            Map.of(
                "Authorization", List.of("Basic a2V5Og=="),
                "X-Upstream-Authorization", List.of("Bearer upstream-bearer"),
                "X-Trace", List.of("Bearer trace-bearer"),
                "Accept", List.of("application/json")));
    entry.requestBody(
        ("{\"credentials\":{\"api_key\":\"cred-1\"},\"label\":\"sk_live_abc123 and acct-value\","
                + "\"nested\":{\"client_secret\":\"cs-1\",\"ok\":\"visible\"}}")
            .getBytes(StandardCharsets.UTF_8));
    entry.account("acc_1", "bamboohr", JSON.readTree("{\"password\":\"acct-value\"}"));
    entry.finish(201, Map.of("id", "acc_1", "secret", "whsec_shown_once"));

    String data =
        JSON.writeValueAsString(
            entry.toData(JSON, 16384, List.of(Pattern.compile("sk_live_[a-z0-9]+"))));
    for (String secret :
        List.of(
            "a2V5Og==",
            "upstream-bearer",
            "trace-bearer",
            "cred-1",
            "cs-1",
            "sk_live_abc123",
            "acct-value",
            "whsec_shown_once",
            "query-secret")) {
      assertFalse(data.contains(secret), secret + " reached the event: " + data);
    }
    assertTrue(data.contains("\"ok\":\"visible\""), data);
    assertTrue(data.contains("\"accept\":\"application/json\""), data);
    assertTrue(data.contains("\"page_size\":[\"25\"]"), data);
  }

  @Test
  void longBodiesAreCutAndMalformedOnesNeverLoggedVerbatim() {
    RequestLogEntry entry = entry("/mcp", Map.of());
    entry.requestBody("{\"broken\":\"malformed-secret\"".getBytes(StandardCharsets.UTF_8));
    entry.finish(200, Map.of("data", "x".repeat(500)));
    JsonNode data = entry.toData(JSON, 100, List.of());
    assertEquals("[not JSON: 28 bytes]", data.path("request").path("body").asText());
    assertTrue(data.path("response").path("body_truncated").asBoolean());
    assertEquals(100, data.path("response").path("body").asText().length());
    assertEquals("MCP", data.path("source_type").asText());
    assertEquals(200, data.path("status").asInt());
    assertTrue(data.path("success").asBoolean());
  }

  @Test
  void aStreamedResponseIsNeitherReadNorSerialised() throws Exception {
    RequestLogEntry entry = entry("/proxy", Map.of());
    jakarta.ws.rs.core.StreamingOutput stream =
        out -> {
          throw new AssertionError("the log must not read a streamed response");
        };
    entry.finish(200, stream);

    assertEquals(
        "[streamed]", entry.toData(JSON, 16384, List.of()).path("response").path("body").asText());
  }

  @Test
  void secretQueryParametersOfLinksInsideBodiesAreRedacted() throws Exception {
    RequestLogEntry entry = entry("/connect_sessions", Map.of());
    entry.finish(
        201,
        Map.of(
            "auth_link_url", "https://hub.example/connect?token=cst_link-secret&lang=en",
            "next", "/page?cursor=c-2&access_token=at-secret"));

    String data = JSON.writeValueAsString(entry.toData(JSON, 16384, List.of()));

    assertFalse(data.contains("cst_link-secret"), data);
    assertFalse(data.contains("at-secret"), data);
    assertTrue(data.contains("connect?token=[REDACTED]&lang=en"), data);
    assertTrue(data.contains("cursor=c-2"), data);
  }
}
