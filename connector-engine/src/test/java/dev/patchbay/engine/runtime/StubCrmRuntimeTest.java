package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.conformance.Vectors;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stubcrm test connector: every authorization type, JSON and form bodies, customErrors with a
 * condition, static_values, group_data and a step-level authorization.
 */
class StubCrmRuntimeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREDENTIALS =
      "{\"accessToken\":\"tok-access-777\",\"apiKey\":\"key-secret-555\","
          + "\"filesToken\":\"tok-files-888\"}";
  private static ConnectorDefinition crm;

  private StubProvider provider;
  private ActionExecutor executor;

  @BeforeAll
  static void load() throws Exception {
    crm =
        new ConnectorLoader()
            .load(Path.of(StubCrmRuntimeTest.class.getResource("/connectors/stubcrm").toURI()));
  }

  @BeforeEach
  void start() {
    provider = new StubProvider();
    provider
        .route("POST /v2/contacts", request -> Reply.json(201, "{\"id\":\"c-1\"}"))
        .route("POST /v2/contacts/c-1/notes", request -> new Reply(204, "", java.util.Map.of()))
        .route(
            "GET /cards/c-1",
            request -> Reply.json(200, "{\"card\":{\"id\":\"c-1\",\"email\":\"a@b.c\"}}"));
    executor =
        new ActionExecutor(
            new ExpressionEngine(Vectors.FROZEN_CLOCK),
            provider.transportFor("https://api.stubcrm.test", "https://files.stubcrm.test"));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ActionRequest request(String authConfigKey, String inputs) throws Exception {
    return new ActionRequest(
        authConfigKey,
        null,
        JSON.readTree(inputs),
        JSON.readTree(CREDENTIALS),
        null,
        "https://patchbay.example");
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @ParameterizedTest
  @CsvSource({
    "bearer, authorization, Bearer tok-access-777, ",
    "oauth2, authorization, Bearer tok-access-777, ",
    "apikey_header, x-api-key, key-secret-555, ",
    "none, x-api-key, key-secret-555, ",
    "apikey_query, authorization, , api_key=key-secret-555"
  })
  void eachAuthorizationTypeIsApplied(String auth, String header, String value, String query)
      throws Exception {
    executor.execute(crm, "create_contact", request(auth, "{\"name\":\"Ada\"}"));

    StubProvider.Received sent = provider.received().get(0);
    assertEquals(value, sent.header(header));
    assertEquals(query, sent.query());
  }

  @Test
  void jsonBodyLeavesOutUndefinedValuesAndResultKeysPassThrough() throws Exception {
    ActionResult result =
        executor.execute(
            crm,
            "create_contact",
            request("bearer", "{\"body\":{\"name\":\"Ada\",\"tags\":[\"vip\"]}}"));

    StubProvider.Received sent = provider.received().get(0);
    assertEquals("application/json", sent.header("content-type"));
    assertEquals(
        json("{\"name\":\"Ada\",\"profile\":{\"source\":\"patchbay\",\"tags\":[\"vip\"]}}"),
        json(sent.body()));
    assertEquals(
        json("{\"data\":{\"id\":\"c-1\"},\"message\":\"Contact created\"}"), result.envelope());
    assertEquals(201, result.steps().at("/create/output/statusCode").asInt());
  }

  @Test
  void formBodyIsQsEncodedAndRepeatArraysRepeat() throws Exception {
    ActionResult result =
        executor.execute(
            crm, "add_note", request("bearer", "{\"id\":\"c-1\",\"text\":\"hello world\"}"));

    StubProvider.Received sent = provider.received().get(0);
    assertEquals("/v2/contacts/c-1/notes", sent.path());
    assertEquals("view=full&view=brief", sent.query());
    assertEquals("application/x-www-form-urlencoded", sent.header("content-type"));
    assertEquals("text=hello%20world&labels%5B0%5D=a&labels%5B1%5D=b", sent.body());
    assertEquals(204, result.data().asInt());
  }

  @Test
  void customErrorConditionAndMessageSeeTheResponse() throws Exception {
    provider.route(
        "POST /v2/contacts",
        request -> Reply.json(409, "{\"code\":\"duplicate\",\"detail\":\"a@b.c exists\"}"));

    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () -> executor.execute(crm, "create_contact", request("bearer", "{\"name\":\"Ada\"}")));

    assertEquals(400, error.statusCode());
    assertEquals(409, error.providerStatus());
    assertTrue(
        error
            .getMessage()
            .endsWith("returned 409 (mapped to 400): Duplicate contact: a@b.c exists"),
        error.getMessage());
  }

  @Test
  void unmatchedConditionKeepsTheProviderStatus() throws Exception {
    provider.route("POST /v2/contacts", request -> Reply.json(409, "{\"code\":\"locked\"}"));

    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () -> executor.execute(crm, "create_contact", request("bearer", "{\"name\":\"Ada\"}")));

    assertEquals(409, error.statusCode());
    assertTrue(
        error.getMessage().endsWith("returned 409: {\"code\":\"locked\"}"), error.getMessage());
  }

  @Test
  void unauthorizedIsMappedAndNeverShowsTheToken() throws Exception {
    provider.route(
        "POST /v2/contacts",
        request ->
            Reply.json(
                401, "{\"error\":\"token " + request.header("authorization") + " expired\"}"));

    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () -> executor.execute(crm, "create_contact", request("oauth2", "{\"name\":\"Ada\"}")));

    assertEquals(401, error.statusCode());
    assertTrue(
        error.getMessage().endsWith("returned 401: Invalid credentials"), error.getMessage());
    assertFalse(error.getMessage().contains("tok-access-777"));
    assertEquals("token [REDACTED] expired", error.providerBody().path("error").asText());
  }

  @Test
  void apiKeyInTheQueryNeverAppearsInAnError() throws Exception {
    provider.route(
        "POST /v2/contacts", request -> Reply.json(500, "{\"echo\":\"" + request.query() + "\"}"));

    ProviderErrorException error =
        assertThrows(
            ProviderErrorException.class,
            () ->
                executor.execute(
                    crm, "create_contact", request("apikey_query", "{\"name\":\"Ada\"}")));

    assertEquals(500, error.statusCode());
    assertFalse(error.getMessage().contains("key-secret-555"), error.getMessage());
    assertFalse(error.providerBody().toString().contains("key-secret-555"));
  }

  @Test
  void staticValuesGroupDataAndStepAuthorization() throws Exception {
    ActionResult result =
        executor.execute(crm, "contact_card", request("bearer", "{\"id\":\"c-1\"}"));

    assertEquals("Bearer tok-files-888", provider.received().get(0).header("authorization"));
    assertEquals(
        json(
            "{\"data\":{\"labels\":{\"title\":\"Contact c-1\",\"kind\":\"person\"},"
                + "\"fetch\":{\"id\":\"c-1\",\"email\":\"a@b.c\"}},\"status\":200}"),
        result.envelope());
  }

  @Test
  void unreachableProviderIsA502WithoutCredentials() throws Exception {
    provider.close();

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () ->
                executor.execute(
                    crm, "create_contact", request("apikey_query", "{\"name\":\"Ada\"}")));

    assertEquals(502, error.statusCode());
    assertFalse(error.getMessage().contains("key-secret-555"), error.getMessage());
  }

  @Test
  void anUnreachableProviderIsDescribedEvenWhenTheJdkGivesNoMessage() throws Exception {
    ActionExecutor unresolved =
        new ActionExecutor(
            new ExpressionEngine(Vectors.FROZEN_CLOCK),
            request -> {
              throw (java.io.IOException)
                  new java.net.ConnectException()
                      .initCause(
                          new java.net.ConnectException()
                              .initCause(new java.nio.channels.UnresolvedAddressException()));
            });

    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () ->
                unresolved.execute(crm, "create_contact", request("bearer", "{\"name\":\"Ada\"}")));

    assertEquals(502, error.statusCode());
    assertEquals(
        "create: POST https://api.stubcrm.test/v2/contacts failed:"
            + " ConnectException: UnresolvedAddressException",
        error.getMessage());
  }

  @Test
  void unknownAuthConfigIsRejected() throws Exception {
    ActionExecutionException error =
        assertThrows(
            ActionExecutionException.class,
            () -> executor.execute(crm, "create_contact", request("saml", "{\"name\":\"Ada\"}")));

    assertEquals(400, error.statusCode());
    assertNull(error.stepId());
  }
}
