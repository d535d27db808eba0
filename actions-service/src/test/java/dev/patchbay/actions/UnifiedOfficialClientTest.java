package dev.patchbay.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.actions.Catalogue.Served;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.OfficialClient;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * StackOne's official client ({@code hris.listEmployees}, {@code hris.getEmployee}, {@code
 * ats.listJobs}, {@code ats.createJob}, {@code crm.listContacts}, …) against every connector that
 * serves each route: it pages each list to the end, reads a listed record back, creates where a
 * connector can (with what its provider requires, {@link UnifiedSamples#required}), and validates
 * every answer against its own models.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class UnifiedOfficialClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URL base;

  @Test
  void theOfficialClientReadsAndWritesEveryServedRoute() throws Exception {
    Map<String, List<String>> routes =
        Catalogue.unifiedRoutes().stream()
            .collect(
                Collectors.groupingBy(
                    Served::connector,
                    LinkedHashMap::new,
                    Collectors.mapping(s -> s.route().describe(), Collectors.toList())));
    ArrayNode accounts = JSON.createArrayNode();
    routes.forEach(
        (provider, served) -> {
          ObjectNode entry = accounts.addObject();
          entry.put("provider", provider);
          entry.put("account", Unified.account(provider));
          served.forEach(entry.putArray("routes")::add);
          entry.set("required", JSON.valueToTree(UnifiedSamples.required(provider)));
        });
    Path file = Files.createTempFile("unified-accounts", ".json");
    Files.writeString(file, accounts.toString());

    JsonNode found =
        OfficialClient.run(
                "official-unified.mjs",
                base.toString().replaceAll("/$", ""),
                AccountsKeyStub.KEY_A,
                file.toString())
            .path("found");

    for (Map.Entry<String, List<String>> provider : routes.entrySet()) {
      for (String route : provider.getValue()) {
        JsonNode result = found.path(provider.getKey()).path(route);
        assertTrue(!result.isMissingNode(), provider.getKey() + " " + route + " was called");
        if (result.asText().equals("no client method")) {
          assertTrue(route.contains("/crm/deals"), "client 4.28.0 has no method for " + route);
        } else if (route.startsWith("POST")) {
          assertEquals("created", result.asText(), provider.getKey() + " " + route);
        } else if (route.startsWith("PATCH")) {
          assertEquals("updated", result.asText(), provider.getKey() + " " + route);
        } else if (!route.endsWith("{id}")) {
          assertTrue(result.asInt() > 0, provider.getKey() + " " + route + " listed records");
        }
      }
    }
    assertEquals(120, found.path("bamboohr").path("GET /unified/hris/employees").asInt());
  }
}
