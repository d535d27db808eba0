package dev.patchbay.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutionException;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.ActionRequest;
import dev.patchbay.engine.runtime.ActionResult;
import dev.patchbay.engine.runtime.JdkHttpTransport;
import dev.patchbay.engine.runtime.SandboxTransport;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import dev.patchbay.sandbox.DemoAccounts;
import dev.patchbay.sandbox.Provider;
import dev.patchbay.sandbox.ProviderSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Loads every connector folder of this module and runs its scenarios ({@code
 * src/test/resources/conformance/<key>.yaml}) against the provider-sandbox, in file order. Every
 * action of a connector must be run by at least one scenario.
 */
class ConnectorConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path CATALOGUE = Path.of("").toAbsolutePath();
  private static final Path SCENARIOS = CATALOGUE.resolve("src/test/resources/conformance");
  private static final ConnectorLoader LOADER = new ConnectorLoader();
  private static ProviderSandbox sandbox;
  private static ActionExecutor executor;

  @BeforeAll
  static void start() {
    sandbox = ProviderSandbox.start("127.0.0.1", 0);
    executor =
        new ActionExecutor(
            new ExpressionEngine(Clock.systemUTC()),
            new SandboxTransport(sandbox.url(), new JdkHttpTransport(Duration.ofSeconds(10))));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @TestFactory
  Stream<DynamicNode> everyConnector() throws IOException {
    List<Path> folders = connectorFolders();
    assertFalse(folders.isEmpty(), "no connector folders under " + CATALOGUE);
    return folders.stream().map(this::connector);
  }

  /** Folders directly under the catalogue that hold a main {@code *.s1.yaml}. */
  private static List<Path> connectorFolders() throws IOException {
    try (Stream<Path> children = Files.list(CATALOGUE)) {
      return children
          .filter(Files::isDirectory)
          .filter(ConnectorConformanceTest::holdsConnector)
          .sorted()
          .toList();
    }
  }

  private static boolean holdsConnector(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(
          f ->
              f.getFileName().toString().endsWith(".s1.yaml")
                  && !f.getFileName().toString().endsWith(".s1.partial.yaml"));
    } catch (IOException unreadable) {
      return false;
    }
  }

  private DynamicContainer connector(Path folder) {
    ConnectorDefinition definition = LOADER.load(folder);
    String key = definition.key();
    Path file = SCENARIOS.resolve(key + ".yaml");
    Scenario.Suite suite;
    try {
      suite = Scenario.read(file, key);
    } catch (IOException missing) {
      return DynamicContainer.dynamicContainer(
          key, Stream.of(DynamicTest.dynamicTest("has scenarios", () -> fail("missing " + file))));
    }
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            "every action has a scenario", () -> everyActionRun(definition, suite)));
    Run run = new Run(definition, suite.provider());
    for (Scenario scenario : suite.scenarios()) {
      tests.add(DynamicTest.dynamicTest(scenario.name(), () -> run.execute(scenario)));
    }
    return DynamicContainer.dynamicContainer(key, tests.stream());
  }

  private static void everyActionRun(ConnectorDefinition definition, Scenario.Suite suite) {
    Set<String> missing = new TreeSet<>();
    definition.actions().stream().map(ActionDefinition::actionId).forEach(missing::add);
    suite.scenarios().forEach(scenario -> missing.remove(scenario.action()));
    assertTrue(missing.isEmpty(), definition.key() + " actions without a scenario: " + missing);
  }

  /** The scenarios of one connector, sharing credentials and saved values. */
  private static final class Run {
    private final ConnectorDefinition definition;
    private final Provider provider;
    private final CredentialsPort credentials;
    private final Map<String, String> saved = new HashMap<>();
    private boolean first = true;

    Run(ConnectorDefinition definition, String providerKey) {
      this.definition = definition;
      this.provider =
          sandbox
              .provider(providerKey)
              .orElseThrow(() -> new IllegalStateException("no sandbox provider " + providerKey));
      this.credentials = CredentialsPort.of(MAPPER.valueToTree(DemoAccounts.credentials(provider)));
    }

    void execute(Scenario scenario) {
      if (first) {
        provider.reset();
        first = false;
      }
      scenario
          .faults()
          .forEach(
              fault ->
                  sandbox
                      .faults()
                      .add(((ObjectNode) fault.deepCopy()).put("provider", provider.key())));
      if (scenario.expireTokens()) {
        provider.oauth().orElseThrow().expireAccessTokens();
      }
      int before = sandbox.journal().toJson(provider.key()).size();
      JsonNode tokenBefore = credentials.current().path("accessToken");
      ActionRequest request =
          new ActionRequest(
              scenario.authConfig(),
              null,
              substitute(scenario.params()),
              credentials,
              null,
              "http://127.0.0.1");
      JsonNode expect = scenario.expect();
      if (expect.has("error")) {
        ActionExecutionException error =
            assertThrows(
                ActionExecutionException.class,
                () -> executor.execute(definition, scenario.action(), request));
        assertEquals(expect.get("error").asInt(), error.statusCode(), error.getMessage());
        return;
      }
      ActionResult result = executor.execute(definition, scenario.action(), request);
      ObjectNode envelope = result.envelope();
      check(expect, envelope);
      if (expect.has("pages")) {
        pageToTheEnd(scenario.action(), request, result, expect);
      }
      if (expect.has("refreshed")) {
        boolean refreshed = !tokenBefore.equals(credentials.current().path("accessToken"));
        assertEquals(expect.get("refreshed").asBoolean(), refreshed, "access token refreshed");
      }
      if (expect.has("requests_at_least")) {
        int sent = sandbox.journal().toJson(provider.key()).size() - before;
        assertTrue(sent >= expect.get("requests_at_least").asInt(), "requests sent: " + sent);
      }
      scenario
          .save()
          .fields()
          .forEachRemaining(
              field ->
                  saved.put(field.getKey(), read(envelope, field.getValue().asText()).asText()));
    }

    private void pageToTheEnd(
        String action, ActionRequest request, ActionResult first, JsonNode expect) {
      int pages = 1;
      int records = first.data().size();
      ActionResult page = first;
      while (page.next().isPresent()) {
        page = executor.execute(definition, action, request.withCursor(page.next().get()));
        pages++;
        records += page.data().size();
        assertTrue(pages <= 1000, "paging does not end");
      }
      assertTrue(pages >= expect.get("pages").asInt(), "pages: " + pages);
      if (expect.has("total")) {
        assertEquals(expect.get("total").asInt(), records, "records over every page");
      }
    }

    private JsonNode substitute(JsonNode params) {
      if (params.isTextual()) {
        String text = params.asText();
        for (Map.Entry<String, String> value : saved.entrySet()) {
          text = text.replace("${saved." + value.getKey() + "}", value.getValue());
        }
        return TextNode.valueOf(text);
      }
      if (params.isContainerNode()) {
        JsonNode copy = params.deepCopy();
        if (copy.isObject()) {
          params
              .fields()
              .forEachRemaining(
                  field -> ((ObjectNode) copy).set(field.getKey(), substitute(field.getValue())));
        } else {
          for (int i = 0; i < params.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) copy)
                .set(i, substitute(params.get(i)));
          }
        }
        return copy;
      }
      return params;
    }
  }

  /** Checks {@code count}, {@code min_count}, {@code json} and {@code present} on the result. */
  private static void check(JsonNode expect, ObjectNode envelope) {
    JsonNode data = envelope.path("data");
    if (expect.has("count")) {
      assertEquals(expect.get("count").asInt(), data.size(), "records in data");
    }
    if (expect.has("min_count")) {
      assertTrue(data.size() >= expect.get("min_count").asInt(), "records in data: " + data.size());
    }
    expect
        .path("json")
        .fields()
        .forEachRemaining(
            field ->
                assertEquals(field.getValue(), read(envelope, field.getKey()), field.getKey()));
    expect
        .path("present")
        .forEach(path -> assertNotNull(read(envelope, path.asText()), path.asText()));
  }

  private static JsonNode read(ObjectNode envelope, String path) {
    try {
      return MAPPER.valueToTree(JsonPath.read(envelope.toString(), path));
    } catch (PathNotFoundException missing) {
      return null;
    }
  }
}
