package dev.patchbay.engine.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshedCredentialsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-03-15T10:30:00Z");
  private static final Duration SKEW = Duration.ofSeconds(60);

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void theResultIsMergedAndItsLifetimeBecomesANumberAndAnExpiry() throws Exception {
    JsonNode current =
        json("{\"clientId\":\"id\",\"accessToken\":\"old\",\"refreshToken\":\"r1\"}");

    JsonNode merged =
        RefreshedCredentials.merge(
            current,
            json(
                "{\"accessToken\":\"new\",\"expiresIn\":\"3600\",\"refreshExpiresIn\":\"7200.5\"}"),
            NOW,
            null);

    assertEquals(
        json("{\"clientId\":\"id\",\"accessToken\":\"new\",\"refreshToken\":\"r1\","
                + "\"expiresIn\":3600,\"refreshExpiresIn\":7200.5,\"expiresAt\":"
                + (NOW.getEpochSecond() + 3600)
                + "}")
            .toString(),
        merged.toString());
    assertEquals("old", current.get("accessToken").asText(), "the stored node is not modified");
  }

  @Test
  void withoutALifetimeTheFallbackApplies() throws Exception {
    JsonNode merged =
        RefreshedCredentials.merge(json("{}"), json("{\"accessToken\":\"new\"}"), NOW, 600L);

    assertEquals(NOW.getEpochSecond() + 600, merged.get("expiresAt").asLong());
  }

  @Test
  void anUnknownLifetimeDropsTheStaleExpiry() throws Exception {
    JsonNode merged =
        RefreshedCredentials.merge(
            json("{\"accessToken\":\"old\",\"expiresAt\":1}"),
            json("{\"accessToken\":\"new\",\"expiresIn\":\"soon\"}"),
            NOW,
            600L);

    assertFalse(merged.has("expiresAt"));
    assertEquals("soon", merged.get("expiresIn").asText());
  }

  @Test
  void aTokenIsRefreshedWhenMissingExpiredOrAboutToExpire() throws Exception {
    long now = NOW.getEpochSecond();
    assertTrue(TokenExpiry.needsRefresh(json("{\"refreshToken\":\"r\"}"), NOW, SKEW));
    assertTrue(TokenExpiry.needsRefresh(json("{\"accessToken\":\" \"}"), NOW, SKEW));
    assertTrue(
        TokenExpiry.needsRefresh(
            json("{\"accessToken\":\"t\",\"expiresAt\":" + (now - 1) + "}"), NOW, SKEW));
    assertTrue(
        TokenExpiry.needsRefresh(
            json("{\"accessToken\":\"t\",\"expiresAt\":\"" + (now + 30) + "\"}"), NOW, SKEW));
    assertFalse(
        TokenExpiry.needsRefresh(
            json("{\"accessToken\":\"t\",\"expiresAt\":" + (now + 61) + "}"), NOW, SKEW));
    assertFalse(TokenExpiry.needsRefresh(json("{\"accessToken\":\"t\"}"), NOW, SKEW));
  }
}
