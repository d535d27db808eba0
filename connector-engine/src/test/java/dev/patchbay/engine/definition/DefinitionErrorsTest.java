package dev.patchbay.engine.definition;

import static dev.patchbay.engine.definition.ConnectorLoaderTest.assertLocated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure names the file and line the author wrote, partials included. */
class DefinitionErrorsTest {

  private static final ConnectorLoader LOADER = new ConnectorLoader();

  private static final String HEADER =
      """
            StackOne: 1.0.0
            info: { title: Acme, key: acme, version: 1.0.0 }
            """;

  private static final String PING =
      """
            - actionId: ping
              steps:
                - stepId: call
                  stepFunction: { functionName: request, parameters: { url: /ping, method: get } }
            """;

  @TempDir Path dir;

  @Test
  void aMissingRefTargetIsReportedWhereItIsReferenced() throws IOException {
    write("acme.connector.s1.yaml", HEADER + "actions:\n  $ref: acme.ping\n  $ref: acme.absent\n");
    write("acme.ping.s1.partial.yaml", PING);

    DefinitionProblem problem = onlyProblem(dir);

    assertLocated(problem.location(), "acme.connector.s1.yaml", 5);
    assertTrue(problem.message().contains("acme.absent.s1.partial.yaml"), problem.message());
  }

  @Test
  void aRefCycleIsReportedAtTheRefThatClosesIt() throws IOException {
    write("acme.connector.s1.yaml", HEADER + "actions:\n  $ref: acme.a\n");
    write("acme.a.s1.partial.yaml", PING + "- $ref: acme.b\n");
    write("acme.b.s1.partial.yaml", "# b includes a again\n- $ref: acme.a\n");

    DefinitionProblem problem = onlyProblem(dir);

    assertLocated(problem.location(), "acme.b.s1.partial.yaml", 2);
    assertEquals(
        "$ref cycle: acme.a.s1.partial.yaml -> acme.b.s1.partial.yaml -> acme.a.s1.partial.yaml",
        problem.message());
  }

  @Test
  void aYamlSyntaxErrorInAPartialIsReportedInThatPartial() throws IOException {
    write("acme.connector.s1.yaml", HEADER + "actions:\n  $ref: acme.ping\n  $ref: acme.broken\n");
    write("acme.ping.s1.partial.yaml", PING);
    write(
        "acme.broken.s1.partial.yaml",
        """
                - actionId: broken
                  label: "List users
                  steps: []
                """);

    DefinitionProblem problem = onlyProblem(dir);

    assertEquals("acme.broken.s1.partial.yaml", problem.location().file().getFileName().toString());
    assertTrue(
        problem.location().line() >= 2 && problem.location().line() <= 4, problem.toString());
    assertTrue(problem.message().startsWith("YAML syntax error: "), problem.message());
  }

  @Test
  void aMisplacedColonIsReportedAtItsLineAndColumn() throws IOException {
    write("acme.connector.s1.yaml", HEADER + "actions:\n  $ref: acme.broken\n");
    write(
        "acme.broken.s1.partial.yaml",
        """
                - actionId: broken
                  label: List: Users
                """);

    DefinitionProblem problem = onlyProblem(dir);

    assertLocated(problem.location(), "acme.broken.s1.partial.yaml", 2);
    // The colon after "List": column 14 of the partial, although the splice indented that line by
    // two.
    assertEquals(14, problem.location().column());
  }

  @Test
  void aSchemaViolationIsReportedWithFileLineAndJsonPath() throws IOException {
    write("acme.connector.s1.yaml", HEADER + "actions:\n  $ref: acme.ping\n  $ref: acme.bad\n");
    write("acme.ping.s1.partial.yaml", PING);
    write(
        "acme.bad.s1.partial.yaml",
        """
                - actionId: bad
                  actionType: fetch
                  inputs:
                    - name: id
                      type: array
                      in: path
                  steps:
                    - stepId: call
                      stepFunction:
                        functionName: request
                        parameters:
                          url: /bad
                          args:
                            - { name: id, value: $.inputs.id, in: path }
                """);

    DefinitionException failure = assertThrows(DefinitionException.class, () -> LOADER.load(dir));

    List<DefinitionProblem> problems = failure.problems();
    assertEquals(3, problems.size(), failure.getMessage());
    assertLocated(problems.get(0).location(), "acme.bad.s1.partial.yaml", 2);
    assertEquals("$.actions[1].actionType", problems.get(0).jsonPath());
    assertLocated(problems.get(1).location(), "acme.bad.s1.partial.yaml", 5);
    assertEquals("$.actions[1].inputs[0].type", problems.get(1).jsonPath());
    assertLocated(problems.get(2).location(), "acme.bad.s1.partial.yaml", 14);
    assertEquals(
        "$.actions[1].steps[0].stepFunction.parameters.args[0].in", problems.get(2).jsonPath());
    assertTrue(
        failure
            .getMessage()
            .contains(
                "acme.bad.s1.partial.yaml:2:3: $.actions[1].actionType: does not have a value in the"
                    + " enumeration"),
        failure.getMessage());
  }

  @Test
  void aMissingRequiredKeyIsReportedAtItsParent() throws IOException {
    write(
        "acme.connector.s1.yaml",
        HEADER
            + """
                        actions:
                          - actionId: no_steps
                            label: No steps
                        """);

    DefinitionProblem problem = onlyProblem(dir);

    assertLocated(problem.location(), "acme.connector.s1.yaml", 4);
    assertEquals("$.actions[0]", problem.jsonPath());
    assertTrue(problem.message().contains("steps"), problem.message());
  }

  @Test
  void aDuplicateKeyOutsideRefsIsAnError() throws IOException {
    write(
        "acme.connector.s1.yaml",
        HEADER + "baseUrl: https://a.example\nbaseUrl: https://b.example\nactions: []\n");

    DefinitionProblem problem = onlyProblem(dir);

    assertLocated(problem.location(), "acme.connector.s1.yaml", 4);
    assertEquals("duplicate key 'baseUrl'", problem.message());
  }

  @Test
  void aDuplicateActionIdIsReportedWithBothPlaces() throws IOException {
    write("acme.connector.s1.yaml", HEADER + "actions:\n  $ref: acme.ping\n  $ref: acme.again\n");
    write("acme.ping.s1.partial.yaml", PING);
    write("acme.again.s1.partial.yaml", "\n" + PING);

    DefinitionProblem problem = onlyProblem(dir);

    assertLocated(problem.location(), "acme.again.s1.partial.yaml", 2);
    assertTrue(problem.message().contains("duplicate actionId 'ping'"), problem.message());
    assertTrue(problem.message().contains("acme.ping.s1.partial.yaml:1"), problem.message());
  }

  @Test
  void aFolderNeedsExactlyOneMainFile() throws IOException {
    write("acme.connector.s1.yaml", HEADER + "actions: []\n");
    write("acme_v1-0-0.s1.yaml", HEADER + "actions: []\n");

    DefinitionProblem problem = onlyProblem(dir);

    assertTrue(
        problem.message().contains("acme.connector.s1.yaml, acme_v1-0-0.s1.yaml"),
        problem.message());
  }

  private static DefinitionProblem onlyProblem(Path path) {
    DefinitionException failure = assertThrows(DefinitionException.class, () -> LOADER.load(path));
    assertEquals(1, failure.problems().size(), failure.getMessage());
    return failure.problems().get(0);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }
}
