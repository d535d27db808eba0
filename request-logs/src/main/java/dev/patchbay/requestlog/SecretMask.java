package dev.patchbay.requestlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of what leaves a service in a request log:
 *
 * <ul>
 *   <li>headers whose name says they carry a credential ({@link #isSecretHeader});
 *   <li>JSON fields whose name says they hold one ({@code secret}, {@code credentials}, {@code
 *       password}, {@code *token*}, {@code *api_key*}, ...): the whole value, whatever its shape;
 *   <li>every credential value of the account (strings of {@value #MIN_LENGTH} or more characters,
 *       so placeholders like {@code x} do not blank out ordinary words) wherever it appears;
 *   <li>{@code Bearer <token>} in any text, and the values of secret-named query parameters in
 *       links inside any text ({@code .../connect?token=...});
 *   <li>whatever matches the configured extra patterns ({@code
 *       patchbay.request-log.redact-patterns}).
 * </ul>
 */
public final class SecretMask {
  public static final String MASK = "[REDACTED]";
  static final int MIN_LENGTH = 4;
  private static final Pattern SECRET_HEADER =
      Pattern.compile(
          "cookie|set-cookie|.*(authorization|token|secret|password|api-?key|session|signature|credential).*");
  private static final Pattern SECRET_FIELD =
      Pattern.compile(
          ".*(secret|password|passwd|token|api[-_]?key|credential|authorization|private[-_]?key|signature).*");

  private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]+");

  /** A query parameter inside a URL in some text (a link with {@code ?token=...}): name, value. */
  private static final Pattern QUERY_PARAMETER =
      Pattern.compile("([?&])([^=&#\\s\"]+)=([^&#\\s\"]*)");

  private final List<String> secrets;
  private final List<Pattern> patterns;

  private SecretMask(Set<String> secrets, List<Pattern> patterns) {
    this.secrets =
        secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.patterns = List.copyOf(patterns);
  }

  /** A mask for the string values found anywhere in {@code credentials}. */
  public static SecretMask of(JsonNode credentials) {
    Set<String> found = new LinkedHashSet<>();
    collect(credentials, found);
    return new SecretMask(found, List.of());
  }

  public static SecretMask none() {
    return new SecretMask(Set.of(), List.of());
  }

  /** This mask, also redacting every match of {@code extra}. */
  public SecretMask with(List<Pattern> extra) {
    return new SecretMask(new LinkedHashSet<>(secrets), extra);
  }

  private static void collect(JsonNode node, Set<String> into) {
    if (node == null) {
      return;
    }
    if (node.isTextual() && node.textValue().length() >= MIN_LENGTH) {
      into.add(node.textValue());
    } else if (node.isContainerNode()) {
      node.forEach(child -> collect(child, into));
    }
  }

  public static boolean isSecretHeader(String name) {
    return SECRET_HEADER.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /** A JSON field (or query parameter) whose value is a secret, whatever it holds. */
  public static boolean isSecretField(String name) {
    return SECRET_FIELD.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  public String mask(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    result = BEARER.matcher(result).replaceAll(MASK);
    result =
        QUERY_PARAMETER
            .matcher(result)
            .replaceAll(
                parameter ->
                    isSecretField(parameter.group(2))
                        ? Matcher.quoteReplacement(
                            parameter.group(1) + parameter.group(2) + "=" + MASK)
                        : Matcher.quoteReplacement(parameter.group()));
    for (Pattern pattern : patterns) {
      result = pattern.matcher(result).replaceAll(MASK);
    }
    return result;
  }

  /** A copy with every string (and key) masked, and the values of secret fields replaced. */
  public JsonNode mask(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(mask(node.textValue()));
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(mask(element)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields()
          .forEachRemaining(
              f ->
                  copy.set(
                      mask(f.getKey()),
                      isSecretField(f.getKey()) && !f.getValue().isNull()
                          ? TextNode.valueOf(MASK)
                          : mask(f.getValue())));
      return copy;
    }
    return node;
  }
}
