package dev.patchbay.logs.paging;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.query.QueryParams;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query of a log listing as the official client sends it (flattened: {@code account_ids=...})
 * or as the docs show it ({@code filter[account_ids]=...}); lists repeat the key or use commas. Bad
 * values are 400s naming the parameter.
 */
public final class LogParams {
  public static final int DEFAULT_PAGE_SIZE = 25;
  public static final int MAX_PAGE_SIZE = 100;

  private final MultivaluedMap<String, String> params;

  public LogParams(MultivaluedMap<String, String> params) {
    this.params = params;
  }

  public String single(String name) {
    String flat = params.getFirst(name);
    String value = flat != null ? flat : params.getFirst("filter[" + name + "]");
    return value == null || value.isBlank() ? null : value.trim();
  }

  public List<String> list(String name) {
    List<String> all = new ArrayList<>(params.getOrDefault(name, List.of()));
    all.addAll(params.getOrDefault("filter[" + name + "]", List.of()));
    return QueryParams.values(all);
  }

  /** The values of {@code name}, upper-cased ({@code get} and {@code GET} are one method). */
  public List<String> upperList(String name) {
    return list(name).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
  }

  public List<Integer> intList(String name) {
    return list(name).stream()
        .map(
            v -> {
              try {
                return Integer.valueOf(v);
              } catch (NumberFormatException e) {
                throw ApiException.badRequest(
                    "Invalid value for query parameter '" + name + "': expected integers");
              }
            })
        .toList();
  }

  public Instant date(String name) {
    String raw = single(name);
    if (raw == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "Invalid value for query parameter '" + name + "': expected an ISO-8601 date-time");
    }
  }

  public Boolean bool(String name) {
    String raw = single(name);
    if (raw == null) {
      return null;
    }
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw ApiException.badRequest(
              "Invalid value for query parameter '" + name + "': expected true or false");
    };
  }

  /** One of {@code allowed}, or null when absent. */
  public String oneOf(String name, Set<String> allowed) {
    String raw = single(name);
    if (raw != null && !allowed.contains(raw)) {
      throw ApiException.badRequest(
          "Invalid value for query parameter '"
              + name
              + "': expected one of "
              + allowed.stream().sorted().toList());
    }
    return raw;
  }

  /** {@code order_direction}: true for {@code asc}; {@code desc} (newest first) by default. */
  public boolean ascending() {
    return "asc".equals(oneOf("order_direction", Set.of("asc", "desc")));
  }

  public int pageSize() {
    return QueryParams.intParam(
        "page_size", single("page_size"), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  }

  /** The {@code next} cursor of the previous page of {@code listing}, or null on the first page. */
  public LogCursor cursor(String listing, int size) {
    String raw = params.getFirst("next");
    return raw == null || raw.isBlank() ? null : LogCursor.decode(raw.trim(), listing, size);
  }
}
