package dev.patchbay.engine.cli;

import dev.patchbay.engine.runtime.HttpTransport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One CLI invocation in the test JVM, with its standard output and error captured. */
final class CliRun {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final HttpTransport transport;

  CliRun() {
    this(
        request -> {
          throw new AssertionError("no request expected: " + request.uri());
        });
  }

  CliRun(HttpTransport transport) {
    this.transport = transport;
  }

  int run(String... args) {
    return new ConnectorCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            transport)
        .run(args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** A test connector folder under {@code src/test/resources/connectors}. */
  static Path connector(String name) {
    try {
      return Path.of(CliRun.class.getResource("/connectors/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
