package dev.patchbay.engine.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.patchbay.engine.definition.ActionDefinition.InputDefinition;
import dev.patchbay.engine.definition.ActionDefinition.StepDefinition;
import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorLoaderTest {

  private static final ConnectorLoader LOADER = new ConnectorLoader();

  @TempDir Path dir;

  @Test
  void loadsAConnectorFolderWithItsPartials() throws URISyntaxException {
    ConnectorDefinition bamboo = LOADER.load(fixture("bamboohr"));

    assertEquals("1.0.0", bamboo.formatVersion());
    assertEquals("bamboohr", bamboo.key());
    assertEquals("1.2.0", bamboo.version());
    assertEquals("BambooHR", bamboo.info().title());
    assertEquals(
        "https://assets.example.com/icons/bamboohr.png", bamboo.info().iconUrl().orElseThrow());
    assertEquals(
        "https://api.bamboohr.com/api/gateway.php/${credentials.subdomain}/v1", bamboo.baseUrl());
    assertEquals(10.0, bamboo.rateLimit().mainRatelimit());
    assertEquals("beta", bamboo.releaseStage());
    assertEquals("https://documentation.bamboohr.com/reference", bamboo.resources());
    assertEquals(Set.of("hris"), bamboo.categories());
    assertEquals("bamboohr.connector.s1.yaml", bamboo.source().file().getFileName().toString());
    assertTrue(bamboo.extra().isEmpty());

    // Two repeated $ref keys under actions:, the second partial ending in a "- $ref:" item of its
    // own.
    assertEquals(
        List.of(
            "list_employees",
            "get_employee",
            "unified_list_employees",
            "list_time_off_requests",
            "list_fields"),
        bamboo.actions().stream().map(ActionDefinition::actionId).toList());
    assertLocated(
        bamboo.action("get_employee").orElseThrow().source(),
        "bamboohr.employees.s1.partial.yaml",
        51);
    assertLocated(
        bamboo.action("list_fields").orElseThrow().source(), "bamboohr.shared.s1.partial.yaml", 1);
  }

  @Test
  void readsBasicAuthenticationWithItsFields() throws URISyntaxException {
    AuthenticationOption custom =
        LOADER.load(fixture("bamboohr")).authentication("custom").orElseThrow();

    assertEquals("custom", custom.type());
    assertEquals("API Key", custom.label());
    assertEquals(
        "https://documentation.bamboohr.com/docs/getting-started", custom.support().link());
    Authorization.Basic basic = assertInstanceOf(Authorization.Basic.class, custom.authorization());
    assertEquals("$.credentials.apiKey", basic.username());
    assertEquals("x", basic.password());
    assertNull(basic.encoding());
    List<FieldDescriptor> fields = custom.configFields();
    assertEquals(
        List.of("apiKey", "subdomain"), fields.stream().map(FieldDescriptor::key).toList());
    assertTrue(fields.get(0).secret());
    assertTrue(fields.get(0).required());
    assertFalse(fields.get(1).secret());
    assertEquals("The `acme` in acme.bamboohr.com.", fields.get(1).description());
    assertTrue(custom.setupFields().isEmpty());
    assertEquals("production", custom.environments().get(0).key());
    assertEquals("list_employees", custom.testActions().get(0).action());
    assertTrue(custom.testActions().get(0).required());
    assertNull(custom.refreshAuthentication());
  }

  @Test
  void readsAPaginatedListAction() throws URISyntaxException {
    ActionDefinition list = LOADER.load(fixture("bamboohr")).action("list_employees").orElseThrow();

    assertEquals("list", list.actionType());
    assertEquals(List.of("hris"), list.categories());
    assertEquals("/employees", list.entrypointUrl());
    assertEquals(50, list.cursor().get("pageSize").intValue());
    assertEquals(
        List.of("page_size", "cursor"), list.inputs().stream().map(InputDefinition::name).toList());
    InputDefinition pageSize = list.inputs().get(0);
    assertEquals("number", pageSize.type());
    assertEquals("query", pageSize.in());
    assertFalse(pageSize.required());

    StepDefinition fetch = list.steps().get(0);
    assertEquals("fetch_employees", fetch.stepId());
    assertEquals("paginated_request", fetch.stepFunction().functionName());
    assertEquals("1", fetch.stepFunction().version());
    JsonNode parameters = fetch.stepFunction().parameters();
    assertEquals("cursor", parameters.at("/iterator/key").textValue());
    assertEquals("meta.nextCursor", parameters.at("/response/nextKey").textValue());
    assertEquals("{{present(inputs.page_size)}}", parameters.at("/args/1/condition").textValue());
    assertLocated(fetch.source(), "bamboohr.employees.s1.partial.yaml", 25);

    assertEquals("$.steps.fetch_employees.output.next", list.result().get("next").textValue());
    assertTrue(list.published());
  }

  @Test
  void readsInputsResultsAndVersionsInEveryShape() throws URISyntaxException {
    ConnectorDefinition bamboo = LOADER.load(fixture("bamboohr"));

    InputDefinition fields = bamboo.action("get_employee").orElseThrow().inputs().get(1);
    assertTrue(fields.array());
    assertEquals("string", fields.type());
    ActionDefinition timeOff = bamboo.action("list_time_off_requests").orElseThrow();
    InputDefinition status = timeOff.inputs().get(2);
    assertEquals("enum", status.type());
    assertEquals(
        List.of("approved", "denied", "requested"),
        status.enumValues().stream().map(JsonNode::textValue).toList());
    assertTrue(timeOff.result().isTextual(), "a bare expression result stays a string");

    ActionDefinition unified = bamboo.action("unified_list_employees").orElseThrow();
    assertEquals("2", unified.steps().get(1).stepFunction().version());
    assertEquals(
        "2",
        unified.steps().get(2).stepFunction().version(),
        "version: 2 (a number) reads as \"2\"");
  }

  @Test
  void copiesFieldConfigsIntoVersion2MappingStepsWithoutFields() throws URISyntaxException {
    ActionDefinition unified =
        LOADER.load(fixture("bamboohr")).action("unified_list_employees").orElseThrow();

    assertEquals(2, unified.fieldConfigs().size());
    for (StepDefinition step : unified.steps().subList(1, 3)) {
      JsonNode fields = step.stepFunction().parameters().get("fields");
      assertEquals(
          JsonNodeFactory.instance.arrayNode().addAll(unified.fieldConfigs()),
          fields,
          step.stepId());
    }
    assertNull(
        unified.steps().get(0).stepFunction().parameters().get("fields"),
        "request steps are left alone");
  }

  @Test
  void keepsUnknownKeysAsMetadata() throws IOException {
    write(
        "acme.connector.s1.yaml",
        """
                StackOne: 1.0.0
                info:
                  title: Acme
                  key: acme
                  version: 1.0.0
                  owner: integrations-team
                webhooks:
                  events: [employee.created]
                authentication:
                  - custom:
                      type: custom
                      authorization:
                        type: bearer
                        token: $.credentials.token
                        audience: acme-api
                      uiHint: compact
                actions:
                  - actionId: ping
                    x-owner: hr-team
                    steps:
                      - stepId: call
                        retry: 3
                        stepFunction:
                          functionName: request
                          futureOption: true
                          parameters:
                            url: /ping
                            method: get
                            brandNewParameter: { any: shape }
                """);

    ConnectorDefinition acme = LOADER.load(dir);

    assertEquals("employee.created", acme.extra().get("webhooks").at("/events/0").textValue());
    assertEquals("integrations-team", acme.info().extra().get("owner").textValue());
    AuthenticationOption custom = acme.authentication().get(0);
    assertEquals("compact", custom.extra().get("uiHint").textValue());
    Authorization.Bearer bearer =
        assertInstanceOf(Authorization.Bearer.class, custom.authorization());
    assertTrue(bearer.includeBearer());
    assertEquals("acme-api", bearer.extra().get("audience").textValue());
    ActionDefinition ping = acme.actions().get(0);
    assertEquals("hr-team", ping.extra().get("x-owner").textValue());
    StepDefinition call = ping.steps().get(0);
    assertEquals(3, call.extra().get("retry").intValue());
    assertTrue(call.stepFunction().extra().get("futureOption").booleanValue());
    assertEquals(
        "shape", call.stepFunction().parameters().at("/brandNewParameter/any").textValue());
  }

  @Test
  void mergesARootLevelRefIntoTheRoot() throws IOException {
    write(
        "acme.connector.s1.yaml",
        """
                StackOne: 1.0.0
                info: { title: Acme, key: acme, version: 1.0.0 }

                $ref: acme.actions
                """);
    write(
        "acme.actions.s1.partial.yaml",
        """
                actions:
                  - actionId: ping
                    steps:
                      - stepId: call
                        stepFunction: { functionName: request, parameters: { url: /ping, method: get } }
                """);

    ConnectorDefinition acme = LOADER.load(dir.resolve("acme.connector.s1.yaml"));

    assertEquals("ping", acme.actions().get(0).actionId());
    assertLocated(acme.actions().get(0).source(), "acme.actions.s1.partial.yaml", 2);
  }

  @Test
  void splicesSequenceItemRefsWhetherThePartialIsAListOrOneAction() throws IOException {
    write(
        "acme.connector.s1.yaml",
        """
                StackOne: '1.0.0'
                info: { title: Acme, key: acme, version: 1.0.0 }
                actions:
                  - $ref: acme.list
                  - $ref: "acme.single"   # one action, written as a mapping
                """);
    write(
        "acme.list.s1.partial.yaml",
        """
                - actionId: first
                  steps: [{ stepId: s, stepFunction: { functionName: request } }]
                - actionId: second
                  steps: [{ stepId: s, stepFunction: { functionName: request } }]
                """);
    write(
        "acme.single.s1.partial.yaml",
        """
                # A partial holding a single action.
                actionId: third
                steps:
                  - stepId: s
                    stepFunction: { functionName: request }
                """);

    ConnectorDefinition acme = LOADER.load(dir);

    assertEquals(
        List.of("first", "second", "third"),
        acme.actions().stream().map(ActionDefinition::actionId).toList());
    assertLocated(acme.actions().get(2).source(), "acme.single.s1.partial.yaml", 2);
    assertLocated(acme.actions().get(2).steps().get(0).source(), "acme.single.s1.partial.yaml", 4);
  }

  @Test
  void readsOAuth2WithARefreshAction() throws IOException {
    write(
        "acme.connector.s1.yaml",
        """
                StackOne: 1.0.0
                info: { title: Acme, key: acme, version: 1.0.0 }
                authentication:
                  - oauth2:
                      type: oauth2
                      grantType: authorization_code
                      setupFields:
                        - { key: clientId, label: Client ID, type: text, required: true }
                        - { key: clientSecret, label: Client Secret, type: password, required: true, secret: true }
                      authorization:
                        type: oauth2
                        authorizationUrl: https://acme.example/oauth/authorize
                        authorizationParams:
                          client_id: $.credentials.clientId
                          redirect_uri: ${apiHostUri}/connect/oauth2/acme/callback
                        tokenUrl: https://acme.example/oauth/token
                        token: $.credentials.accessToken
                        tokenExpiresIn: 3600
                        pkce: true
                      refreshAuthentication:
                        schedule: '0 * * * *'
                        action:
                          actionId: refresh_token_acme
                          actionType: refresh_token
                          categories: [internal]
                          steps:
                            - stepId: refresh
                              stepFunction:
                                functionName: request
                                parameters:
                                  url: https://acme.example/oauth/token
                                  method: post
                                  authorization: { type: basic, username: $.credentials.clientId, password: $.credentials.clientSecret }
                          result:
                            data: $.steps.refresh.output.data
                actions:
                  - actionId: ping
                    steps: [{ stepId: call, stepFunction: { functionName: request } }]
                """);

    AuthenticationOption oauth = LOADER.load(dir).authentication("oauth2").orElseThrow();

    assertEquals("authorization_code", oauth.grantType());
    assertTrue(oauth.setupFields().get(1).secret());
    Authorization.OAuth2 flow = assertInstanceOf(Authorization.OAuth2.class, oauth.authorization());
    assertEquals("https://acme.example/oauth/token", flow.tokenUrl());
    assertEquals(
        "${apiHostUri}/connect/oauth2/acme/callback",
        flow.authorizationParams().get("redirect_uri").textValue());
    assertEquals(3600, flow.tokenExpiresIn().intValue());
    assertTrue(flow.extra().get("pkce").booleanValue());
    assertEquals("0 * * * *", oauth.refreshAuthentication().schedule());
    ActionDefinition refresh = oauth.refreshAuthentication().action();
    assertEquals("refresh_token", refresh.actionType());
    JsonNode stepAuthorization =
        refresh.steps().get(0).stepFunction().parameters().get("authorization");
    assertInstanceOf(Authorization.Basic.class, DefinitionMapper.authorization(stepAuthorization));
  }

  static void assertLocated(SourceLocation location, String fileName, int line) {
    assertEquals(fileName, location.file().getFileName().toString(), location.toString());
    assertEquals(line, location.line(), location.toString());
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ConnectorLoaderTest.class.getResource("/connectors/" + name).toURI());
  }
}
