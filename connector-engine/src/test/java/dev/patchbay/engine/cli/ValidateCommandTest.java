package dev.patchbay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./patchbay connector validate}: what it finds, what it prints, how it exits. */
class ValidateCommandTest {
  private static final String PING =
      """
      StackOne: 1.0.0
      info: { title: Ping, key: ping, version: 2.0.0 }
      actions:
        - actionId: ping
          steps:
            - stepId: call
              stepFunction: { functionName: request, parameters: { url: /ping } }
      """;

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  @Test
  void aConnectorFolderLoads() {
    int status = cli.run("validate", CliRun.connector("stubcrm").toString());

    assertEquals(0, status);
    assertEquals("OK stubcrm 0.1.0: 3 actions\n", cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void aMainFileLoadsWithItsPartials() {
    Path main = CliRun.connector("bamboohr").resolve("bamboohr.connector.s1.yaml");

    int status = cli.run("validate", main.toString());

    assertEquals(0, status);
    assertEquals("OK bamboohr 1.2.0: 5 actions\n", cli.out());
  }

  @Test
  void aTreeIsSearchedForConnectorFoldersAndEachIsReported() {
    Path tree = CliRun.connector("stubcrm").getParent();

    int status = cli.run("validate", tree.toString());

    assertEquals(0, status);
    assertEquals(
        tree.resolve("bamboohr")
            + ": OK bamboohr 1.2.0: 5 actions\n"
            + tree.resolve("oauthcrm")
            + ": OK oauthcrm 0.1.0: 2 actions\n"
            + tree.resolve("stubcrm")
            + ": OK stubcrm 0.1.0: 3 actions\n"
            + "3 of 3 connectors load\n",
        cli.out());
  }

  @Test
  void problemsAreReportedWithFileLineAndPathAndTheStatusIsOne() throws IOException {
    Path main = write("broken/broken.connector.s1.yaml", PING.replace("key: ping, ", ""));

    int status = cli.run("validate", main.getParent().toString());

    assertEquals(1, status);
    assertEquals("", cli.out());
    List<String> lines = cli.err().lines().toList();
    assertEquals("FAILED: 1 problem", lines.get(0));
    assertEquals(main + ":2:1: $.info: required property 'key' not found", lines.get(1));
  }

  @Test
  void oneBrokenConnectorInATreeFailsTheRunButTheOthersAreStillChecked() throws IOException {
    write("a/ping.s1.yaml", PING);
    write("b/ping.s1.yaml", PING.replace("actionId: ping", "actionId: [ping]"));
    write(".hidden/ping.s1.yaml", "not: a connector\n");
    write("c/only.s1.partial.yaml", "- actionId: orphan\n");

    int status = cli.run("validate", dir.toString());

    assertEquals(1, status);
    assertEquals(
        dir.resolve("a") + ": OK ping 2.0.0: 1 action\n" + "1 of 2 connectors load\n", cli.out());
    assertTrue(
        cli.err().startsWith(dir.resolve("b") + ": FAILED: 1 problem\n" + dir.resolve("b")),
        cli.err());
  }

  @Test
  void aConnectorFoundBySearchingIsNamedEvenWhenAlone() throws IOException {
    write("only/ping.s1.yaml", PING);

    int status = cli.run("validate", dir.toString());

    assertEquals(0, status);
    assertEquals(
        dir.resolve("only") + ": OK ping 2.0.0: 1 action\n1 of 1 connectors load\n", cli.out());
  }

  @Test
  void aFolderWithTwoMainFilesFails() throws IOException {
    write("twice/one.s1.yaml", PING);
    write("twice/two.s1.yaml", PING);

    int status = cli.run("validate", dir.resolve("twice").toString());

    assertEquals(1, status);
    assertTrue(cli.err().contains("found one.s1.yaml, two.s1.yaml"), cli.err());
  }

  @Test
  void aFolderWithoutConnectorsFails() {
    int status = cli.run("validate", dir.toString());

    assertEquals(1, status);
    assertEquals(dir + ": no connector (*.s1.yaml) found\n", cli.err());
  }

  @Test
  void aMissingPathOrNoPathIsAUsageError() {
    assertEquals(2, cli.run("validate", dir.resolve("absent").toString()));
    assertTrue(cli.err().startsWith(dir.resolve("absent") + ": no such file or folder\nusage:"));

    CliRun again = new CliRun();
    assertEquals(2, again.run("validate"));
    assertTrue(again.err().startsWith("validate needs a file or a folder\n"), again.err());
  }

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
