package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a step reads a provider response before {@code customErrors} apply. {@code request} parses by
 * content type; {@code soap_request} reads the SOAP envelope ({@link SoapResponse}).
 */
@FunctionalInterface
interface ResponseReader {
  /** JSON, XML ({@code XmlToJson.rest()}) or text, by content type; the HTTP status as is. */
  ResponseReader BY_CONTENT_TYPE =
      response -> new Read(ProviderResponses.parse(response), response.status(), null);

  Read read(HttpTransport.Response response);

  /**
   * @param data the parsed body: the step's data and the {@code data} that {@code customErrors} see
   * @param status the status to report when no {@code customErrors} rule matches (a SOAP Fault is a
   *     500 whatever the HTTP status)
   * @param detail the error text to show instead of a body excerpt, or {@code null}
   */
  record Read(JsonNode data, int status, String detail) {}
}
