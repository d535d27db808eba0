package dev.patchbay.actions;

import dev.patchbay.actions.unified.UnifiedRoute;
import dev.patchbay.actions.unified.UnifiedRoutes;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.definition.DefinitionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the test instance serves, read from the same folders with the engine's loader, so the tests
 * follow the catalogue as connectors are added: {@code ../connectors} and the test's extra ones.
 */
final class Catalogue {
  private static final List<Path> ROOTS =
      List.of(Path.of("../connectors"), Path.of("src/test/resources/extra-connectors"));

  private Catalogue() {}

  /** The keys of every connector that loads, sorted. */
  static List<String> keys() {
    return connectors().stream().map(ConnectorDefinition::key).sorted().toList();
  }

  /** The ids ({@code <key>_<actionId>}) of a connector's published actions, in file order. */
  static List<String> actionIds(String key) {
    return connectors().stream()
        .filter(c -> c.key().equals(key))
        .flatMap(c -> c.actions().stream())
        .filter(ActionDefinition::published)
        .map(a -> key + "_" + a.actionId())
        .toList();
  }

  /** A connector and a unified route one of its published actions serves. */
  record Served(String connector, UnifiedRoute route) {
    @Override
    public String toString() {
      return connector + ": " + route.describe();
    }
  }

  /** Every (connector, unified route) pair of {@code ../connectors}, by connector then route. */
  static List<Served> unifiedRoutes() {
    List<Served> out = new ArrayList<>();
    for (ConnectorDefinition connector : connectors(ROOTS.subList(0, 1))) {
      for (UnifiedRoute route : UnifiedRoutes.all()) {
        if (connector.actions().stream()
            .filter(ActionDefinition::published)
            .anyMatch(route::servedBy)) {
          out.add(new Served(connector.key(), route));
        }
      }
    }
    return out;
  }

  /** Whether the action serving {@code served} declares an input named {@code input}. */
  static boolean declaresInput(Served served, String input) {
    return connectors(ROOTS.subList(0, 1)).stream()
        .filter(c -> c.key().equals(served.connector()))
        .flatMap(c -> c.actions().stream())
        .filter(a -> a.published() && served.route().servedBy(a))
        .anyMatch(a -> a.inputs().stream().anyMatch(i -> i.name().equals(input)));
  }

  private static boolean holdsConnector(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(
          f -> f.toString().endsWith(".s1.yaml") && !f.toString().endsWith(".s1.partial.yaml"));
    } catch (IOException notAFolder) {
      return false;
    }
  }

  private static List<ConnectorDefinition> connectors() {
    return connectors(ROOTS);
  }

  private static List<ConnectorDefinition> connectors(List<Path> roots) {
    ConnectorLoader loader = new ConnectorLoader();
    List<ConnectorDefinition> out = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> folders = Files.list(root)) {
        for (Path folder : folders.filter(Catalogue::holdsConnector).sorted().toList()) {
          try {
            out.add(loader.load(folder));
          } catch (DefinitionException notAConnector) {
            // the broken test connector, which the service skips too
          }
        }
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    return out;
  }
}
