package dev.patchbay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Node scripts that tests run against the service under test, with npm packages installed once into
 * a folder under the module's {@code target/} (again only when the package list changes). A script
 * prints one JSON line of findings last; {@code ok: false}, a non-zero exit or no findings fail the
 * test with its output.
 */
public final class NodeScripts {
  private static final String STAMP = "installed.txt";

  private NodeScripts() {}

  /**
   * The folder {@code target/<name>} with {@code npmInstall} (packages and npm flags) installed.
   */
  public static synchronized Path install(String name, List<String> npmInstall)
      throws IOException, InterruptedException {
    Path dir = Path.of("target", name).toAbsolutePath();
    Files.createDirectories(dir);
    String wanted = String.join(" ", npmInstall);
    Path stamp = dir.resolve(STAMP);
    if (Files.exists(stamp) && Files.readString(stamp).equals(wanted)) {
      return dir;
    }
    Files.writeString(dir.resolve("package.json"), "{\"private\": true}\n");
    List<String> command =
        new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save"));
    command.addAll(npmInstall);
    Process npm =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("npm.log").toFile())
            .start();
    if (!npm.waitFor(4, TimeUnit.MINUTES) || npm.exitValue() != 0) {
      npm.destroyForcibly();
      throw new IllegalStateException("npm install " + wanted + " failed; see " + dir);
    }
    Files.writeString(stamp, wanted);
    return dir;
  }

  /**
   * Copies the classpath resources {@code scripts} into {@code dir} (so they import its packages)
   * and runs the first with {@code args} and {@code env}; its findings.
   */
  public static JsonNode run(
      Path dir, List<String> scripts, Map<String, String> env, Duration timeout, List<String> args)
      throws IOException, InterruptedException {
    for (String script : scripts) {
      copy(script, dir.resolve(script));
    }
    String main = scripts.get(0);
    List<String> command = new ArrayList<>(List.of("node", dir.resolve(main).toString()));
    command.addAll(args);
    Path err = dir.resolve(main + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    Process node = builder.start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!node.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new AssertionError(main + " did not finish: " + out);
    }
    String lastLine = out.substring(out.lastIndexOf('\n') + 1);
    JsonNode result;
    try {
      result = new ObjectMapper().readTree(lastLine);
    } catch (IOException e) {
      throw new AssertionError(
          main + " printed no findings: " + out + "\n" + Files.readString(err));
    }
    if (node.exitValue() != 0 || result == null || !result.path("ok").asBoolean()) {
      throw new AssertionError(main + " failed: " + out + "\n" + Files.readString(err));
    }
    return result;
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
