package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.patchbay.engine.expression.JsValues;
import dev.patchbay.engine.xml.XmlToJson;

/**
 * Reads a {@code soap_request} response (connector-format.md §4.3), whatever its content type:
 * namespace prefixes removed, attributes prefixed {@code _} ({@link XmlToJson#soap()}), and the
 * data is the {@code Body} (or the {@code Envelope}, or the document, when absent). A {@code Fault}
 * in the body is a failure with status 500, unless a {@code customErrors} rule maps the HTTP
 * status, and its message is the {@code faultstring} (SOAP 1.1) or {@code Reason.Text} (SOAP 1.2).
 */
final class SoapResponse implements ResponseReader {
  static final SoapResponse READER = new SoapResponse();
  static final int FAULT_STATUS = 500;

  private SoapResponse() {}

  @Override
  public Read read(HttpTransport.Response response) {
    String text = response.body() == null ? "" : response.body();
    JsonNode document =
        text.isBlank()
            ? JsonNodeFactory.instance.objectNode()
            : XmlResponseBody.read(XmlToJson.soap(), text, response.status());
    if (document.isTextual()) {
      return new Read(document, response.status(), null);
    }
    JsonNode body = member(member(document, "Envelope"), "Body");
    JsonNode fault = body.get("Fault");
    if (fault != null && JsValues.truthy(fault)) {
      return new Read(body, FAULT_STATUS, faultText(fault));
    }
    return new Read(body, response.status(), null);
  }

  /** {@code node[key] || node}, as the reference reads the envelope. */
  private static JsonNode member(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && JsValues.truthy(value) ? value : node;
  }

  private static String faultText(JsonNode fault) {
    JsonNode text = fault.get("faultstring");
    if (JsValues.isNullish(text)) {
      text = fault.path("Reason").path("Text");
    }
    if (text.isArray() && !text.isEmpty()) {
      text = text.get(0);
    }
    if (text.isObject()) {
      text = text.path("#text");
    }
    return JsValues.isNullish(text) || text.isContainerNode()
        ? "SOAP Fault occurred"
        : JsValues.toJsString(text);
  }
}
