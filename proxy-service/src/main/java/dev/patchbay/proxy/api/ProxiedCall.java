package dev.patchbay.proxy.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.proxy.egress.HeaderFilter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The caller's side of a proxied request, checked: the method in upper case, the headers that may
 * be forwarded (names in lower case) and the body as bytes, with a {@code content-type} chosen when
 * the caller named none.
 */
public record ProxiedCall(String method, Map<String, String> headers, byte[] body) {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  static ProxiedCall from(ProxyRequest request) {
    String method =
        request.method() == null ? "get" : request.method().trim().toLowerCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw ApiException.badRequest("'method' must be one of get, post, put, patch, delete");
    }
    Map<String, String> headers = headers(request.headers());
    byte[] body = body(request, headers);
    return new ProxiedCall(method.toUpperCase(Locale.ROOT), headers, body);
  }

  private static Map<String, String> headers(JsonNode given) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (given == null || given.isNull()) {
      return headers;
    }
    if (!given.isObject()) {
      throw ApiException.badRequest("'headers' must be an object of header names and values");
    }
    for (Map.Entry<String, JsonNode> header : given.properties()) {
      JsonNode value = header.getValue();
      if (!value.isValueNode() || value.isNull()) {
        throw ApiException.badRequest("'headers." + header.getKey() + "' must be a string");
      }
      if (HeaderFilter.forwardedFromCaller(header.getKey(), value.asText())) {
        headers.put(header.getKey().toLowerCase(Locale.ROOT), value.asText());
      }
    }
    return headers;
  }

  private static byte[] body(ProxyRequest request, Map<String, String> headers) {
    JsonNode body = request.body();
    String encoding = request.bodyEncoding();
    if (encoding != null && !encoding.equals("base64")) {
      throw ApiException.badRequest("'body_encoding' can only be 'base64'");
    }
    if (body == null || body.isNull() || body.isMissingNode()) {
      return null;
    }
    if (encoding != null) {
      if (!body.isTextual()) {
        throw ApiException.badRequest("'body' must be a base64 string when 'body_encoding' is set");
      }
      try {
        headers.putIfAbsent("content-type", "application/octet-stream");
        return Base64.getDecoder().decode(body.asText());
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("'body' is not valid base64");
      }
    }
    if (body.isTextual()) {
      headers.putIfAbsent("content-type", "text/plain; charset=utf-8");
      return body.asText().getBytes(StandardCharsets.UTF_8);
    }
    headers.putIfAbsent("content-type", "application/json");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }
}
