package dev.patchbay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Node scripts (test resources) with npm packages installed once into a folder under {@code
 * target/}. A script prints one JSON line of findings last; {@code ok: false} (or a failed run)
 * fails the caller with the script's output.
 */
public final class NodeScript {
  private final Path dir;
  private final List<String> packages;

  /**
   * @param folder the folder under {@code target/} the packages are installed into
   * @param packages npm package specs, e.g. {@code yaml@2}
   */
  public NodeScript(String folder, String... packages) {
    this.dir = Path.of("target", folder).toAbsolutePath();
    this.packages = List.of(packages);
  }

  /** Runs the classpath resource {@code script} with {@code args}; its findings. */
  public JsonNode run(String script, String... args) throws IOException, InterruptedException {
    Path file = install(script);
    List<String> command = new ArrayList<>(List.of("node", file.toString()));
    command.addAll(List.of(args));
    Path err = dir.resolve(script + ".err");
    Process node =
        new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!node.waitFor(2, TimeUnit.MINUTES)) {
      node.destroyForcibly();
      throw new AssertionError(script + " did not finish: " + out);
    }
    String lastLine = out.substring(out.lastIndexOf('\n') + 1);
    JsonNode result;
    try {
      result = new ObjectMapper().readTree(lastLine);
    } catch (IOException e) {
      throw new AssertionError(script + " printed no findings: " + out, e);
    }
    if (node.exitValue() != 0 || !result.path("ok").asBoolean()) {
      throw new AssertionError(script + " failed: " + out + "\n" + Files.readString(err));
    }
    return result;
  }

  private synchronized Path install(String script) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path file = dir.resolve(script);
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + script);
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    if (!packages.stream()
        .allMatch(p -> Files.isDirectory(dir.resolve("node_modules/" + name(p))))) {
      Files.writeString(dir.resolve("package.json"), "{\"private\": true}\n");
      List<String> command =
          new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save"));
      command.addAll(packages);
      Process npm =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(3, TimeUnit.MINUTES) || npm.exitValue() != 0) {
        throw new IllegalStateException("npm install " + packages + " failed; see " + dir);
      }
    }
    return file;
  }

  /** {@code @scope/name@1.2} to {@code @scope/name}. */
  private static String name(String spec) {
    int at = spec.lastIndexOf('@');
    return at > 0 ? spec.substring(0, at) : spec;
  }
}
