package dev.patchbay.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON object given on the command line: inline ({@code '{"apiKey":"…"}'}), {@code @file}, or a
 * bare file name when the text is not JSON (as StackOne's CLI takes {@code --credentials
 * creds.json}).
 */
final class JsonArgument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonArgument() {}

  static JsonNode read(String option, String value) {
    if (value.startsWith("@")) {
      return fromFile(option, Path.of(value.substring(1)));
    }
    JsonNode parsed;
    try {
      parsed = JSON.readTree(value);
    } catch (JsonProcessingException notJson) {
      Path file = Path.of(value);
      if (Files.isRegularFile(file)) {
        return fromFile(option, file);
      }
      throw new UsageException(
          "--" + option + " is neither a file nor JSON (" + where(notJson) + ")");
    }
    return requireObject(option, parsed);
  }

  private static JsonNode fromFile(String option, Path file) {
    try {
      return requireObject(option, JSON.readTree(Files.readString(file)));
    } catch (JsonProcessingException invalid) {
      throw new UsageException(
          "--" + option + ": " + file + " is not JSON (" + where(invalid) + ")");
    } catch (IOException unreadable) {
      throw new UsageException("--" + option + ": cannot read " + file);
    }
  }

  /**
   * Where the JSON broke, without the parser's message: it may quote the text, and credentials must
   * never be echoed.
   */
  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? "invalid JSON"
        : "invalid JSON at line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr();
  }

  private static JsonNode requireObject(String option, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new UsageException("--" + option + " must be a JSON object");
    }
    return node;
  }
}
