package dev.patchbay.proxy.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patchbay.catalogue.CatalogueConfig;
import dev.patchbay.common.egress.EgressPolicy;
import dev.patchbay.common.error.ApiException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a provider URL is connected to, with and without the provider-sandbox. */
class ProviderTargetsTest {

  private static CatalogueConfig config(String sandbox, List<String> allowPrivate) {
    return new CatalogueConfig() {
      @Override
      public Connectors connectors() {
        return () -> Path.of("connectors");
      }

      @Override
      public Sandbox sandbox() {
        return () -> Optional.ofNullable(sandbox).map(URI::create);
      }

      @Override
      public Providers providers() {
        return () -> Optional.of(allowPrivate);
      }
    };
  }

  @Test
  void withTheSandboxEveryProviderUrlGoesToItsAddress() {
    ProviderTargets targets = new ProviderTargets(config("http://127.0.0.1:8090/", List.of()));
    EgressPolicy.Target target =
        targets.target(URI.create("https://api.bamboohr.com/api/gateway.php/acme/v1/x?y=1"));
    assertEquals(
        "http://127.0.0.1:8090/api.bamboohr.com/api/gateway.php/acme/v1/x?y=1",
        target.uri().toString());
    assertEquals("127.0.0.1", target.address().getHostAddress());
    assertEquals(8090, target.port());
  }

  @Test
  void withoutItOnlyPublicAddressesAndTheAllowedRangesAreReached() {
    ProviderTargets strict = new ProviderTargets(config(null, List.of()));
    assertThrows(ApiException.class, () -> strict.target(URI.create("http://127.0.0.1:8090/")));
    assertThrows(ApiException.class, () -> strict.target(URI.create("http://localhost/")));
    assertEquals(
        "93.184.216.34",
        strict.target(URI.create("https://93.184.216.34/x")).address().getHostAddress());
    ProviderTargets allowing = new ProviderTargets(config(null, List.of("10.9.0.0/16")));
    assertEquals(
        "10.9.1.2", allowing.target(URI.create("http://10.9.1.2/x")).address().getHostAddress());
    assertThrows(ApiException.class, () -> allowing.target(URI.create("http://10.8.1.2/x")));
  }
}
