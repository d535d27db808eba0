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

/**
 * {@code soap_request} v1 (connector-format.md §4.3). The expected envelopes are what {@code
 * @stackone/transport} 2.35.0's envelope building gives for the same body and config.
 */
class SoapRequestTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREDENTIALS =
      "{\"token\":\"tok-soap-1\",\"username\":\"isu@tenant\",\"password\":\"p<ss-word\"}";
  private static final String WORKERS_RESPONSE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/">
        <env:Body>
          <wd:Get_Workers_Response xmlns:wd="urn:com.workday/bsvc" wd:version="v40.0">
            <wd:Response_Results><wd:Total_Results>2</wd:Total_Results></wd:Response_Results>
            <wd:Worker><wd:ID wd:type="WID">a1</wd:ID></wd:Worker>
            <wd:Worker><wd:ID wd:type="WID">b2</wd:ID></wd:Worker>
          </wd:Get_Workers_Response>
        </env:Body>
      </env:Envelope>
      """;

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

  private static Reply soap(int status, String body) {
    return new Reply(status, body, Map.of("Content-Type", "text/xml; charset=utf-8"));
  }

  private ActionResult run(String parameters, String inputs) throws Exception {
    ConnectorDefinition connector =
        InlineConnectors.load(
            dir,
            """
            - actionId: call_soap
              inputs: [ { name: page, type: string, in: body, required: false } ]
              steps:
                - stepId: call
                  stepFunction:
                    functionName: soap_request
                    parameters:
                      url: /ws
            %s
              result:
                data: $.steps.call.output.data
                status: $.steps.call.output.statusCode
            """
                .formatted(parameters.stripIndent().indent(10)));
    return executor.execute(
        connector,
        "call_soap",
        ActionRequest.of(JSON.readTree(inputs), JSON.readTree(CREDENTIALS)));
  }

  @Test
  void envelopeWithSecurityNamespacesAndAttributesAndTheBodyAsData() throws Exception {
    provider.route("POST /ws", request -> soap(200, WORKERS_RESPONSE));

    ActionResult result =
        run(
            """
            soapOperation: Get_Workers_Request
            soapAction: urn:Get_Workers
            namespaces:
              - { namespaceIdentifier: bsvc, namespace: 'urn:com.workday/bsvc' }
              - { namespaceIdentifier: xsi, namespace: 'http://www.w3.org/2001/XMLSchema-instance' }
            response: { dataKey: Get_Workers_Response }
            args:
              - { name: '@_bsvc:version', value: v40.0, in: body }
              - name: Request_References
                in: body
                value:
                  - Worker_Reference: { '@_type': [WID, Employee_ID], '@_Descriptor': w }
              - name: Response_Filter
                in: body
                value: { Page: '${inputs.page}', Count: 100, As_Of: null }
              - { name: Name, value: { '#text': 'A & B', '@_lang': en }, in: body }
              - { name: 'ext:Keep', value: x, in: body }
            """,
            "{\"page\":\"2\"}");

    StubProvider.Received sent = provider.received().get(0);
    assertEquals(
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:bsvc=\"urn:com.workday/bsvc\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Header>"
            + "<wsse:Security soapenv:mustUnderstand=\"1\" xmlns:wsse=\""
            + SoapEnvelope.WSSE
            + "\" xmlns:wsu=\""
            + SoapEnvelope.WSU
            + "\"><wsse:UsernameToken><wsse:Username>isu@tenant</wsse:Username>"
            + "<wsse:Password Type=\""
            + SoapEnvelope.PASSWORD_TEXT
            + "\">p&lt;ss-word</wsse:Password></wsse:UsernameToken></wsse:Security>"
            + "</soapenv:Header><soapenv:Body><bsvc:Get_Workers_Request bsvc:version=\"v40.0\">"
            + "<bsvc:Request_References>"
            + "<bsvc:Worker_Reference bsvc:type=\"WID\" bsvc:Descriptor=\"w\"></bsvc:Worker_Reference>"
            + "<bsvc:Worker_Reference bsvc:type=\"Employee_ID\" bsvc:Descriptor=\"w\">"
            + "</bsvc:Worker_Reference></bsvc:Request_References>"
            + "<bsvc:Response_Filter><bsvc:Page>2</bsvc:Page><bsvc:Count>100</bsvc:Count>"
            + "<bsvc:As_Of></bsvc:As_Of></bsvc:Response_Filter>"
            + "<bsvc:Name bsvc:lang=\"en\">A &amp; B</bsvc:Name><ext:Keep>x</ext:Keep>"
            + "</bsvc:Get_Workers_Request></soapenv:Body></soapenv:Envelope>",
        sent.body());
    assertEquals("POST", sent.method());
    assertEquals("application/xml", sent.header("content-type"));
    assertEquals("urn:Get_Workers", sent.header("soapaction"));
    assertEquals("Bearer tok-soap-1", sent.header("authorization"));
    assertEquals(
        "{\"Response_Results\":{\"Total_Results\":2},"
            + "\"Worker\":[{\"ID\":{\"#text\":\"a1\",\"_type\":\"WID\"}},"
            + "{\"ID\":{\"#text\":\"b2\",\"_type\":\"WID\"}}],\"_version\":\"v40.0\"}",
        result.data().toString());
    assertEquals(200, result.envelope().get("status").intValue());
  }

  @Test
  void withoutSoapContextTheHeaderIsEmptyAndHeaderArgsSetTheContentType() throws Exception {
    provider.route(
        "POST /ws", request -> soap(200, "<Envelope><Body><Ok>1</Ok></Body></Envelope>"));

    ActionResult result =
        run(
            """
            soapOperation: 'emp:GetEmployee'
            useSoapContext: false
            namespaces: [ { namespaceIdentifier: emp, namespace: 'http://example.com/employees' } ]
            args:
              - { name: Content-Type, value: text/xml; charset=utf-8, in: headers }
              - { name: tenant, value: acme, in: query }
            """,
            "{}");

    StubProvider.Received sent = provider.received().get(0);
    assertEquals(
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:emp=\"http://example.com/employees\"><soapenv:Header></soapenv:Header>"
            + "<soapenv:Body><emp:GetEmployee></emp:GetEmployee></soapenv:Body></soapenv:Envelope>",
        sent.body());
    assertEquals("text/xml; charset=utf-8", sent.header("content-type"));
    assertEquals("tenant=acme", sent.query());
    assertFalse(sent.headers().containsKey("soapaction"));
    assertEquals("{\"Ok\":1}", result.data().toString());
  }

  @Test
  void withoutNamespacesKeysStayUnprefixed() throws Exception {
    provider.route("POST /ws", request -> soap(200, "<Envelope><Body/></Envelope>"));

    run(
        """
        soapOperation: Ping
        useSoapContext: false
        args: [ { name: '@_at', value: now, in: body }, { name: Id, value: 7, in: body } ]
        """,
        "{}");

    assertTrue(
        provider
            .received()
            .get(0)
            .body()
            .contains("<soapenv:Body><Ping at=\"now\"><Id>7</Id></Ping></soapenv:Body>"));
  }

  @Test
  void anEnvelopeParameterReplacesTheBuiltOneAsTextOrAsAnObject() throws Exception {
    provider.route("POST /ws", request -> soap(200, "<Envelope><Body/></Envelope>"));

    run(
        "envelope: '<e:Envelope xmlns:e=\"urn:e\"><e:Body>${inputs.page}</e:Body></e:Envelope>'",
        "{\"page\":\"3\"}");
    run("envelope: { 'e:Envelope': { 'e:Body': { Id: 1 }, '@_xmlns:e': 'urn:e' } }", "{}");

    assertEquals(
        "<e:Envelope xmlns:e=\"urn:e\"><e:Body>3</e:Body></e:Envelope>",
        provider.received().get(0).body());
    assertEquals(
        "<e:Envelope xmlns:e=\"urn:e\"><e:Body><Id>1</Id></e:Body></e:Envelope>",
        provider.received().get(1).body());
  }

  @Test
  void aFaultFailsTheStepWithA500AndTheRedactedFaultstring() throws Exception {
    String fault =
        """
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
          <soap:Fault><faultcode>soap:Client</faultcode>
            <faultstring>Invalid password p&lt;ss-word for isu@tenant</faultstring></soap:Fault>
        </soap:Body></soap:Envelope>
        """;
    provider.route("POST /ws", request -> soap(200, fault));

    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () -> run("soapOperation: Ping\nuseSoapContext: false", "{}"));

    assertEquals(500, error.statusCode());
    assertEquals(200, error.providerStatus());
    assertEquals(
        "call: POST https://edge.test/ws returned 200 (mapped to 500):"
            + " Invalid password [REDACTED] for [REDACTED]",
        error.getMessage());
    assertEquals(
        "{\"Fault\":{\"faultcode\":\"soap:Client\","
            + "\"faultstring\":\"Invalid password [REDACTED] for [REDACTED]\"}}",
        error.providerBody().toString());
  }

  @Test
  void customErrorsMapAFaultByTheHttpStatus() throws Exception {
    String fault =
        "<Envelope><Body><Fault><faultcode>NotFound</faultcode>"
            + "<faultstring>No such worker</faultstring></Fault></Body></Envelope>";
    provider.route("POST /ws", request -> soap(500, fault));
    String parameters =
        """
        soapOperation: Ping
        useSoapContext: false
        customErrors:
          - receivedStatus: 500
            targetStatus: 404
            condition: '{{data.Fault.faultcode == "NotFound"}}'
        """;

    ProviderErrorException error =
        assertThrows(ProviderErrorException.class, () -> run(parameters, "{}"));

    assertEquals(404, error.statusCode());
    assertEquals(
        "call: POST https://edge.test/ws returned 500 (mapped to 404): No such worker",
        error.getMessage());
  }

  @Test
  void aSoap12FaultUsesItsReasonText() throws Exception {
    String fault =
        """
        <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault>
          <env:Code><env:Value>env:Sender</env:Value></env:Code>
          <env:Reason><env:Text xml:lang="en">Bad request</env:Text></env:Reason>
        </env:Fault></env:Body></env:Envelope>
        """;
    provider.route("POST /ws", request -> soap(500, fault));

    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () -> run("soapOperation: Ping\nuseSoapContext: false", "{}"));

    assertEquals(500, error.statusCode());
    assertTrue(error.getMessage().endsWith("returned 500: Bad request"), error.getMessage());
  }

  @Test
  void aMissingSoapOperationIsAConnectorFault() {
    ActionExecutionException error =
        assertThrows(ActionExecutionException.class, () -> run("useSoapContext: false", "{}"));

    assertEquals(500, error.statusCode());
    assertEquals("call: soap_request needs a soapOperation", error.getMessage());
    assertTrue(provider.received().isEmpty());
  }
}
