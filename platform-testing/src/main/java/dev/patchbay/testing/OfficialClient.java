package dev.patchbay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Runs a Node script against the service under test with StackOne's official TypeScript client
 * ({@value #PACKAGE}, installed once into {@code target/official-client}). The script prints one
 * JSON line of findings last; {@code ok: false} (or a failed run) fails the test with its output.
 */
public final class OfficialClient {
  public static final String PACKAGE = "@stackone/stackone-client-ts@4.28.0";
  private static final NodeScript CLIENT = new NodeScript("official-client", PACKAGE);

  private OfficialClient() {}

  /** Runs the classpath resource {@code script} with {@code args}; its findings. */
  public static JsonNode run(String script, String... args)
      throws IOException, InterruptedException {
    return CLIENT.run(script, args);
  }
}
