package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code request} with XML bodies and XML responses (connector-format.md §4.1). */
class XmlRequestTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREDENTIALS = "{\"token\":\"tok-xml-secret\"}";

  @TempDir Path dir;
  private StubProvider provider;
  private ActionExecutor executor;

  @BeforeEach
  void start() {
    provider = new StubProvider();
    executor =
        new ActionExecutor(
            new ExpressionEngine(Vectors.FROZEN_CLOCK),
            provider.transportFor(InlineConnectors.ORIGIN));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ActionResult run(ConnectorDefinition connector, String inputs) throws Exception {
    return executor.execute(
        connector,
        connector.actions().get(0).actionId(),
        ActionRequest.of(JSON.readTree(inputs), JSON.readTree(CREDENTIALS)));
  }

  private static Reply xml(int status, String body) {
    return new Reply(status, body, Map.of("Content-Type", "text/xml; charset=utf-8"));
  }

  private ConnectorDefinition postWith(String contentType, String bodyArgs) throws Exception {
    return InlineConnectors.load(
        dir,
        """
        - actionId: send
          inputs: [ { name: id, type: string, in: body, required: false } ]
          steps:
            - stepId: call
              stepFunction:
                functionName: request
                parameters:
                  url: /xml
                  method: post
                  args:
                    - { name: Content-Type, value: '%s', in: headers }
        %s"""
            .formatted(contentType, bodyArgs.stripIndent().indent(12)));
  }

  @Test
  void anObjectBodyIsWrittenAsXmlForEveryXmlContentType() throws Exception {
    provider.route("POST /xml", request -> xml(200, "<ok/>"));
    String args =
        """
        - name: Employee
          in: body
          value:
            '@_id': $.inputs.id
            '@_active': true
            Name: { '#text': 'Ann & Bo', '@_lang': en }
            Phone: [ '1', '2' ]
            Note: null
        """;

    for (String type : new String[] {"application/xml", "text/xml", "application/soap+xml"}) {
      run(postWith(type, args), "{\"id\":\"e-1\"}");
    }

    String expected =
        "<Employee id=\"e-1\" active=\"true\"><Name lang=\"en\">Ann &amp; Bo</Name>"
            + "<Phone>1</Phone><Phone>2</Phone><Note/></Employee>";
    assertEquals(3, provider.received().size());
    provider.received().forEach(received -> assertEquals(expected, received.body()));
    assertEquals("application/soap+xml", provider.received().get(2).header("content-type"));
  }

  @Test
  void anInlineStringBodyPassesThroughUnchanged() throws Exception {
    provider.route("POST /xml", request -> xml(200, "<ok/>"));
    String raw = "<?xml version=\"1.0\"?><Ping at=\"now\">&amp;</Ping>";

    run(
        postWith(
            "application/xml",
            "- { name: raw, in: body, inline: true, value: '%s' }".formatted(raw)),
        "{}");

    assertEquals(raw, provider.received().get(0).body());
  }

  @Test
  void anArrayBodyCannotBeXml() throws Exception {
    ConnectorDefinition connector =
        postWith("application/xml", "- { name: items, in: body, spread: true, value: [1, 2] }");

    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run(connector, "{}"));

    assertEquals(500, error.statusCode());
    assertTrue(error.getMessage().contains("Cannot serialize an array body to XML"));
    assertTrue(provider.received().isEmpty());
  }

  @Test
  void anXmlResponseIsParsedWithPrefixesAndAttributes() throws Exception {
    provider.route(
        "POST /xml",
        request ->
            xml(
                200,
                """
                <?xml version="1.0" encoding="utf-8"?>
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">
                  <s:Body>
                    <TokenResponse xmlns="http://www.ultipro.com/contracts">
                      <Token>abc-123</Token><Expires>3600</Expires>
                      <Role kind="admin">ops</Role><Role>dev</Role>
                    </TokenResponse>
                  </s:Body>
                </s:Envelope>
                """));
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: token
              steps:
                - stepId: call
                  stepFunction: { functionName: request, parameters: { url: /xml, method: post } }
              result:
                token: $.steps.call.output.data['s:Envelope']['s:Body'].TokenResponse.Token
                response: $.steps.call.output.data['s:Envelope']['s:Body'].TokenResponse
            """);

    ActionResult result = run(connector, "{}");

    assertEquals("abc-123", result.envelope().get("token").textValue());
    assertEquals(
        "{\"Token\":\"abc-123\",\"Expires\":3600,"
            + "\"Role\":[{\"#text\":\"ops\",\"@_kind\":\"admin\"},\"dev\"],"
            + "\"@_xmlns\":\"http://www.ultipro.com/contracts\"}",
        result.envelope().get("response").toString());
  }

  @Test
  void malformedXmlFailsASuccessfulStep() throws Exception {
    provider.route("GET /xml", request -> xml(200, "<a><b></a>"));
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: broken
              steps:
                - stepId: call
                  stepFunction: { functionName: request, parameters: { url: /xml } }
            """);

    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run(connector, "{}"));

    assertEquals(500, error.statusCode());
    assertTrue(error.getMessage().startsWith("call: Invalid XML response: "), error.getMessage());
  }

  @Test
  void malformedXmlWithAnErrorStatusKeepsTheProviderStatus() throws Exception {
    provider.route("GET /xml", request -> xml(503, "<html><body>Down<br></body></html>"));
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: down
              steps:
                - stepId: call
                  stepFunction: { functionName: request, parameters: { url: /xml } }
            """);

    ProviderErrorException error =
        assertThrows(ProviderErrorException.class, () -> run(connector, "{}"));

    assertEquals(503, error.statusCode());
    assertEquals("<html><body>Down<br></body></html>", error.providerBody().textValue());
  }

  @Test
  void anExternalEntityInAResponseIsNeitherFetchedNorExpanded() throws Exception {
    provider.route("GET /secret", request -> new Reply(200, "stolen-file-content", Map.of()));
    String entityUrl = provider.baseUri() + "/secret";
    provider.route(
        "GET /xml",
        request ->
            xml(
                200,
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \""
                    + entityUrl
                    + "\">]><r>&xxe;</r>"));
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: xxe
              steps:
                - stepId: call
                  stepFunction: { functionName: request, parameters: { url: /xml } }
            """);

    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run(connector, "{}"));

    assertEquals(500, error.statusCode());
    assertFalse(error.getMessage().contains("stolen-file-content"));
    assertEquals(1, provider.received().size(), "only the step's own request reached the stub");
    assertEquals("/xml", provider.received().get(0).path());
  }
}
