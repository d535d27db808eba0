package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes secrets from text that leaves the engine in an exception: every string in the credentials
 * (at least {@link #MIN_LENGTH} characters, so that placeholders such as {@code x} do not blank out
 * ordinary words) and every auth header or query value derived from them.
 */
final class Redactor {
  static final int MIN_LENGTH = 4;
  static final String MASK = "[REDACTED]";

  private final Set<String> secrets = new LinkedHashSet<>();

  Redactor(JsonNode credentials) {
    collect(credentials);
  }

  private void collect(JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      add(node.textValue());
    } else if (node.isContainerNode()) {
      node.forEach(this::collect);
    }
  }

  /** Adds a derived secret, such as a complete {@code Authorization} header value. */
  void add(String secret) {
    if (secret != null && secret.length() >= MIN_LENGTH) {
      secrets.add(secret);
    }
  }

  String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    List<String> longestFirst =
        secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String secret : longestFirst) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  /** A copy of {@code node} with secrets masked in every string (keys included). */
  JsonNode redact(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(redact(node.textValue()));
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(redact(element)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(f -> copy.set(redact(f.getKey()), redact(f.getValue())));
      return copy;
    }
    return node;
  }
}
