package dev.patchbay.logs.request;

import dev.patchbay.common.error.ApiException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code order_by}: what a listing is sorted by before its time and id. Nulls sort as empty strings
 * and zeros, so that the keyset comparison holds for every row.
 */
enum LogOrder {
  EVENT_DATETIME(List.of("eventDatetime", "event_datetime"), null, Type.NONE),
  PROVIDER(List.of("provider"), "coalesce(provider, '')", Type.TEXT),
  SERVICE(List.of("service"), "coalesce(service, '')", Type.TEXT),
  STATUS(List.of("status"), "coalesce(status, 0)", Type.INT),
  DURATION(List.of("duration"), "coalesce(duration, 0)", Type.LONG);

  enum Type {
    NONE,
    TEXT,
    INT,
    LONG
  }

  final List<String> names;
  final String expression;
  final Type type;

  LogOrder(List<String> names, String expression, Type type) {
    this.names = names;
    this.expression = expression;
    this.type = type;
  }

  static LogOrder parse(String raw) {
    if (raw == null) {
      return EVENT_DATETIME;
    }
    return Arrays.stream(values())
        .filter(o -> o.names.contains(raw))
        .findFirst()
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "Invalid value for query parameter 'order_by': expected one of [provider,"
                        + " service, status, eventDatetime, duration]"));
  }

  /** The cursor value of a row's sort key, back to what the SQL compares. */
  Object bind(String cursorValue) {
    try {
      return switch (type) {
        case TEXT -> cursorValue;
        case INT -> Integer.valueOf(cursorValue);
        case LONG -> Long.valueOf(cursorValue);
        case NONE -> throw new IllegalStateException("no sort key");
      };
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid value for query parameter 'next': not a cursor");
    }
  }
}
