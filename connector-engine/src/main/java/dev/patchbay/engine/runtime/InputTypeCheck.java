package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.definition.ActionDefinition.InputDefinition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks a supplied input against its declaration (connector-format.md §4, "Inputs"): {@code
 * string}, {@code number}, {@code boolean} and {@code object} are the JSON types, {@code
 * datetime_string} is an ISO-8601 date or date-time string, {@code enum} is one of {@code
 * oneOf.values} (any scalar when none are listed), {@code array: true} wants an array of the type,
 * and {@code properties} are checked inside objects, nested required ones included. {@code null}
 * passes for an optional input. Problems name the input by its path ({@code address.city}, {@code
 * tags[2]}) and never show the value.
 */
final class InputTypeCheck {

  /** Adds a problem to {@code problems} for every way {@code value} breaks {@code input}. */
  void check(InputDefinition input, String path, JsonNode value, List<String> problems) {
    if (value.isNull()) {
      return;
    }
    if (input.array()) {
      if (!value.isArray()) {
        problems.add(path + " must be an array of " + describe(input));
        return;
      }
      for (int i = 0; i < value.size(); i++) {
        element(input, path + "[" + i + "]", value.get(i), problems);
      }
      return;
    }
    element(input, path, value, problems);
  }

  private void element(InputDefinition input, String path, JsonNode value, List<String> problems) {
    String type = input.type() == null ? "" : input.type();
    boolean valid =
        switch (type) {
          case "string" -> value.isTextual();
          case "number" -> value.isNumber() && Double.isFinite(value.asDouble());
          case "boolean" -> value.isBoolean();
          case "datetime_string" -> value.isTextual() && isDateTime(value.textValue());
          case "object" -> value.isObject();
          case "enum" -> isAllowed(input, value);
          default -> true;
        };
    if (!valid) {
      problems.add(path + " must be " + article(describe(input)));
      return;
    }
    if (value.isObject() && !input.properties().isEmpty()) {
      properties(input, path, value, problems);
    }
  }

  private void properties(
      InputDefinition input, String path, JsonNode value, List<String> problems) {
    for (InputDefinition property : input.properties()) {
      String childPath = path + "." + property.name();
      JsonNode child = value.get(property.name());
      if (child == null || child.isMissingNode()) {
        if (property.required()) {
          problems.add(childPath + " is required");
        }
      } else {
        check(property, childPath, child, problems);
      }
    }
  }

  private static boolean isAllowed(InputDefinition input, JsonNode value) {
    if (input.enumValues().isEmpty()) {
      return value.isValueNode();
    }
    for (JsonNode allowed : input.enumValues()) {
      if (allowed.equals(value)
          || (allowed.isNumber() && value.isNumber() && allowed.asDouble() == value.asDouble())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDateTime(String text) {
    for (DateTimeFormatter format :
        List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_INSTANT)) {
      try {
        format.parse(text);
        return true;
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException notADate) {
      return false;
    }
  }

  private static String describe(InputDefinition input) {
    String type = input.type() == null ? "value" : input.type();
    return switch (type) {
      case "datetime_string" -> "ISO-8601 date-time string";
      case "enum" ->
          input.enumValues().isEmpty()
              ? "enum value"
              : "one of " + input.enumValues().stream().map(JsonNode::toString).toList();
      default -> type;
    };
  }

  private static String article(String description) {
    if (description.startsWith("one of")) {
      return description;
    }
    return ("aeiou".indexOf(Character.toLowerCase(description.charAt(0))) >= 0 ? "an " : "a ")
        + description;
  }
}
