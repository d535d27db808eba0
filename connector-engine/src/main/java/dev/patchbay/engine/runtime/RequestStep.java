package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.JsValues;

/**
 * {@code request} (connector-format.md §4.1): evaluate parameters, build, send, select. Output
 * {@code {data, raw, statusCode, message?}}. After a credentials refresh the parameters are
 * evaluated again, so args that read {@code $.credentials} get the new values.
 */
final class RequestStep implements StepHandler {
  private final ParameterEvaluator evaluator;
  private final RequestBuilder builder;
  private final Requester requester;
  private final RecordSelector selector;

  RequestStep(
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
    RequestBuilder.Built built = builder.build(params, scope);
    Requester.Exchange exchange =
        requester.send(
            built,
            () -> builder.build(evaluator.parameters(parameters, scope.block()), scope),
            params.get("customErrors"),
            scope);
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
}
