package dev.patchbay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a Node script against the service under test with StackOne's official TypeScript client
 * ({@value #PACKAGE}, installed once into {@code target/official-client}); see {@link NodeScripts}
 * for what the script prints.
 */
public final class OfficialClient {
  public static final String PACKAGE = "@stackone/stackone-client-ts@4.28.0";

  private OfficialClient() {}

  /** Runs the classpath resource {@code script} with {@code args}; its findings. */
  public static JsonNode run(String script, String... args)
      throws IOException, InterruptedException {
    return NodeScripts.run(
        NodeScripts.install("official-client", List.of(PACKAGE)),
        List.of(script),
        Map.of(),
        Duration.ofMinutes(2),
        List.of(args));
  }
}
