package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.xml.XmlFormatException;
import dev.patchbay.engine.xml.XmlToJson;

/**
 * Reads an XML response body (connector-format.md §4.1, §4.3). A body that is not well-formed XML
 * fails the step when the status is a success, as the reference does ({@code Invalid XML
 * response}); with an error status the text is kept, so that the provider's status and {@code
 * customErrors} still decide the failure.
 */
final class XmlResponseBody {
  private XmlResponseBody() {}

  static JsonNode read(XmlToJson reading, String body, int status) {
    try {
      return reading.read(body);
    } catch (XmlFormatException malformed) {
      if (ErrorHandler.isSuccess(status)) {
        throw new IllegalArgumentException(
            "Invalid XML response: " + malformed.getMessage(), malformed);
      }
      return TextNode.valueOf(body);
    }
  }
}
