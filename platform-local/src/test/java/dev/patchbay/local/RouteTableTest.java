package dev.patchbay.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

  private final RouteTable table =
      new RouteTable(
          Map.of(
              "/accounts", "accounts-service",
              "/unified", "actions-service",
              "/unified/proxy/", "proxy-service",
              "/", "fallback"));

  @ParameterizedTest
  @CsvSource({
    "/accounts, accounts-service",
    "/accounts/, accounts-service",
    "/accounts/acc_1/meta, accounts-service",
    "/accountsx, fallback",
    "/unified/hris/employees, actions-service",
    "/unified/proxy, proxy-service",
    "/unified/proxy/x, proxy-service",
    "/unified/proxyx, actions-service",
    "/other, fallback",
  })
  void longestWholeSegmentPrefixWins(String path, String service) {
    assertEquals(Optional.of(service), table.serviceFor(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/internal",
        "/internal/accounts/acc_1/credentials",
        "/q",
        "/q/health/ready",
        "/accounts/../internal/x",
        "/accounts/%2e%2E/q/health",
        "/accounts/./x",
        "accounts"
      })
  void neverRoutedEvenUnderACatchAllRoute(String path) {
    assertEquals(Optional.empty(), table.serviceFor(path));
  }

  @Test
  void prefixesThatOnlyLookNeverRoutedAreRouted() {
    assertEquals(Optional.of("fallback"), table.serviceFor("/internals"));
    assertEquals(Optional.of("fallback"), table.serviceFor("/qa"));
  }

  @Test
  void shippedTableRoutesTodaysServices() throws IOException {
    RouteTable shipped;
    try (Reader reader =
        new InputStreamReader(
            getClass().getResourceAsStream("/edge-routes.properties"), StandardCharsets.UTF_8)) {
      shipped = RouteTable.parse(reader);
    }
    assertEquals(Optional.of("accounts-service"), shipped.serviceFor("/accounts"));
    assertEquals(Optional.of("accounts-service"), shipped.serviceFor("/admin/projects"));
    assertEquals(Optional.of("logs-service"), shipped.serviceFor("/logs/platform"));
    assertEquals(Optional.of("logs-service"), shipped.serviceFor("/requests/req_1"));
    assertEquals(Optional.of("webhooks-service"), shipped.serviceFor("/webhooks/whk_1/deliveries"));
    assertEquals(Optional.of("webhooks-service"), shipped.serviceFor("/admin/webhooks/rewrap"));
    assertEquals(Optional.of("accounts-service"), shipped.serviceFor("/admin/credentials/rewrap"));
    assertEquals(Optional.of("actions-service"), shipped.serviceFor("/actions"));
    assertEquals(Optional.of("actions-service"), shipped.serviceFor("/actions/rpc"));
    assertEquals(Optional.of("actions-service"), shipped.serviceFor("/connectors/meta/bamboohr"));
    assertEquals(Optional.of("actions-service"), shipped.serviceFor("/mcp"));
    assertEquals(Optional.of("proxy-service"), shipped.serviceFor("/proxy"));
    assertEquals(Optional.of("proxy-service"), shipped.serviceFor("/unified/proxy"));
    assertEquals(Optional.of("actions-service"), shipped.serviceFor("/unified/hris/employees"));
    assertEquals(Optional.of("actions-service"), shipped.serviceFor("/unified/ats/jobs/j_1"));
    assertEquals(Optional.of("actions-service"), shipped.serviceFor("/unified/crm"));
    assertEquals(
        Optional.of("connect-service"), shipped.serviceFor("/connect_sessions/authenticate"));
    assertEquals(Optional.of("connect-service"), shipped.serviceFor("/connect"));
    assertEquals(Optional.of("connect-service"), shipped.serviceFor("/connect/bamboohr"));
    assertEquals(Optional.of("connect-service"), shipped.serviceFor("/hub/connectors/bamboohr"));
    assertEquals(
        Optional.of("connect-service"), shipped.serviceFor("/connect/oauth2/hubspot/callback"));
    assertEquals(Optional.of("connect-service"), shipped.serviceFor("/embedded/accounts/callback"));
    assertEquals(Optional.of("actions-service"), shipped.serviceFor("/connectors"));
    assertEquals(Optional.empty(), shipped.serviceFor("/actionsx"));
    assertEquals(Optional.empty(), shipped.serviceFor("/"));
    assertEquals(Optional.empty(), shipped.serviceFor("/logsx"));
  }

  @Test
  void prefixMustBeAbsolute() {
    assertThrows(IllegalArgumentException.class, () -> new RouteTable(Map.of("accounts", "x")));
  }
}
