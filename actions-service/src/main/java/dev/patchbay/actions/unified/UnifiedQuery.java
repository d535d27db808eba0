package dev.patchbay.actions.unified;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.json.Timestamps;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common query of unified calls (contract §8), checked: {@code fields}, {@code expand} and
 * {@code include} must name fields of the model; dates must be ISO-8601 date-times; {@code
 * page_size} a whole number from 1 to {@value #MAX_PAGE_SIZE}. {@code page} (deprecated) is
 * accepted and not used: {@code next} is the cursor. Other parameters are ignored.
 *
 * @param fields the record fields to answer with; empty for all of them
 * @param filters action inputs: {@code updated_after} (from {@code filter[updated_after]} or the
 *     deprecated top-level {@code updated_after}) and the route's other {@code filter[...]} keys
 * @param pageSize null when not given
 * @param next the previous page's cursor, null for the first page
 * @param raw whether to add the provider's requests and responses as {@code raw}
 * @param proxy {@code proxy[k]=v} pairs: query parameters for every provider request of the action
 */
public record UnifiedQuery(
    List<String> fields,
    Map<String, String> filters,
    Integer pageSize,
    String next,
    boolean raw,
    Map<String, String> proxy) {
  public static final int MAX_PAGE_SIZE = 1000;
  static final String UPDATED_AFTER = "updated_after";

  /** Reads the query of {@code route} (the first value of each parameter counts). */
  public static UnifiedQuery parse(
      UnifiedRoute route, Set<String> modelFields, Map<String, List<String>> query) {
    List<String> fields = names(query, "fields", modelFields);
    names(query, "expand", modelFields);
    names(query, "include", modelFields);
    Map<String, String> filters = new LinkedHashMap<>();
    Map<String, String> proxy = new LinkedHashMap<>();
    String updatedAfter = first(query, UPDATED_AFTER);
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      String name = parameter.getKey();
      String value = parameter.getValue().isEmpty() ? "" : parameter.getValue().get(0);
      if (name.startsWith("filter[") && name.endsWith("]")) {
        String key = name.substring("filter[".length(), name.length() - 1);
        if (key.equals(UPDATED_AFTER)) {
          updatedAfter = value;
        } else if (route.filters().contains(key)) {
          filters.put(key, isDate(key) ? date(name, value) : value);
        } else {
          throw ApiException.badRequest(
              "Unknown query parameter '"
                  + name
                  + "': "
                  + route.describe()
                  + " filters by "
                  + filterNames(route));
        }
      } else if (name.startsWith("proxy[") && name.endsWith("]")) {
        proxy.put(name.substring("proxy[".length(), name.length() - 1), value);
      }
    }
    if (updatedAfter != null && !updatedAfter.isBlank()) {
      filters.put(UPDATED_AFTER, date("filter[updated_after]", updatedAfter));
    }
    return new UnifiedQuery(
        fields,
        filters,
        pageSize(first(query, "page_size")),
        blankToNull(first(query, "next")),
        flag(first(query, "raw")),
        proxy);
  }

  private static List<String> filterNames(UnifiedRoute route) {
    List<String> names = new ArrayList<>();
    names.add("filter[" + UPDATED_AFTER + "]");
    route.filters().forEach(f -> names.add("filter[" + f + "]"));
    return names;
  }

  private static boolean isDate(String filter) {
    return filter.endsWith("_after") || filter.endsWith("_date");
  }

  /** A comma list of model field names; an unknown one is a 400 that names it. */
  private static List<String> names(
      Map<String, List<String>> query, String parameter, Set<String> modelFields) {
    String csv = first(query, parameter);
    if (csv == null || csv.isBlank()) {
      return List.of();
    }
    List<String> names =
        Arrays.stream(csv.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    List<String> unknown = names.stream().filter(n -> !modelFields.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw ApiException.badRequest(
          "Invalid value for query parameter '"
              + parameter
              + "': unknown field(s) "
              + unknown
              + "; the model's fields are "
              + modelFields);
    }
    return names;
  }

  /** The date-time as the official client sends one ({@code 2024-01-15T10:30:00.000Z}). */
  private static String date(String parameter, String value) {
    try {
      return Timestamps.format(OffsetDateTime.parse(value.trim()).toInstant());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "Invalid value for query parameter '"
              + parameter
              + "': expected an ISO-8601 date-time such as 2024-01-15T10:30:00.000Z");
    }
  }

  private static Integer pageSize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int size = Integer.parseInt(value.trim());
      if (size >= 1 && size <= MAX_PAGE_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest(
        "Invalid value for query parameter 'page_size': expected a whole number from 1 to "
            + MAX_PAGE_SIZE);
  }

  private static boolean flag(String value) {
    if (value == null || value.isBlank() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ApiException.badRequest(
        "Invalid value for query parameter 'raw': expected true or false");
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
