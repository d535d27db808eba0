package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Removes secrets from text that leaves the engine in an exception or a step log: every string in
 * the credentials (at least {@link #MIN_LENGTH} characters, so that placeholders such as {@code x}
 * do not blank out ordinary words; any length for fields marked {@code secret}), every auth header
 * or query value derived from them, and the credentials a refresh returns. Each secret is also
 * masked in its percent-encoded and JSON-escaped forms, so it cannot slip through a query string or
 * a form body. {@link #isSecretKey} names the keys whose values step logs mask whatever they hold:
 * the auth config's {@code secret} fields and the usual token field names. Thread-safe.
 */
final class Redactor {
  static final int MIN_LENGTH = 4;
  static final String MASK = "[REDACTED]";

  /** Token and secret field names masked in logged bodies even when their value is unknown. */
  private static final Set<String> TOKEN_KEYS =
      Set.of(
          "access_token",
          "accesstoken",
          "refresh_token",
          "refreshtoken",
          "id_token",
          "client_secret",
          "clientsecret",
          "password",
          "api_key",
          "apikey");

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();
  private final Set<String> secretKeys = ConcurrentHashMap.newKeySet();

  Redactor(JsonNode credentials) {
    collect(credentials);
    secretKeys.addAll(TOKEN_KEYS);
  }

  /** Also masks the values of the auth config's {@code secret} fields, however short. */
  Redactor(JsonNode credentials, AuthenticationOption auth) {
    this(credentials);
    if (auth != null) {
      Stream.concat(auth.setupFields().stream(), auth.configFields().stream())
          .filter(FieldDescriptor::secret)
          .forEach(
              field -> {
                secretKeys.add(field.key().toLowerCase(Locale.ROOT));
                JsonNode value = credentials == null ? null : credentials.get(field.key());
                if (value != null && value.isValueNode() && !value.asText().isEmpty()) {
                  addVariants(value.asText());
                }
              });
    }
  }

  /** Adds every string in {@code credentials}, such as the result of a refresh. */
  void addAll(JsonNode credentials) {
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
      addVariants(secret);
    }
  }

  private void addVariants(String secret) {
    secrets.add(secret);
    String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    secrets.add(formEncoded);
    secrets.add(QueryString.escape(secret));
    secrets.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
  }

  /** Whether a body field or query parameter of this name holds a secret. */
  boolean isSecretKey(String key) {
    return key != null && secretKeys.contains(key.toLowerCase(Locale.ROOT));
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

  /**
   * Like {@link #redact(JsonNode)}, and the value of every {@linkplain #isSecretKey secret key} is
   * masked whole.
   */
  JsonNode redactFields(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(redactFields(element)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields()
          .forEachRemaining(
              f ->
                  copy.set(
                      redact(f.getKey()),
                      isSecretKey(f.getKey()) && !f.getValue().isNull()
                          ? TextNode.valueOf(MASK)
                          : redactFields(f.getValue())));
      return copy;
    }
    return redact(node);
  }
}
