package dev.patchbay.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

  @Test
  void timestampIsUtcWithMilliseconds() {
    assertEquals(
        "{\"statusCode\":404,\"message\":\"No route for /x\",\"timestamp\":\"2026-01-01T00:00:00.000Z\"}",
        ErrorBody.json(404, "No route for /x", Instant.parse("2026-01-01T00:00:00Z")));
  }
}
