package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.expression.JsValues;
import java.util.Locale;

/**
 * {@code paginated_request} in cursor mode (connector-format.md §4.2); the {@code offset} and
 * {@code page} modes are handed to {@link NumberedPaginator}. The target is {@code
 * inputs.page_size} records (default 25); the first token is the resume cursor, if any. Per page:
 * put the token at {@code iterator.key} ({@code in: query|body}), send, append the records at
 * {@code response.dataKey}, read the next token at {@code nextKey} (in the body, or in a header
 * when {@code nextKeyIn: headers}). It stops when the records are not an array or empty, the token
 * is missing, the target is reached, {@code iterator.condition} (on the page body) is not true, or
 * {@link #maxPages} pages were fetched. Pages are never split: the last page is kept whole, so
 * {@code data} may exceed the target by less than a page and {@code position} is never set. {@code
 * next} is the token to resume with; it is absent when the provider has no more pages.
 */
final class Paginator implements StepHandler {
  static final int DEFAULT_TARGET = 25;

  private final ParameterEvaluator evaluator;
  private final RequestBuilder builder;
  private final Requester requester;
  private final RecordSelector selector;
  private final int maxPages;
  private final NumberedPaginator numbered;

  Paginator(
      ParameterEvaluator evaluator,
      RequestBuilder builder,
      Requester requester,
      RecordSelector selector,
      int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1");
    }
    this.evaluator = evaluator;
    this.builder = builder;
    this.requester = requester;
    this.selector = selector;
    this.maxPages = maxPages;
    this.numbered = new NumberedPaginator(evaluator, builder, requester, selector, maxPages);
  }

  @Override
  public ObjectNode run(ObjectNode parameters, StepScope scope) {
    ObjectNode params = evaluator.parameters(parameters, scope.block());
    String mode = NumberedPaginator.mode(params);
    if (!mode.equals("cursor")) {
      return numbered.run(mode, parameters, params, scope);
    }
    JsonNode iterator = params.path("iterator");
    JsonNode response = params.path("response");
    String key = iterator.path("key").asText(null);
    if (key == null || !response.hasNonNull("dataKey")) {
      throw new ActionExecutionException(
          500,
          scope.stepId(),
          scope.stepId() + ": paginated_request needs iterator.key and response.dataKey");
    }
    boolean inBody = iterator.path("in").asText("query").equals("body");
    int target = target(scope.block().path("inputs").path("page_size"));
    RequestBuilder.Built[] first = {builder.build(params, scope)};

    ArrayNode records = JsonNodeFactory.instance.arrayNode();
    ArrayNode raw = JsonNodeFactory.instance.arrayNode();
    String token = scope.cursor();
    int status = 0;
    for (int page = 0; page < maxPages; page++) {
      String pageToken = token;
      Requester.Exchange exchange =
          requester.send(
              page(first[0], key, inBody, pageToken),
              () -> {
                // After a credentials refresh: rebuild, and keep the rebuilt request for later
                // pages.
                first[0] = builder.build(evaluator.parameters(parameters, scope.block()), scope);
                return page(first[0], key, inBody, pageToken);
              },
              params.get("customErrors"),
              scope);
      status = exchange.status();
      raw.add(exchange.raw());
      JsonNode body = exchange.data();
      JsonNode pageRecords = selector.select(body, response.get("dataKey").asText());
      if (pageRecords == null || !pageRecords.isArray() || pageRecords.isEmpty()) {
        token = null;
        break;
      }
      records.addAll((ArrayNode) pageRecords);
      token = nextToken(exchange, response);
      if (token == null
          || records.size() >= target
          || !continues(iterator.get("condition"), body)) {
        break;
      }
    }
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    output.set("data", selector.index(records, response));
    output.set("raw", raw);
    output.put("statusCode", status);
    if (token != null) {
      output.put("next", token);
    }
    return output;
  }

  /** The request of one page: the step's request with the token at {@code iterator.key}. */
  private static RequestBuilder.Built page(
      RequestBuilder.Built first, String key, boolean inBody, String token) {
    HttpCall call = first.call().copy();
    if (token != null) {
      if (inBody) {
        call.setBody(key, JsValues.string(token));
      } else {
        call.setQuery(key, JsValues.string(token));
      }
    }
    return new RequestBuilder.Built(call, first.auth());
  }

  private String nextToken(Requester.Exchange exchange, JsonNode response) {
    if (!response.hasNonNull("nextKey")) {
      return null;
    }
    String nextKey = response.get("nextKey").asText();
    boolean inHeaders = response.path("nextKeyIn").asText("data").equals("headers");
    JsonNode value =
        inHeaders
            ? exchange.raw().path("headers").path(nextKey.toLowerCase(Locale.ROOT))
            : selector.select(exchange.data(), nextKey);
    if (JsValues.isNullish(value)) {
      return null;
    }
    String token = JsValues.toJsString(value);
    return token.isEmpty() ? null : token;
  }

  private boolean continues(JsonNode condition, JsonNode body) {
    return condition == null || evaluator.isTrue(condition, body);
  }

  static int target(JsonNode pageSize) {
    if (JsValues.isNullish(pageSize)) {
      return DEFAULT_TARGET;
    }
    double size = JsValues.toNumber(pageSize);
    return Double.isNaN(size) || size < 1 ? DEFAULT_TARGET : (int) Math.ceil(size);
  }
}
