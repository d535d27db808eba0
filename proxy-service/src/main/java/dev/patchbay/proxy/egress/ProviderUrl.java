package dev.patchbay.proxy.egress;

import dev.patchbay.common.error.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The provider URL of a proxied request: a base URL the account's connector declares (its own
 * {@code baseUrl} unless the caller's {@code url} names another declared one) plus the caller's
 * {@code path}, plus the authorization's query parameters. Whatever {@code url} and {@code path}
 * hold, the result stays on a declared origin: same scheme, host and port.
 */
public final class ProviderUrl {
  private ProviderUrl() {}

  /**
   * @param declared the connector's base URLs, evaluated for the account, its own first
   * @param override the caller's {@code url}, or null
   * @param path the caller's {@code path}, or null
   * @param authQuery query parameters the connector's authorization adds
   * @return the absolute URL to request
   */
  public static URI build(
      List<String> declared, String override, String path, Map<String, String> authQuery) {
    List<Origin> origins =
        declared.stream()
            .map(ProviderUrl::parseQuietly)
            .map(Origin::of)
            .filter(Objects::nonNull)
            .toList();
    String base = declared.isEmpty() ? null : declared.get(0);
    if (override != null && !override.isBlank()) {
      URI url = parse("url", override);
      if (url.getRawUserInfo() != null
          || Origin.of(url) == null
          || !origins.contains(Origin.of(url))) {
        throw ApiException.badRequest(
            "'url' must be a base URL of the account's connector (same scheme, host and port)");
      }
      base = override.trim();
    }
    if (base == null || Origin.of(parse("the connector's base URL", base)) == null) {
      throw ApiException.badRequest(
          "The account's connector declares no http(s) base URL: give 'url' or check the"
              + " account's credentials");
    }
    URI target = parse("path", join(base, checkedPath(path), authQuery));
    if (target.getRawUserInfo() != null
        || !Objects.equals(Origin.of(target), Origin.of(parse("url", base)))) {
      throw ApiException.badRequest("'path' must stay on the base URL's host");
    }
    return target;
  }

  private static String checkedPath(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    if (!(path.startsWith("/") || path.startsWith("?")) || path.startsWith("//")) {
      throw ApiException.badRequest("'path' must start with a single '/' (or '?' for a query)");
    }
    if (path.indexOf('\\') >= 0 || path.indexOf('#') >= 0) {
      throw ApiException.badRequest("'path' may not contain '\\' or '#'");
    }
    return path;
  }

  private static String join(String base, String path, Map<String, String> authQuery) {
    String trimmed =
        base.endsWith("/") && path.startsWith("/") ? base.substring(0, base.length() - 1) : base;
    StringBuilder url = new StringBuilder(trimmed).append(path);
    boolean hasQuery = url.indexOf("?") >= 0;
    for (Map.Entry<String, String> param : authQuery.entrySet()) {
      url.append(hasQuery ? '&' : '?')
          .append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
      hasQuery = true;
    }
    return url.toString();
  }

  private static URI parse(String field, String raw) {
    try {
      return new URI(raw.trim());
    } catch (URISyntaxException e) {
      throw ApiException.badRequest("'" + field + "' is not a valid URL");
    }
  }

  private static URI parseQuietly(String raw) {
    try {
      return new URI(raw.trim());
    } catch (URISyntaxException e) {
      return URI.create("invalid:");
    }
  }
}
