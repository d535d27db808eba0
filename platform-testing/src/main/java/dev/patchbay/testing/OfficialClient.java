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
 * Runs a Node script against the service under test with StackOne's official TypeScript client
 * ({@value #PACKAGE}, installed once into {@code target/official-client}). The script prints one
 * JSON line of findings last; {@code ok: false} (or a failed run) fails the test with its output.
 */
public final class OfficialClient {
  public static final String PACKAGE = "@stackone/stackone-client-ts@4.28.0";
  private static final Path DIR = Path.of("target", "official-client").toAbsolutePath();

  private OfficialClient() {}

  /** Runs the classpath resource {@code script} with {@code args}; its findings. */
  public static JsonNode run(String script, String... args)
      throws IOException, InterruptedException {
    Path file = install(script);
    List<String> command = new ArrayList<>(List.of("node", file.toString()));
    command.addAll(List.of(args));
    Process node =
        new ProcessBuilder(command)
            .directory(DIR.toFile())
            .redirectError(DIR.resolve("client.err").toFile())
            .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!node.waitFor(2, TimeUnit.MINUTES)) {
      node.destroyForcibly();
      throw new AssertionError("the client script did not finish: " + out);
    }
    String lastLine = out.substring(out.lastIndexOf('\n') + 1);
    JsonNode result;
    try {
      result = new ObjectMapper().readTree(lastLine);
    } catch (IOException e) {
      throw new AssertionError("the client script printed no findings: " + out, e);
    }
    if (node.exitValue() != 0 || !result.path("ok").asBoolean()) {
      throw new AssertionError(
          "the official client failed: "
              + out
              + "\n"
              + Files.readString(DIR.resolve("client.err")));
    }
    return result;
  }

  private static synchronized Path install(String script) throws IOException, InterruptedException {
    Files.createDirectories(DIR);
    Path file = DIR.resolve(script);
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + script);
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(DIR.resolve("node_modules/@stackone/stackone-client-ts"))) {
      Files.writeString(DIR.resolve("package.json"), "{\"private\": true}\n");
      Process npm =
          new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save", PACKAGE)
              .directory(DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(DIR.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(3, TimeUnit.MINUTES) || npm.exitValue() != 0) {
        throw new IllegalStateException("npm install " + PACKAGE + " failed; see " + DIR);
      }
    }
    return file;
  }
}
