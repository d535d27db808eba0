package dev.patchbay.logs.paging;

import dev.patchbay.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Keyset position in a log listing: the sort values of the last row served (its sort key if the
 * listing has one, its time, its id...), in the listing's order. Opaque to callers (base64url), so
 * its shape can change; it names the listing and order it belongs to, so a cursor of another
 * listing or order is refused.
 */
public record LogCursor(String listing, List<String> values) {
  private static final String SEPARATOR = "\u001f";

  public String encode() {
    String raw = listing + SEPARATOR + String.join(SEPARATOR, values);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor {@code raw}, which must belong to {@code listing} and hold {@code size} values. */
  public static LogCursor decode(String raw, String listing, int size) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8)
              .split(SEPARATOR, -1);
      if (parts.length == size + 1 && parts[0].equals(listing)) {
        return new LogCursor(listing, Arrays.asList(parts).subList(1, parts.length));
      }
    } catch (IllegalArgumentException notBase64) {
      // answered below
    }
    throw notACursor();
  }

  /** A time value of a cursor. */
  public static Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw notACursor();
    }
  }

  private static ApiException notACursor() {
    return ApiException.badRequest(
        "Invalid value for query parameter 'next': not a cursor of this listing and order");
  }
}
