package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paginated_request} with {@code iterator.mode: offset} and {@code page}. */
class PaginationModesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("(?:offset|page)=(\\d+)");

  /** The provider has five records and serves two a page. */
  private static final int RECORDS = 5;

  private static final int PROVIDER_LIMIT = 2;

  @TempDir Path dir;
  private StubProvider provider;

  @BeforeEach
  void start() {
    provider = new StubProvider();
    provider.route("GET /by-offset", request -> slice(number(request.query())));
    provider.route(
        "GET /by-page", request -> slice((number(request.query()) - 1) * PROVIDER_LIMIT));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private static int number(String query) {
    Matcher match = NUMBER.matcher(query == null ? "" : query);
    return match.find() ? Integer.parseInt(match.group(1)) : 0;
  }

  /** Records {@code from}, {@code from + 1} of 1..5, and whether more follow. */
  private static Reply slice(int from) {
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (int id = from + 1; id <= Math.min(from + PROVIDER_LIMIT, RECORDS); id++) {
      if (id > 0) {
        items.addObject().put("id", id);
      }
    }
    boolean more = from + PROVIDER_LIMIT < RECORDS;
    return Reply.json(200, "{\"items\":" + items + ",\"more\":" + more + "}");
  }

  private ConnectorDefinition connector(String path, String iterator) throws Exception {
    return InlineConnectors.load(
        dir,
        """
        - actionId: list
          inputs: [ { name: page_size, type: number, in: query, required: false } ]
          steps:
            - stepId: pages
              stepFunction:
                functionName: paginated_request
                parameters:
                  url: %s
                  iterator: %s
                  response: { dataKey: items }
          result:
            data: $.steps.pages.output.data
            next: $.steps.pages.output.next
        """
            .formatted(path, iterator));
  }

  private ActionResult run(ConnectorDefinition connector, String inputs, String cursor)
      throws Exception {
    return run(new ActionExecutor(engine(), transport()), connector, inputs, cursor);
  }

  private ActionResult run(
      ActionExecutor executor, ConnectorDefinition connector, String inputs, String cursor)
      throws Exception {
    return executor.execute(
        connector,
        "list",
        ActionRequest.of(JSON.readTree(inputs), JSON.readTree("{\"token\":\"tok-pages\"}"))
            .withCursor(cursor));
  }

  private static ExpressionEngine engine() {
    return new ExpressionEngine(Vectors.FROZEN_CLOCK);
  }

  private HttpTransport transport() {
    return provider.transportFor(InlineConnectors.ORIGIN);
  }

  private List<String> queries() {
    return provider.received().stream().map(StubProvider.Received::query).toList();
  }

  private static List<Integer> ids(ActionResult result) {
    return StreamSupport.stream(result.data().spliterator(), false)
        .map(record -> record.get("id").intValue())
        .toList();
  }

  @Test
  void offsetAdvancesByTheRecordsReceivedAndStopsOnAnEmptyPage() throws Exception {
    ActionResult result =
        run(
            connector("/by-offset", "{ key: offset, in: query, mode: offset }"),
            "{\"page_size\":10}",
            null);

    assertEquals(List.of(1, 2, 3, 4, 5), ids(result));
    assertEquals(List.of("offset=0", "offset=2", "offset=4", "offset=5"), queries());
    assertTrue(result.next().isEmpty());
  }

  @Test
  void offsetStopsAtPageSizeWithTheNextOffsetAndResumesFromIt() throws Exception {
    ConnectorDefinition connector =
        connector("/by-offset", "{ key: offset, in: query, mode: offset }");

    ActionResult first = run(connector, "{\"page_size\":3}", null);
    ActionResult rest = run(connector, "{\"page_size\":3}", first.next().orElseThrow());

    assertEquals(List.of(1, 2, 3, 4), ids(first), "pages are never split");
    assertEquals("4", first.next().orElseThrow());
    assertEquals(List.of(5), ids(rest));
    assertTrue(rest.next().isEmpty());
    assertEquals(List.of("offset=0", "offset=2", "offset=4", "offset=5"), queries());
  }

  @Test
  void offsetInTheBodyIsANumberAndTheCapKeepsTheNextOffset() throws Exception {
    provider.route(
        "POST /search",
        request -> slice(number(request.body().replace("\"", "").replace(':', '='))));
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: list
              steps:
                - stepId: pages
                  stepFunction:
                    functionName: paginated_request
                    parameters:
                      url: /search
                      method: post
                      args: [ { name: q, value: x, in: body } ]
                      iterator: { key: offset, in: body, mode: offset }
                      response: { dataKey: items }
              result:
                data: $.steps.pages.output.data
                next: $.steps.pages.output.next
            """);

    ActionResult result = run(new ActionExecutor(engine(), transport(), 2), connector, "{}", null);

    assertEquals(
        List.of("{\"q\":\"x\",\"offset\":0}", "{\"q\":\"x\",\"offset\":2}"),
        provider.received().stream().map(StubProvider.Received::body).toList());
    assertEquals(List.of(1, 2, 3, 4), ids(result));
    assertEquals("4", result.next().orElseThrow());
  }

  @Test
  void pageStartsAtOneAndStopsOnAnEmptyPage() throws Exception {
    ActionResult result =
        run(
            connector("/by-page", "{ key: page, in: query, mode: page }"),
            "{\"page_size\":50}",
            null);

    assertEquals(List.of(1, 2, 3, 4, 5), ids(result));
    assertEquals(List.of("page=1", "page=2", "page=3", "page=4"), queries());
    assertTrue(result.next().isEmpty());
  }

  @Test
  void pageResumesFromTheCursorAndReturnsTheNextPageNumber() throws Exception {
    ConnectorDefinition connector =
        connector("/by-page", "{ key: page, in: query, mode: page, startPage: 1 }");

    ActionResult result = run(connector, "{\"page_size\":2}", "2");
    ActionResult fromStart = run(connector, "{\"page_size\":2}", "not-a-page");

    assertEquals(List.of(3, 4), ids(result));
    assertEquals("3", result.next().orElseThrow());
    assertEquals(List.of(1, 2), ids(fromStart), "an unusable cursor starts at startPage");
    assertEquals(List.of("page=2", "page=1"), queries());
  }

  @Test
  void pageStopsWithoutNextWhenTheConditionIsFalseOrThePageRepeats() throws Exception {
    provider.route("GET /same", request -> Reply.json(200, "{\"items\":[{\"id\":9}]}"));

    ActionResult conditioned =
        run(
            connector(
                "/by-page", "{ key: page, in: query, mode: page, condition: '{{more == true}}' }"),
            "{\"page_size\":50}",
            null);
    ActionResult repeated =
        run(connector("/same", "{ key: p, in: query, mode: page, startPage: 0 }"), "{}", null);

    assertEquals(List.of(1, 2, 3, 4, 5), ids(conditioned));
    assertTrue(conditioned.next().isEmpty());
    assertEquals(List.of(9), ids(repeated), "the repeated page is not added again");
    assertTrue(repeated.next().isEmpty());
    assertEquals(List.of("page=1", "page=2", "page=3", "p=0", "p=1"), queries());
  }

  @Test
  void aNonEmptyPageAfterMaxPageFailsTheStep() throws Exception {
    ConnectorDefinition connector =
        connector("/by-page", "{ key: page, in: query, mode: page, maxPage: 2 }");

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class, () -> run(connector, "{\"page_size\":50}", null));

    assertEquals(500, error.statusCode());
    assertEquals("pages: Pagination exceeded iterator.maxPage (2) at page 3", error.getMessage());
    assertEquals(List.of("page=1", "page=2", "page=3"), queries());
  }

  @Test
  void pageSettingsOutsidePageModeAreAConnectorFault() throws Exception {
    ConnectorDefinition connector =
        connector("/by-offset", "{ key: offset, in: query, mode: offset, startPage: 2 }");

    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run(connector, "{}", null));

    assertEquals(500, error.statusCode());
    assertEquals(
        "pages: startPage is only valid when iterator.mode is \"page\"", error.getMessage());
    assertTrue(provider.received().isEmpty());
  }
}
