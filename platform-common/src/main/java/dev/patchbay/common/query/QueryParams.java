package dev.patchbay.common.query;

import dev.patchbay.common.error.ApiException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Query-parameter parsing as the Platform API's clients send them, with 400s for bad values. */
public final class QueryParams {
  private QueryParams() {}

  /** An integer within [min, max], or {@code fallback} when absent. */
  public static int intParam(String name, String raw, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest(
        "Invalid value for query parameter '"
            + name
            + "': expected an integer from "
            + min
            + " to "
            + max);
  }

  /**
   * The values of array parameters, which arrive as repeated keys ({@code a=1&a=2}) or as comma
   * lists ({@code a=1,2}); blanks and repeats dropped, order kept.
   */
  public static List<String> values(Collection<String> raw) {
    return raw.stream()
        .filter(Objects::nonNull)
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
  }
}
