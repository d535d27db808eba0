package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes provider requests and responses safe to log with a {@link Redactor}: secret query values,
 * auth headers and secret body fields are masked whole, every known secret is masked wherever it
 * appears, and bodies are cut to {@code bodyLimit} characters (after masking, so a cut never splits
 * a secret out of reach of the mask).
 */
final class LogSanitizer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Headers that carry credentials whatever the connector calls them. */
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

  private final Redactor redactor;
  private final int bodyLimit;

  LogSanitizer(Redactor redactor, int bodyLimit) {
    this.redactor = redactor;
    this.bodyLimit = bodyLimit;
  }

  /** Text with every known secret masked; null stays null. */
  String text(String text) {
    return text == null ? null : redactor.redact(text);
  }

  /** The url with the values of {@code secretParams} and of secret-looking params masked. */
  String url(URI uri, Set<String> secretParams) {
    String text = uri.toString();
    int question = text.indexOf('?');
    if (question < 0) {
      return redactor.redact(text);
    }
    String query =
        List.of(text.substring(question + 1).split("&")).stream()
            .map(pair -> maskPair(pair, secretParams))
            .collect(Collectors.joining("&"));
    return redactor.redact(text.substring(0, question + 1) + query);
  }

  private String maskPair(String pair, Set<String> secretParams) {
    int equals = pair.indexOf('=');
    if (equals < 0) {
      return pair;
    }
    String name = decode(pair.substring(0, equals));
    return secretParams.contains(name) || redactor.isSecretKey(name)
        ? pair.substring(0, equals + 1) + Redactor.MASK
        : pair;
  }

  /** A percent-decoded name; a malformed one (a connector's literal url) is compared as written. */
  private static String decode(String name) {
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return name;
    }
  }

  Map<String, String> requestHeaders(Map<String, String> headers, Set<String> secretHeaders) {
    Map<String, String> safe = new LinkedHashMap<>();
    headers.forEach((name, value) -> safe.put(name, header(name, value, secretHeaders)));
    return safe;
  }

  Map<String, String> responseHeaders(Map<String, List<String>> headers) {
    Map<String, String> safe = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          String key = name.toLowerCase(Locale.ROOT);
          safe.put(key, header(key, String.join(", ", values), Set.of()));
        });
    return safe;
  }

  private String header(String name, String value, Set<String> secretHeaders) {
    String key = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(key) || secretHeaders.contains(key) || redactor.isSecretKey(key)
        ? Redactor.MASK
        : redactor.redact(value);
  }

  /** A body as text: JSON and form bodies with secret fields masked; null when empty. */
  String body(String text, String contentType) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String safe;
    if (type.startsWith(HttpCall.FORM)) {
      safe =
          List.of(text.split("&")).stream()
              .map(pair -> maskPair(pair, Set.of()))
              .collect(Collectors.joining("&"));
    } else {
      safe = maskJsonFields(text);
    }
    return truncate(redactor.redact(safe));
  }

  private String maskJsonFields(String text) {
    String trimmed = text.trim();
    if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
      return text;
    }
    try {
      JsonNode parsed = JSON.readTree(trimmed);
      return JSON.writeValueAsString(redactor.redactFields(parsed));
    } catch (JsonProcessingException notJson) {
      return text;
    }
  }

  private String truncate(String text) {
    if (text.length() <= bodyLimit) {
      return text;
    }
    return text.substring(0, bodyLimit) + "…[truncated " + (text.length() - bodyLimit) + " chars]";
  }
}
