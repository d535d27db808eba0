package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.engine.expression.JsValues;
import java.util.List;

/**
 * {@code paginated_request} in the numbered modes of core 4.4.0 ({@code iterator.mode: offset |
 * page}, with {@code startPage} and {@code maxPage} in page mode). {@code iterator.key} carries a
 * number, in the query (as text) or the body (as a number):
 *
 * <ul>
 *   <li>{@code offset}: the offset of the next record, from 0, advanced by the number of records
 *       each page returned;
 *   <li>{@code page}: the page number, from {@code startPage} (default 1), advanced by one. A page
 *       equal to the previous one ends the pagination (the provider ignores the key), and fetching
 *       a non-empty page after {@code maxPage} (default 1000) fails the step, as in core.
 * </ul>
 *
 * <p>A page ends the pagination when it is empty or not an array ({@code response.dataKey}, or the
 * body itself without one), or when {@code iterator.condition} (on the page body) is not true: then
 * there is no {@code next}. Otherwise it stops once {@code inputs.page_size} records (default 25)
 * are gathered or the page cap is hit, and {@code next} is the number to resume from, as text. A
 * short page does not end it: only an empty one does, as in core. {@code nextKey} is not read. The
 * resume cursor, when it is an integer in range, is where the first request starts.
 */
final class NumberedPaginator {
  static final int DEFAULT_MAX_PAGE = 1000;
  static final int MAX_MAX_PAGE = 10000;
  private static final long MAX_SAFE_INTEGER = 9007199254740991L;
  private static final List<String> MODES = List.of("cursor", "offset", "page");
  private static final List<String> PAGE_SETTINGS = List.of("startPage", "maxPage");

  private final ParameterEvaluator evaluator;
  private final RequestBuilder builder;
  private final Requester requester;
  private final RecordSelector selector;
  private final int maxPages;

  NumberedPaginator(
      ParameterEvaluator evaluator,
      RequestBuilder builder,
      Requester requester,
      RecordSelector selector,
      int maxPages) {
    this.evaluator = evaluator;
    this.builder = builder;
    this.requester = requester;
    this.selector = selector;
    this.maxPages = maxPages;
  }

  /**
   * The pagination mode: {@code iterator.mode}, else a step-level {@code mode}, else {@code
   * cursor}. {@code startPage} and {@code maxPage} are only valid in page mode.
   */
  static String mode(ObjectNode params) {
    JsonNode declared = setting(params, "mode");
    String mode = JsValues.isNullish(declared) ? "cursor" : JsValues.toJsString(declared);
    if (!MODES.contains(mode)) {
      throw new IllegalArgumentException("paginated_request mode '" + mode + "' is not supported");
    }
    for (String name : PAGE_SETTINGS) {
      if (!mode.equals("page") && !JsValues.isNullish(setting(params, name))) {
        throw new IllegalArgumentException(name + " is only valid when iterator.mode is \"page\"");
      }
    }
    return mode;
  }

  /**
   * @param parameters the step's parameters as written, evaluated again after a credentials refresh
   * @param params the same, evaluated
   */
  ObjectNode run(String mode, ObjectNode parameters, ObjectNode params, StepScope scope) {
    JsonNode iterator = params.path("iterator");
    JsonNode response = params.path("response");
    String key = iterator.path("key").asText(null);
    if (key == null) {
      throw new IllegalArgumentException("paginated_request needs iterator.key");
    }
    boolean inBody = iterator.path("in").asText("query").equals("body");
    boolean pages = mode.equals("page");
    long startPage = pages ? integer(params, "startPage", 1, 0, MAX_SAFE_INTEGER) : 0;
    long maxPage = pages ? integer(params, "maxPage", DEFAULT_MAX_PAGE, 1, MAX_MAX_PAGE) : 0;
    if (pages && startPage > maxPage) {
      throw new IllegalArgumentException("startPage must not exceed maxPage (" + maxPage + ")");
    }
    int target = Paginator.target(scope.block().path("inputs").path("page_size"));
    RequestBuilder.Built[] first = {builder.build(params, scope)};

    ArrayNode records = JsonNodeFactory.instance.arrayNode();
    ArrayNode raw = JsonNodeFactory.instance.arrayNode();
    long position = start(scope.cursor(), startPage);
    boolean exhausted = false;
    JsonNode previous = null;
    int status = 0;
    for (int request = 0; request < maxPages; request++) {
      if (pages && position > maxPage + 1) {
        throw new IllegalArgumentException(maxPageExceeded(maxPage, position));
      }
      long at = position;
      Requester.Exchange exchange =
          requester.send(
              at(first[0], key, inBody, at),
              () -> {
                // After a credentials refresh: rebuild, and keep the rebuilt request for later
                // pages.
                first[0] = builder.build(evaluator.parameters(parameters, scope.block()), scope);
                return at(first[0], key, inBody, at);
              },
              params.get("customErrors"),
              scope);
      status = exchange.status();
      raw.add(exchange.raw());
      JsonNode body = exchange.data();
      JsonNode page =
          response.hasNonNull("dataKey")
              ? selector.select(body, response.get("dataKey").asText())
              : body;
      if (page == null || !page.isArray() || page.isEmpty() || page.equals(previous)) {
        exhausted = true;
        break;
      }
      if (pages && position > maxPage) {
        throw new IllegalArgumentException(maxPageExceeded(maxPage, position));
      }
      previous = pages ? page : null;
      records.addAll((ArrayNode) page);
      position += pages ? 1 : page.size();
      JsonNode condition = iterator.get("condition");
      if (condition != null && !evaluator.isTrue(condition, body)) {
        exhausted = true;
        break;
      }
      if (records.size() >= target) {
        break;
      }
    }
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    output.set("data", selector.index(records, response));
    output.set("raw", raw);
    output.put("statusCode", status);
    if (!exhausted) {
      output.put("next", Long.toString(position));
    }
    return output;
  }

  /** {@code iterator.<name>}, else the step-level {@code <name>}. */
  private static JsonNode setting(ObjectNode params, String name) {
    JsonNode iterator = params.path("iterator");
    return iterator.has(name) ? iterator.get(name) : params.get(name);
  }

  private static long integer(ObjectNode params, String name, long fallback, long min, long max) {
    JsonNode value = setting(params, name);
    if (JsValues.isNullish(value)) {
      return fallback;
    }
    double number = JsValues.toNumber(value);
    if (number != Math.rint(number) || number < min || number > max) {
      throw new IllegalArgumentException(
          "iterator." + name + " must be an integer from " + min + " to " + max);
    }
    return (long) number;
  }

  /** The resume cursor when it is a safe integer of at least {@code minimum}, else the minimum. */
  private static long start(String cursor, long minimum) {
    if (cursor == null) {
      return minimum;
    }
    double number = JsValues.toNumber(TextNode.valueOf(cursor));
    boolean usable = number == Math.rint(number) && number >= minimum && number <= MAX_SAFE_INTEGER;
    return usable ? (long) number : minimum;
  }

  private static String maxPageExceeded(long maxPage, long page) {
    return "Pagination exceeded iterator.maxPage (" + maxPage + ") at page " + page;
  }

  /** The first request with the iterator key set to {@code position}. */
  private static RequestBuilder.Built at(
      RequestBuilder.Built first, String key, boolean inBody, long position) {
    HttpCall call = first.call().copy();
    if (inBody) {
      call.setBody(key, LongNode.valueOf(position));
    } else {
      call.setQuery(key, TextNode.valueOf(Long.toString(position)));
    }
    return new RequestBuilder.Built(call, first.auth());
  }
}
