package dev.patchbay.local;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The platform's error body: {@code {"statusCode":404,"message":"...","timestamp":"..."}}. */
final class ErrorBody {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ErrorBody() {}

  static String json(int statusCode, String message, Instant now) {
    return new JsonObject()
        .put("statusCode", statusCode)
        .put("message", message)
        .put("timestamp", TIMESTAMP.format(now))
        .encode();
  }

  static void send(HttpServerResponse response, int statusCode, String message) {
    response
        .setStatusCode(statusCode)
        .putHeader("content-type", "application/json")
        .end(json(statusCode, message, Instant.now()));
  }
}
