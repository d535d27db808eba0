package dev.patchbay.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;

/** Slicing and the opaque cursors providers hand out. */
public final class Paging {
  private Paging() {}

  /** Items {@code offset} to {@code offset + limit}, clamped to the list. */
  public static <T> List<T> slice(List<T> items, int offset, int limit) {
    int from = Math.min(Math.max(offset, 0), items.size());
    int to = Math.min(from + Math.max(limit, 0), items.size());
    return items.subList(from, to);
  }

  /** An opaque cursor that encodes an offset, as many providers' cursors do. */
  public static String cursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset of a cursor from {@link #cursor(int)}; empty when it is not one. */
  public static OptionalInt offsetOf(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return OptionalInt.of(0);
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("o:")) {
        return OptionalInt.empty();
      }
      int offset = Integer.parseInt(text.substring(2));
      return offset < 0 ? OptionalInt.empty() : OptionalInt.of(offset);
    } catch (IllegalArgumentException notACursor) {
      return OptionalInt.empty();
    }
  }

  /**
   * A page-size query value, or {@code fallback} when absent; empty when it is not a number in
   * 1..{@code max}.
   */
  public static OptionalInt limit(String value, int fallback, int max) {
    if (value == null || value.isEmpty()) {
      return OptionalInt.of(fallback);
    }
    try {
      int limit = Integer.parseInt(value);
      return limit < 1 || limit > max ? OptionalInt.empty() : OptionalInt.of(limit);
    } catch (NumberFormatException notANumber) {
      return OptionalInt.empty();
    }
  }
}
