package dev.patchbay.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed connector document and the authored location of each of its values, keyed by JSON
 * Pointer. A mapping value is located at its key; a sequence item at its first character.
 */
record LocatedDocument(JsonNode root, Map<String, SourceLocation> locations) {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  LocatedDocument {
    locations = Map.copyOf(locations);
  }

  /**
   * The location of the value at {@code path} or, failing that, of its nearest located ancestor.
   */
  SourceLocation locate(List<?> path) {
    for (int size = path.size(); size >= 0; size--) {
      SourceLocation found = locations.get(pointer(path.subList(0, size)));
      if (found != null) {
        return found;
      }
    }
    throw new IllegalStateException("the document root has no location");
  }

  /** A JSON Pointer from path segments: {@code String} keys and {@code Integer} indexes. */
  static String pointer(List<?> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : path) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /**
   * A JSONPath for messages: {@code $.actions[0].steps}, or {@code $['odd key']} for keys that need
   * quoting.
   */
  static String jsonPath(List<?> path) {
    StringBuilder jsonPath = new StringBuilder("$");
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        jsonPath.append('[').append(index).append(']');
      } else if (IDENTIFIER.matcher(segment.toString()).matches()) {
        jsonPath.append('.').append(segment);
      } else {
        jsonPath
            .append("['")
            .append(segment.toString().replace("\\", "\\\\").replace("'", "\\'"))
            .append("']");
      }
    }
    return jsonPath.toString();
  }
}
