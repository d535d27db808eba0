package dev.patchbay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node script that drives a service with StackOne's official TypeScript client ({@code
 * @stackone/stackone-client-ts@4.28.0}, installed once with npm into the module's {@code
 * target/official-client}). The script prints one JSON line last; that line is the result.
 */
public final class OfficialClient {
  public static final String CLIENT = "@stackone/stackone-client-ts@4.28.0";
  private static final Path DIR = Path.of("target", "official-client").toAbsolutePath();

  private OfficialClient() {}

  /** Runs the test resource {@code script} with {@code args}; its last output line, parsed. */
  public static JsonNode run(Class<?> owner, String script, String... args)
      throws IOException, InterruptedException {
    Path file = install(owner, script);
    List<String> command = new ArrayList<>(List.of("node", file.toString()));
    command.addAll(List.of(args));
    Process node =
        new ProcessBuilder(command)
            .directory(DIR.toFile())
            .redirectError(DIR.resolve(file.getFileName() + ".err").toFile())
            .start();
    String out = new String(node.getInputStream().readAllBytes()).trim();
    if (!node.waitFor(2, TimeUnit.MINUTES)) {
      node.destroyForcibly();
      throw new IllegalStateException("the client script did not finish: " + out);
    }
    return new ObjectMapper().readTree(out.substring(out.lastIndexOf('\n') + 1));
  }

  private static synchronized Path install(Class<?> owner, String script)
      throws IOException, InterruptedException {
    Files.createDirectories(DIR);
    Path file = DIR.resolve(script);
    try (InputStream in = owner.getResourceAsStream("/" + script)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + script);
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(DIR.resolve("node_modules/@stackone/stackone-client-ts"))) {
      Files.writeString(DIR.resolve("package.json"), "{\"private\": true}\n");
      Process npm =
          new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save", CLIENT)
              .directory(DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(DIR.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(3, TimeUnit.MINUTES) || npm.exitValue() != 0) {
        throw new IllegalStateException("npm install " + CLIENT + " failed; see " + DIR);
      }
    }
    return file;
  }
}
