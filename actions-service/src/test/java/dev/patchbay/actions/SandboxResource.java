package dev.patchbay.actions;

import dev.patchbay.sandbox.ProviderSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The providers and the catalogue of the tests: an in-process provider-sandbox (every provider call
 * goes to it), and a connector folder holding the real {@code ../connectors} plus two test-only
 * folders ({@code stubhr}, a second connector; {@code broken}, one that must fail to load).
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {
  static final Path CATALOGUE = Path.of("target", "test-connectors").toAbsolutePath();

  private ProviderSandbox sandbox;

  @Override
  public Map<String, String> start() {
    sandbox = ProviderSandbox.start("127.0.0.1", 0);
    try {
      deleteTree(CATALOGUE);
      copyTree(Path.of("..", "connectors").toAbsolutePath().normalize(), CATALOGUE);
      copyTree(Path.of("src", "test", "resources", "extra-connectors").toAbsolutePath(), CATALOGUE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "patchbay.sandbox.url", sandbox.url().toString(),
        "patchbay.connectors.dir", CATALOGUE.toString());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(f -> !f.toString().contains("/target")).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (file.getFileName().toString().endsWith(".yaml")) {
          Files.createDirectories(target.getParent());
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Override
  public void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
