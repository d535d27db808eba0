package dev.patchbay.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Ingress routes every public path of the contract to its service, as the edge router does, and
 * never an internal one. Prefix paths are matched as Kubernetes does: whole segments, longest wins.
 */
class IngressRoutesTest {
  private static final Path EDGE_ROUTES = Path.of(System.getProperty("edge.routes"));

  /** platform-api.md section 12: the official client's aliases and the seed paths, by service. */
  private static final Map<String, String> CONTRACT_PATHS = new LinkedHashMap<>();

  static {
    CONTRACT_PATHS.put("/connectors", "actions-service");
    CONTRACT_PATHS.put("/connectors/meta", "actions-service");
    CONTRACT_PATHS.put("/connectors/meta/bamboohr", "actions-service");
    CONTRACT_PATHS.put("/connectors/bamboohr", "actions-service");
    CONTRACT_PATHS.put("/logs", "logs-service");
    CONTRACT_PATHS.put("/logs/log_1", "logs-service");
    CONTRACT_PATHS.put("/logs/log_1/steps", "logs-service");
    CONTRACT_PATHS.put("/logs/platform", "logs-service");
    CONTRACT_PATHS.put("/requests/logs", "logs-service");
    CONTRACT_PATHS.put("/requests/logs/log_1", "logs-service");
    CONTRACT_PATHS.put("/requests/logs/steps", "logs-service");
    CONTRACT_PATHS.put("/requests/platform-logs", "logs-service");
    CONTRACT_PATHS.put("/proxy", "proxy-service");
    CONTRACT_PATHS.put("/unified/proxy", "proxy-service");
    CONTRACT_PATHS.put("/mcp", "actions-service");
    CONTRACT_PATHS.put("/mcp/sse", "actions-service");
    CONTRACT_PATHS.put("/mcp/session", "actions-service");
    CONTRACT_PATHS.put("/accounts", "accounts-service");
    CONTRACT_PATHS.put("/accounts/acc_1", "accounts-service");
    CONTRACT_PATHS.put("/accounts/acc_1/meta", "accounts-service");
    CONTRACT_PATHS.put("/connect_sessions", "connect-service");
    CONTRACT_PATHS.put("/connect_sessions/authenticate", "connect-service");
    CONTRACT_PATHS.put("/actions", "actions-service");
    CONTRACT_PATHS.put("/actions/rpc", "actions-service");
  }

  private static final List<String> NEVER_ROUTED =
      List.of(
          "/internal",
          "/internal/accounts/acc_1/credentials",
          "/q",
          "/q/health",
          "/q/health/ready",
          "/q/metrics",
          "/q/openapi");

  record IngressPath(String prefix, String service, int port) {}

  static List<String> valuesSets() throws Exception {
    return RenderedChart.valuesSets();
  }

  /**
   * The Ingress's paths, with the Service each one names mapped back to the chart's service key.
   */
  static List<IngressPath> ingressPaths(RenderedChart chart) {
    List<JsonNode> ingresses = chart.ofKind("Ingress");
    assertEquals(1, ingresses.size(), "one Ingress");
    JsonNode rules = ingresses.get(0).path("spec").path("rules");
    assertEquals(1, rules.size(), "one Platform API host");
    List<IngressPath> paths = new ArrayList<>();
    for (JsonNode path : rules.get(0).path("http").path("paths")) {
      assertEquals("Prefix", path.path("pathType").asText());
      JsonNode backend = path.path("backend").path("service");
      String name = backend.path("name").asText();
      assertTrue(name.startsWith(RenderedChart.RELEASE + "-"), name);
      int port = backend.path("port").path("number").asInt();
      JsonNode service = chart.find("Service", name).orElseThrow(() -> new AssertionError(name));
      assertEquals(port, service.path("spec").path("ports").get(0).path("port").asInt());
      paths.add(
          new IngressPath(
              path.path("path").asText(),
              name.substring(RenderedChart.RELEASE.length() + 1),
              port));
    }
    return paths;
  }

  static Optional<String> route(List<IngressPath> paths, String requestPath) {
    return paths.stream()
        .filter(
            p ->
                requestPath.equals(p.prefix())
                    || p.prefix().equals("/")
                    || requestPath.startsWith(p.prefix() + "/"))
        .max(Comparator.comparingInt(p -> p.prefix().length()))
        .map(IngressPath::service);
  }

  static Map<String, String> edgeRoutes() throws Exception {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(EDGE_ROUTES)) {
      properties.load(reader);
    }
    Map<String, String> routes = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(p -> routes.put(p, properties.getProperty(p).trim()));
    assertFalse(routes.isEmpty());
    return routes;
  }

  @ParameterizedTest
  @MethodSource("valuesSets")
  void everyEdgeRouteIsAnIngressPathToTheSameService(String valuesSet) throws Exception {
    List<IngressPath> paths = ingressPaths(RenderedChart.render(valuesSet));
    Map<String, String> expected = edgeRoutes();
    for (var route : expected.entrySet()) {
      assertEquals(Optional.of(route.getValue()), route(paths, route.getKey()), route.getKey());
      assertEquals(
          Optional.of(route.getValue()),
          route(paths, route.getKey() + "/x"),
          route.getKey() + "/x");
    }
    assertEquals(expected.size(), paths.size(), "no path beyond edge-routes.properties: " + paths);
  }

  @ParameterizedTest
  @MethodSource("valuesSets")
  void everyContractPathRoutesToItsService(String valuesSet) throws Exception {
    List<IngressPath> paths = ingressPaths(RenderedChart.render(valuesSet));
    CONTRACT_PATHS.forEach(
        (path, service) -> assertEquals(Optional.of(service), route(paths, path), path));
  }

  @ParameterizedTest
  @MethodSource("valuesSets")
  void internalPathsAreNeverRouted(String valuesSet) throws Exception {
    List<IngressPath> paths = ingressPaths(RenderedChart.render(valuesSet));
    for (String path : NEVER_ROUTED) {
      assertEquals(Optional.empty(), route(paths, path), path);
    }
    assertTrue(paths.stream().noneMatch(p -> p.prefix().equals("/")), "no catch-all route");
  }
}
