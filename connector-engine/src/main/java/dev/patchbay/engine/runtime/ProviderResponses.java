package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.xml.XmlToJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a provider response into the engine's values: a JSON body is parsed, an XML one is read by
 * {@link XmlToJson#rest()}, anything else is kept as text; {@code raw} is the step's {@code {data,
 * status, headers, requestUrl, method, body}}.
 */
final class ProviderResponses {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT = 500;

  private ProviderResponses() {}

  static JsonNode parse(HttpTransport.Response response) {
    String body = response.body() == null ? "" : response.body();
    if (body.isBlank()) {
      return NullNode.getInstance();
    }
    String type = response.header("content-type").orElse("").toLowerCase(Locale.ROOT);
    if (HttpCall.isXml(type)) {
      return XmlResponseBody.read(XmlToJson.rest(), body, response.status());
    }
    String trimmed = body.trim();
    if (type.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException notJson) {
        return TextNode.valueOf(body);
      }
    }
    return TextNode.valueOf(body);
  }

  static ObjectNode raw(
      HttpCall call,
      HttpTransport.Request request,
      HttpTransport.Response response,
      JsonNode data) {
    ObjectNode raw = JsonNodeFactory.instance.objectNode();
    raw.set("data", data);
    raw.put("status", response.status());
    raw.set("headers", headers(response.headers()));
    raw.put("requestUrl", request.uri().toString());
    raw.put("method", call.method());
    if (call.body() != null) {
      raw.set("body", call.body());
    }
    return raw;
  }

  /** Header names lower-cased; one value as a string, several as an array. */
  private static ObjectNode headers(Map<String, List<String>> headers) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    headers.forEach(
        (name, values) -> {
          String key = name.toLowerCase(Locale.ROOT);
          if (values.size() == 1) {
            node.put(key, values.get(0));
          } else {
            values.forEach(v -> node.withArray(key).add(v));
          }
        });
    return node;
  }

  static String excerpt(String body) {
    String text = body == null ? "" : body.strip();
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
  }
}
