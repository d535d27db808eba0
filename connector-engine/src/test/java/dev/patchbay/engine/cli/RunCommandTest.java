package dev.patchbay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.engine.runtime.StubProvider;
import dev.patchbay.engine.runtime.StubProvider.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./patchbay connector run} on the stubcrm test connector, against a local stub. */
class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREDENTIALS =
      "{\"accessToken\":\"tok-access-777\",\"apiKey\":\"key-secret-555\","
          + "\"filesToken\":\"tok-files-888\"}";

  @TempDir Path dir;

  private StubProvider provider;
  private CliRun cli;

  @BeforeEach
  void start() {
    provider = new StubProvider();
    provider.route("POST /v2/contacts", request -> Reply.json(201, "{\"id\":\"c-1\"}"));
    cli = new CliRun(provider.transportFor("https://api.stubcrm.test"));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private int run(String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--connector"));
    args.add(CliRun.connector("stubcrm").toString());
    args.addAll(List.of(options));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void anActionRunsAndItsResultIsPrinted() throws IOException {
    int status =
        run(
            "--credentials", CREDENTIALS,
            "--action-id", "stubcrm_create_contact",
            "--auth-config", "bearer",
            "--params", "{\"body\":{\"name\":\"Ada\"}}");

    assertEquals(0, status, cli.err());
    assertTrue(cli.out().startsWith("executed successfully\n{\n"), cli.out());
    JsonNode result = JSON.readTree(cli.out().substring(cli.out().indexOf('\n')));
    assertEquals(
        JSON.readTree("{\"data\":{\"id\":\"c-1\"},\"message\":\"Contact created\"}"), result);
    StubProvider.Received sent = provider.received().get(0);
    assertEquals("Bearer tok-access-777", sent.header("authorization"));
    assertEquals(
        JSON.readTree("{\"name\":\"Ada\",\"profile\":{\"source\":\"patchbay\"}}"),
        JSON.readTree(sent.body()));
  }

  @Test
  void credentialsAndFlatParamsMayComeFromFiles() throws IOException {
    Path credentials = Files.writeString(dir.resolve("creds.json"), CREDENTIALS);
    Path params = Files.writeString(dir.resolve("params.json"), "{\"name\":\"Bob\"}");

    int status =
        run(
            "--credentials",
            "@" + credentials,
            "--action-id",
            "stubcrm_create_contact",
            "--auth-config",
            "apikey_header",
            "--params",
            params.toString());

    assertEquals(0, status, cli.err());
    StubProvider.Received sent = provider.received().get(0);
    assertEquals("key-secret-555", sent.header("x-api-key"));
    assertEquals("Bob", JSON.readTree(sent.body()).path("name").asText());
  }

  @Test
  void aProviderErrorIsPrintedWithItsStatusAndNeverTheCredentials() {
    provider.route(
        "POST /v2/contacts",
        request -> Reply.json(401, "{\"error\":\"token tok-access-777 expired\"}"));

    int status =
        run(
            "--credentials", CREDENTIALS,
            "--action-id", "stubcrm_create_contact",
            "--auth-config", "bearer",
            "--params", "{\"name\":\"Ada\"}");

    assertEquals(1, status);
    assertEquals("", cli.out());
    assertTrue(cli.err().startsWith("error 401: create: POST "), cli.err());
    assertTrue(cli.err().contains("Invalid credentials"), cli.err());
    assertTrue(cli.err().contains("\"error\" : \"token [REDACTED] expired\""), cli.err());
    assertFalse(cli.err().contains("tok-access-777"), cli.err());
  }

  @Test
  void aMissingRequiredInputFailsBeforeAnyRequest() {
    int status =
        run(
            "--credentials", CREDENTIALS,
            "--action-id", "stubcrm_create_contact",
            "--auth-config", "bearer");

    assertEquals(1, status);
    assertEquals("error 400: Missing required input(s) for create_contact: [name]\n", cli.err());
    assertTrue(provider.received().isEmpty());
  }

  @Test
  void anUnknownActionNamesTheConnectorsActions() {
    int status = run("--credentials", "{}", "--action-id", "stubcrm_delete_contact");

    assertEquals(1, status);
    assertEquals(
        "Unknown action stubcrm_delete_contact; stubcrm has: stubcrm_create_contact,"
            + " stubcrm_add_note, stubcrm_contact_card\n",
        cli.err());
  }

  @Test
  void debugPrintsEachStepsOutputWithCredentialsMasked() {
    int status =
        run(
            "--credentials",
            CREDENTIALS,
            "--action-id",
            "stubcrm_create_contact",
            "--auth-config",
            "apikey_query",
            "--params",
            "{\"name\":\"Ada\"}",
            "--debug");

    assertEquals(0, status, cli.err());
    assertTrue(cli.err().startsWith("step create (request): ok, status 201, "), cli.err());
    assertTrue(cli.err().contains("api_key=[REDACTED]"), cli.err());
    assertFalse(cli.err().contains("key-secret-555"), cli.err());
  }

  @Test
  void debugLogsOnlyTheStepsThatRan() throws IOException {
    Path connector =
        Files.writeString(
            dir.resolve("skip.s1.yaml"),
            """
            StackOne: 1.0.0
            info: { title: Skip, key: skip, version: 1.0.0 }
            actions:
              - actionId: nothing
                steps:
                  - stepId: never
                    condition: '{{false}}'
                    stepFunction: { functionName: request, parameters: { url: https://x.test/ } }
                  - stepId: constant
                    stepFunction: { functionName: static_values, parameters: { values: { a: 1 } } }
            """);

    int status =
        cli.run(
            "run", "--connector", connector.toString(), "--action-id", "skip_nothing", "--debug");

    assertEquals(0, status, cli.err());
    assertTrue(cli.err().startsWith("step constant (static_values): ok, "), cli.err());
    assertFalse(cli.err().contains("step never"), cli.err());
    assertTrue(cli.out().contains("\"a\" : 1"), cli.out());
  }

  @Test
  void aConnectorThatDoesNotLoadIsReported() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.s1.yaml"), "StackOne: 1.0.0\n");

    int status = cli.run("run", "--connector", broken.toString(), "--action-id", "x_y");

    assertEquals(1, status);
    assertTrue(cli.err().startsWith(broken + ": the connector does not load\n" + broken + ":"));
  }

  @Test
  void invalidJsonIsAUsageErrorThatDoesNotEchoTheText() {
    int status = run("--credentials", "{\"apiKey\": secret-value}", "--action-id", "x");

    assertEquals(2, status);
    assertTrue(
        cli.err().startsWith("--credentials is neither a file nor JSON (invalid JSON at line 1"),
        cli.err());
    assertFalse(cli.err().contains("secret-value"), cli.err());
  }

  @Test
  void theConnectorAndTheActionAreRequired() {
    assertEquals(2, cli.run("run", "--action-id", "x"));
    assertTrue(cli.err().startsWith("--connector is required\nusage:"), cli.err());
  }
}
