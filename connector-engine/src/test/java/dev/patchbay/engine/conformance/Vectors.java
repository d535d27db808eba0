package dev.patchbay.engine.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.expression.JsValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reading and comparing conformance vectors ({@code shared/fixtures/expressions}): tagged values
 * ({@code undefined}, special numbers, dates), key-order-free objects, numbers by value.
 */
public final class Vectors {
  public static final Clock FROZEN_CLOCK =
      Clock.fixed(Instant.parse("2026-03-15T10:30:00.000Z"), ZoneOffset.UTC);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Vectors() {}

  public static List<JsonNode> load(String file) {
    Path directory = fixtures();
    try {
      List<JsonNode> cases = new ArrayList<>();
      MAPPER.readTree(directory.resolve(file).toFile()).forEach(cases::add);
      return cases;
    } catch (IOException unreadable) {
      throw new IllegalStateException("cannot read " + file, unreadable);
    }
  }

  private static Path fixtures() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/fixtures/expressions");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/fixtures/expressions not found above the module");
  }

  public static void assertMatches(JsonNode expected, JsonNode actual, String where) {
    if (isTag(expected, "undefined")) {
      assertTrue(JsValues.isUndefined(actual), where + ": expected undefined, got " + actual);
    } else if (isTag(expected, "number")) {
      assertTrue(actual != null && actual.isNumber(), where + ": expected number, got " + actual);
      double value = actual.doubleValue();
      String text = expected.get("number").textValue();
      boolean ok =
          switch (text) {
            case "NaN" -> Double.isNaN(value);
            case "Infinity" -> value == Double.POSITIVE_INFINITY;
            case "-Infinity" -> value == Double.NEGATIVE_INFINITY;
            default -> value == 0 && 1 / value < 0;
          };
      assertTrue(ok, where + ": expected " + text + ", got " + value);
    } else if (isTag(expected, "date")) {
      assertTrue(JsValues.isDate(actual), where + ": expected a Date, got " + actual);
      assertEquals(
          Instant.parse(expected.get("date").textValue()),
          JsValues.dateInstant(actual),
          where + ": date");
    } else if (expected.isObject()) {
      assertTrue(actual != null && actual.isObject(), where + ": expected object, got " + actual);
      Set<String> expectedKeys = new java.util.TreeSet<>();
      expected.fieldNames().forEachRemaining(expectedKeys::add);
      Set<String> actualKeys = new java.util.TreeSet<>();
      actual.fieldNames().forEachRemaining(actualKeys::add);
      assertEquals(expectedKeys, actualKeys, where + ": keys");
      for (String key : expectedKeys) {
        assertMatches(expected.get(key), actual.get(key), where + "." + key);
      }
    } else if (expected.isArray()) {
      assertTrue(actual != null && actual.isArray(), where + ": expected array, got " + actual);
      assertEquals(expected.size(), actual.size(), where + ": array size of " + actual);
      Iterator<JsonNode> actualElements = actual.elements();
      int index = 0;
      for (JsonNode element : expected) {
        assertMatches(element, actualElements.next(), where + "[" + index++ + "]");
      }
    } else if (expected.isNumber()) {
      assertTrue(actual != null && actual.isNumber(), where + ": expected number, got " + actual);
      double value = actual.doubleValue();
      assertTrue(
          value == expected.doubleValue() && !(value == 0 && 1 / value < 0),
          where + ": expected " + expected + ", got " + value);
    } else if (actual == null || !expected.equals(actual)) {
      fail(where + ": expected " + expected + ", got " + actual);
    }
  }

  private static boolean isTag(JsonNode node, String tag) {
    return node.isObject()
        && node.size() == 1
        && node.has(tag)
        && (tag.equals("undefined") ? node.get(tag).isBoolean() : node.get(tag).isTextual());
  }
}
