package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.xml.XmlToJson;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends an {@link HttpCall} and reads the answer: a JSON body is parsed, an XML one is read by
 * {@link XmlToJson#rest()}, anything else is kept as text. A non-2xx status, after {@link
 * ErrorHandler} mapping, throws {@link ProviderErrorException}; a mapped 2xx is a success.
 */
final class Requester {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT = 500;

  private final HttpTransport transport;
  private final ErrorHandler errors;

  Requester(HttpTransport transport, ErrorHandler errors) {
    this.transport = transport;
    this.errors = errors;
  }

  /**
   * A successful exchange. {@code status} is the reported status (mapped by {@code customErrors}),
   * {@code raw} the transport response {@code {data, status, headers, requestUrl, method, body}}.
   */
  record Exchange(int status, JsonNode data, ObjectNode raw, String message) {}

  Exchange send(RequestBuilder.Built built, JsonNode customErrors, StepScope scope) {
    return send(
        built, customErrors, scope, r -> new ResponseReader.Read(parse(r), r.status(), null));
  }

  /** {@link #send} with the step's own reading of the response ({@code soap_request}). */
  Exchange send(
      RequestBuilder.Built built, JsonNode customErrors, StepScope scope, ResponseReader reader) {
    HttpCall call = built.call();
    Redactor redactor = scope.redactor();
    built.auth().headers().values().forEach(redactor::add);
    built.auth().query().values().forEach(redactor::add);
    HttpTransport.Request request;
    try {
      request = call.toRequest();
    } catch (UnsupportedOperationException | IllegalArgumentException unsupported) {
      throw new ActionExecutionException(
          500, scope.stepId(), redactor.redact(scope.stepId() + ": " + unsupported.getMessage()));
    }
    HttpTransport.Response response;
    try {
      response = transport.send(request);
    } catch (IOException unreachable) {
      throw new ActionExecutionException(
          502,
          scope.stepId(),
          redactor.redact(
              scope.stepId()
                  + ": "
                  + call.method()
                  + " "
                  + call.url()
                  + " failed: "
                  + unreachable.getMessage()));
    }
    ResponseReader.Read read = reader.read(response);
    JsonNode data = read.data();
    ObjectNode raw = JsonNodeFactory.instance.objectNode();
    raw.set("data", data);
    raw.put("status", response.status());
    raw.set("headers", headers(response.headers()));
    raw.put("requestUrl", request.uri().toString());
    raw.put("method", call.method());
    if (call.body() != null) {
      raw.set("body", call.body());
    }
    var mapping = errors.map(customErrors, raw, scope.credentials());
    int status = mapping.map(ErrorHandler.Mapping::status).orElse(read.status());
    String message = mapping.map(ErrorHandler.Mapping::message).orElse(null);
    if (!ErrorHandler.isSuccess(status)) {
      String detail =
          message != null
              ? message
              : read.detail() != null ? read.detail() : excerpt(response.body());
      throw new ProviderErrorException(
          status,
          response.status(),
          scope.stepId(),
          redactor.redact(
              scope.stepId()
                  + ": "
                  + call.method()
                  + " "
                  + call.url()
                  + " returned "
                  + response.status()
                  + (status != response.status() ? " (mapped to " + status + ")" : "")
                  + (detail.isEmpty() ? "" : ": " + detail)),
          redactor.redact(data));
    }
    return new Exchange(status, data, raw, message);
  }

  private static JsonNode parse(HttpTransport.Response response) {
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

  private static String excerpt(String body) {
    String text = body == null ? "" : body.strip();
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
  }
}
