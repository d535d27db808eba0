package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.expression.JsValues;
import dev.patchbay.engine.xml.JsonToXml;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request being assembled from evaluated {@code args} (connector-format.md §4.1): the final url
 * ({@code baseUrl + url}, plain concatenation), query params, lower-case headers and the body. The
 * paginator copies it to add its iterator token per page.
 */
final class HttpCall {
  static final String FORM = "application/x-www-form-urlencoded";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String method;
  private final String url;
  private final Map<String, JsonNode> query = new LinkedHashMap<>();
  private final Map<String, String> arrayFormats = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private JsonNode body;
  private String inlineBody;

  HttpCall(String method, String url) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.url = url;
  }

  HttpCall copy() {
    HttpCall copy = new HttpCall(method, url);
    copy.query.putAll(query);
    copy.arrayFormats.putAll(arrayFormats);
    copy.headers.putAll(headers);
    copy.body = body == null ? null : body.deepCopy();
    copy.inlineBody = inlineBody;
    return copy;
  }

  String method() {
    return method;
  }

  /** The url without its query string, safe to show in messages. */
  String url() {
    return url;
  }

  /** The body: the inline text when there is one, else the body object ({@code null} if none). */
  JsonNode body() {
    return inlineBody != null ? TextNode.valueOf(inlineBody) : body;
  }

  /** A header set so far ({@code null} when absent). */
  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** Adds a query param; a repeated name accumulates an array. */
  void addQuery(String name, JsonNode value, String arrayFormat) {
    if (JsValues.isUndefined(value)) {
      return;
    }
    JsonNode existing = query.get(name);
    if (existing == null) {
      query.put(name, value);
    } else {
      ArrayNode values = JsonNodeFactory.instance.arrayNode();
      if (existing.isArray()) {
        values.addAll((ArrayNode) existing);
      } else {
        values.add(existing);
      }
      values.add(value);
      query.put(name, values);
    }
    if (arrayFormat != null) {
      arrayFormats.put(name, arrayFormat);
    }
  }

  /** Sets a query param, replacing any value (the paginator's iterator token). */
  void setQuery(String name, JsonNode value) {
    query.put(name, value);
  }

  void setHeader(String name, String value) {
    headers.put(name.toLowerCase(Locale.ROOT), value);
  }

  /**
   * {@code body[name] = value}: a repeated name merges objects and concatenates arrays; {@code
   * spread} merges an object into the body or replaces it with an array; {@code inline} sends a
   * string as the raw body.
   */
  void addBody(String name, JsonNode value, boolean spread, boolean inline) {
    if (JsValues.isUndefined(value)) {
      return;
    }
    if (inline) {
      inlineBody = value.isTextual() ? value.textValue() : value.toString();
      return;
    }
    if (spread && value.isArray()) {
      body = value.deepCopy();
      return;
    }
    ObjectNode object =
        body != null && body.isObject() ? (ObjectNode) body : JsonNodeFactory.instance.objectNode();
    body = object;
    if (spread && value.isObject()) {
      object.setAll((ObjectNode) value.deepCopy());
      return;
    }
    JsonNode existing = object.get(name);
    if (existing != null && existing.isObject() && value.isObject()) {
      ((ObjectNode) existing).setAll((ObjectNode) value.deepCopy());
    } else if (existing != null && existing.isArray() && value.isArray()) {
      ((ArrayNode) existing).addAll((ArrayNode) value.deepCopy());
    } else {
      object.set(name, value);
    }
  }

  /** Sets a body field, replacing any value (the paginator's iterator token). */
  void setBody(String name, JsonNode value) {
    ObjectNode object =
        body != null && body.isObject() ? (ObjectNode) body : JsonNodeFactory.instance.objectNode();
    object.set(name, value);
    body = object;
  }

  /**
   * The transport request. An inline body is sent as it is; a form content type qs-encodes the
   * body; an XML content type writes it as XML ({@link JsonToXml}); anything else is sent as JSON
   * (content type added when absent).
   */
  HttpTransport.Request toRequest() {
    String queryString = QueryString.encode(query, arrayFormats);
    URI uri =
        URI.create(
            queryString.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + queryString);
    Map<String, String> sent = new LinkedHashMap<>(headers);
    byte[] payload = null;
    String contentType = sent.get("content-type");
    if (inlineBody != null) {
      payload = inlineBody.getBytes(StandardCharsets.UTF_8);
    } else if (body != null) {
      if (FORM.equals(contentType)) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        body.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
        payload = QueryString.encode(fields, Map.of()).getBytes(StandardCharsets.UTF_8);
      } else if (contentType != null && isXml(contentType)) {
        if (body.isArray()) {
          throw new IllegalArgumentException(
              "Cannot serialize an array body to XML: XML requires a single root element");
        }
        payload = JsonToXml.build(body).getBytes(StandardCharsets.UTF_8);
      } else {
        sent.putIfAbsent("content-type", "application/json");
        payload = json(body).getBytes(StandardCharsets.UTF_8);
      }
    }
    return new HttpTransport.Request(method, uri, sent, payload);
  }

  static boolean isXml(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    return type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml");
  }

  private static String json(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
