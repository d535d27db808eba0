package dev.patchbay.proxy.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /proxy} (contract §7).
 *
 * @param url the provider base URL to use instead of the connector's; it must be one the connector
 *     declares
 * @param method {@code get} (default), {@code post}, {@code put}, {@code patch} or {@code delete}
 * @param path appended to the base URL; may carry a query string
 * @param headers sent to the provider, except hop-by-hop and authentication headers
 * @param body an object or array is sent as JSON; a string as its UTF-8 bytes, or decoded when
 *     {@code body_encoding} is {@code base64} (binary bodies)
 * @param bodyEncoding {@code base64} for a binary body given as a base64 string (a Patchbay
 *     extension)
 */
public record ProxyRequest(
    String url, String method, String path, JsonNode headers, JsonNode body, String bodyEncoding) {}
