package dev.patchbay.catalogue;

import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.definition.DefinitionException;
import dev.patchbay.engine.definition.DefinitionProblem;
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
 * The connectors this instance serves, loaded once at start from {@code patchbay.connectors.dir}:
 * every folder holding a {@code *.s1.yaml} main file. A connector that fails to load is logged with
 * its file and line and left out; the service starts with the others.
 */
@Startup
@ApplicationScoped
public class ConnectorCatalog {
  private static final Logger LOG = Logger.getLogger(ConnectorCatalog.class);

  /** An action of a catalogue connector, by its public id {@code <connector key>_<actionId>}. */
  public record CatalogAction(ConnectorDefinition connector, ActionDefinition action) {
    public String id() {
      return actionId(connector, action);
    }
  }

  private final SortedMap<String, ConnectorDefinition> byKey;

  public ConnectorCatalog(CatalogueConfig config) {
    this.byKey = load(config.connectors().dir().toAbsolutePath().normalize());
  }

  /** The public id of an action: {@code <connector key>_<actionId>}. */
  public static String actionId(ConnectorDefinition connector, ActionDefinition action) {
    return connector.key() + "_" + action.actionId();
  }

  /** Every connector, ordered by key. */
  public Collection<ConnectorDefinition> all() {
    return byKey.values();
  }

  public Optional<ConnectorDefinition> connector(String key) {
    return Optional.ofNullable(key == null ? null : byKey.get(key));
  }

  /** The published actions of a connector, in file order. */
  public static List<ActionDefinition> published(ConnectorDefinition connector) {
    return connector.actions().stream().filter(ActionDefinition::published).toList();
  }

  /**
   * The published action with this public id. Connector keys may contain {@code _}, so the longest
   * key that prefixes the id wins.
   */
  public Optional<CatalogAction> action(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return byKey.values().stream()
        .filter(c -> id.startsWith(c.key() + "_"))
        .sorted((a, b) -> b.key().length() - a.key().length())
        .flatMap(
            c ->
                published(c).stream()
                    .filter(a -> actionId(c, a).equals(id))
                    .map(a -> new CatalogAction(c, a)))
        .findFirst();
  }

  private static SortedMap<String, ConnectorDefinition> load(Path dir) {
    SortedMap<String, ConnectorDefinition> loaded = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      LOG.warnf("connector folder %s does not exist: the catalogue is empty", dir);
      return loaded;
    }
    ConnectorLoader loader = new ConnectorLoader();
    for (Path folder : connectorFolders(dir)) {
      try {
        ConnectorDefinition connector = loader.load(folder);
        ConnectorDefinition clash = loaded.putIfAbsent(connector.key(), connector);
        if (clash != null) {
          LOG.errorf(
              "connector %s skipped: key '%s' is already served from %s",
              connector.source(), connector.key(), clash.source());
        }
      } catch (DefinitionException invalid) {
        for (DefinitionProblem problem : invalid.problems()) {
          LOG.errorf("connector %s skipped: %s", folder.getFileName(), problem);
        }
      } catch (RuntimeException failed) {
        LOG.errorf("connector %s skipped: %s", folder, failed.getMessage());
      }
    }
    LOG.infof(
        "connector catalogue: %d connector(s) from %s: %s", loaded.size(), dir, loaded.keySet());
    return loaded;
  }

  private static List<Path> connectorFolders(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(Files::isDirectory)
          .filter(ConnectorCatalog::hasMainFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static boolean hasMainFile(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .anyMatch(name -> name.endsWith(".s1.yaml") && !name.endsWith(".s1.partial.yaml"));
    } catch (IOException e) {
      return false;
    }
  }
}
