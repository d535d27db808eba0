package dev.patchbay.logs.platform;

import dev.patchbay.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Keyset position in a log listing: the time and id of the last row served. Opaque to callers
 * (base64url), so its shape can change.
 */
public record LogCursor(Instant time, String id) {

  public String encode() {
    String raw = time.getEpochSecond() + "." + time.getNano() + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static LogCursor decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      String[] seconds = raw.substring(0, bar).split("\\.");
      Instant time = Instant.ofEpochSecond(Long.parseLong(seconds[0]), Long.parseLong(seconds[1]));
      String id = raw.substring(bar + 1);
      if (id.isEmpty()) {
        throw new IllegalArgumentException("no id");
      }
      return new LogCursor(time, id);
    } catch (RuntimeException e) {
      throw ApiException.badRequest(
          "Invalid value for query parameter 'next': not a cursor from this API");
    }
  }
}
