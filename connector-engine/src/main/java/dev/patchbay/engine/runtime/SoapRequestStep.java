package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.expression.JsValues;

/**
 * {@code soap_request} v1 (connector-format.md §4.3): the request is built like {@code request}
 * (url, query and header args, authorization), its body args go into the envelope ({@link
 * SoapEnvelope}), {@code soapAction} is sent as the {@code SOAPAction} header and the content type
 * is {@code application/xml} unless a header arg sets one. The method defaults to {@code post}. The
 * response is read by {@link SoapResponse}; {@code response.dataKey} and {@code indexField} then
 * apply to the body. Output {@code {data, raw, statusCode, message?}}, {@code raw.body} being the
 * envelope sent.
 */
final class SoapRequestStep implements StepHandler {
  static final String DEFAULT_CONTENT_TYPE = "application/xml";

  private final ParameterEvaluator evaluator;
  private final RequestBuilder builder;
  private final Requester requester;
  private final RecordSelector selector;

  SoapRequestStep(
      ParameterEvaluator evaluator,
      RequestBuilder builder,
      Requester requester,
      RecordSelector selector) {
    this.evaluator = evaluator;
    this.builder = builder;
    this.requester = requester;
    this.selector = selector;
  }

  @Override
  public ObjectNode run(ObjectNode parameters, StepScope scope) {
    ObjectNode params = evaluator.parameters(parameters, scope.block());
    Requester.Exchange exchange =
        requester.send(
            prepare(params, scope),
            () -> prepare(evaluator.parameters(parameters, scope.block()), scope),
            params.get("customErrors"),
            scope,
            SoapResponse.READER);
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    JsonNode data = selector.data(exchange.data(), params.get("response"));
    if (!JsValues.isUndefined(data)) {
      output.set("data", data);
    }
    output.set("raw", exchange.raw());
    output.put("statusCode", exchange.status());
    if (exchange.message() != null) {
      output.put("message", exchange.message());
    }
    return output;
  }

  /** The request with its envelope, from evaluated parameters (again after a refresh). */
  private RequestBuilder.Built prepare(ObjectNode params, StepScope scope) {
    if (JsValues.isNullish(params.get("method"))) {
      params.put("method", "post");
    }
    RequestBuilder.Built built = builder.build(params, scope);
    HttpCall call = built.call();
    String envelope = SoapEnvelope.of(params, call.body(), scope.credentials());
    call.addBody("envelope", TextNode.valueOf(envelope), false, true);
    if (call.header("content-type") == null) {
      call.setHeader("content-type", DEFAULT_CONTENT_TYPE);
    }
    JsonNode soapAction = params.get("soapAction");
    if (soapAction != null && JsValues.truthy(soapAction)) {
      call.setHeader("soapaction", JsValues.toJsString(soapAction));
    }
    return built;
  }
}
