package dev.patchbay.connect.catalogue;

import dev.patchbay.connect.ConnectConfig;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The connectors end users may link, loaded once at start from {@code patchbay.connectors.dir} with
 * the connector engine's loader (every folder holding a {@code *.s1.yaml} main file). A connector
 * that fails to load is logged and left out.
 */
@Startup
@ApplicationScoped
public class ConnectorDirectory {
  private static final Logger LOG = Logger.getLogger(ConnectorDirectory.class);

  private final SortedMap<String, ConnectorDefinition> byKey = new TreeMap<>();

  public ConnectorDirectory(ConnectConfig config) {
    Path dir = config.connectors().dir().toAbsolutePath().normalize();
    ConnectorLoader loader = new ConnectorLoader();
    for (Path folder : connectorFolders(dir)) {
      try {
        ConnectorDefinition connector = loader.load(folder);
        byKey.putIfAbsent(connector.key(), connector);
      } catch (RuntimeException failed) {
        LOG.errorf("connector %s skipped: %s", folder.getFileName(), failed.getMessage());
      }
    }
    LOG.infof("connectors: %d from %s: %s", byKey.size(), dir, byKey.keySet());
  }

  /** Every connector, ordered by key. */
  public Collection<ConnectorDefinition> all() {
    return byKey.values();
  }

  public Optional<ConnectorDefinition> connector(String key) {
    return Optional.ofNullable(key == null ? null : byKey.get(key));
  }

  private static Stream<Path> children(Path dir) {
    try {
      return Files.list(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static List<Path> connectorFolders(Path dir) {
    if (!Files.isDirectory(dir)) {
      LOG.warnf("connector folder %s does not exist: no connector can be linked", dir);
      return List.of();
    }
    try (Stream<Path> folders = children(dir)) {
      return folders
          .filter(Files::isDirectory)
          .filter(ConnectorDirectory::hasMainFile)
          .sorted()
          .toList();
    }
  }

  private static boolean hasMainFile(Path folder) {
    try (Stream<Path> files = children(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .anyMatch(name -> name.endsWith(".s1.yaml") && !name.endsWith(".s1.partial.yaml"));
    }
  }
}
