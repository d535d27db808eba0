package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base URLs and authorization a raw request (the proxy) takes from a connector. */
class ProviderAccessTest {
  private final ProviderAccess access = new ProviderAccess(new ExpressionEngine(Clock.systemUTC()));
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void evaluatesTheBaseUrlsAndTheAuthorizationForTheAccount(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tenant.connector.s1.yaml");
    Files.writeString(
        file,
        """
        StackOne: 1.0.0
        info: { title: Tenant, key: tenant, version: 0.1.0 }
        baseUrl: https://${credentials.subdomain}.tenant.test/api
        authentication:
          - custom:
              type: custom
              authorization: { type: apiKey, key: api_token, value: $.credentials.token, in: query }
        actions:
          - actionId: upload
            categories: [internal]
            actionType: custom
            label: Upload
            steps:
              - stepId: upload
                stepFunction:
                  functionName: request
                  parameters:
                    baseUrl: https://files.tenant.test
                    url: /upload
                    method: post
            result:
              data: $.steps.upload.output.data
        """);
    ConnectorDefinition connector = new ConnectorLoader().load(file);
    ProviderAccess.Access granted =
        access.access(
            connector,
            null,
            "production",
            json.valueToTree(Map.of("subdomain", "acme", "token", "s3cret")),
            null);
    assertEquals(
        List.of("https://acme.tenant.test/api", "https://files.tenant.test"), granted.baseUrls());
    assertEquals(Map.of("api_token", "s3cret"), granted.query());
    assertEquals(Map.of(), granted.headers());
    assertFalse(granted.toString().contains("s3cret"));
    assertFalse(ProviderAccess.canRefresh(connector, null));
  }

  @Test
  void theAccountsAuthConfigDecides() throws Exception {
    ConnectorDefinition crm =
        new ConnectorLoader().load(Path.of(getClass().getResource("/connectors/oauthcrm").toURI()));
    assertTrue(ProviderAccess.canRefresh(crm, "oauth2"));
    assertFalse(ProviderAccess.canRefresh(crm, "apikey"));
    ProviderAccess.Access oauth =
        access.access(crm, "oauth2", null, json.valueToTree(Map.of("accessToken", "t1")), null);
    assertEquals("Bearer t1", oauth.headers().get("authorization"));
    assertEquals(List.of("https://api.oauthcrm.test"), oauth.baseUrls());
    ActionExecutionException unnamed =
        assertThrows(
            ActionExecutionException.class,
            () -> access.access(crm, null, null, json.createObjectNode(), null));
    assertEquals(400, unnamed.statusCode());
  }
}
