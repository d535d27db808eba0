package dev.patchbay.engine.cli;

import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.definition.DefinitionException;
import dev.patchbay.engine.definition.DefinitionProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code validate <file|dir>...}: loads every connector found and reports each. A file is a main
 * file; a folder holding a {@code *.s1.yaml} is one connector; any other folder is searched, and
 * every folder below it that holds a {@code *.s1.yaml} is a connector (hidden folders skipped).
 * Exit status 0 only when every connector loads.
 */
final class ValidateCommand {
  static final String USAGE = "validate <file|dir>...";
  private static final String MAIN_SUFFIX = ".s1.yaml";

  private final ConnectorLoader loader;
  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(ConnectorLoader loader, PrintStream out, PrintStream err) {
    this.loader = loader;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    Arguments arguments = Arguments.parse(args, Set.of(), Set.of());
    if (arguments.positional().isEmpty()) {
      throw new UsageException("validate needs a file or a folder");
    }
    List<Path> connectors = new ArrayList<>();
    boolean searched = false;
    for (String target : arguments.positional()) {
      Path path = Path.of(target);
      List<Path> found = connectorsIn(path);
      if (found.isEmpty()) {
        err.println(target + ": no connector (*" + MAIN_SUFFIX + ") found");
        return 1;
      }
      searched |= !found.equals(List.of(path));
      connectors.addAll(found);
    }
    // one line per connector; it names the folder when there are several or they were searched for
    boolean named = searched || connectors.size() > 1;
    int loaded = 0;
    for (Path connector : connectors) {
      if (validate(connector, named ? connector + ": " : "")) {
        loaded++;
      }
    }
    if (named) {
      out.println(loaded + " of " + connectors.size() + " connectors load");
    }
    return loaded == connectors.size() ? 0 : 1;
  }

  private boolean validate(Path connector, String prefix) {
    try {
      ConnectorDefinition definition = loader.load(connector);
      int actions = definition.actions().size();
      out.println(
          prefix
              + "OK "
              + definition.key()
              + " "
              + definition.version()
              + ": "
              + actions
              + (actions == 1 ? " action" : " actions"));
      return true;
    } catch (DefinitionException invalid) {
      List<DefinitionProblem> problems = invalid.problems();
      err.println(
          prefix
              + "FAILED: "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems"));
      problems.forEach(err::println);
    } catch (RuntimeException broken) {
      err.println(prefix + "FAILED: " + broken.getMessage());
    }
    return false;
  }

  /** The connectors a target names: see the class comment. */
  static List<Path> connectorsIn(Path target) {
    if (Files.isRegularFile(target)) {
      return List.of(target);
    }
    if (!Files.isDirectory(target)) {
      throw new UsageException(target + ": no such file or folder");
    }
    if (holdsMainFile(target)) {
      return List.of(target);
    }
    try (Stream<Path> tree = Files.walk(target)) {
      return tree.filter(Files::isDirectory)
          .filter(folder -> !isHiddenBelow(target, folder))
          .filter(ValidateCommand::holdsMainFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException unreadable) {
      throw new UsageException(target + ": cannot be read: " + unreadable.getMessage());
    }
  }

  private static boolean holdsMainFile(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(
          file -> file.getFileName().toString().endsWith(MAIN_SUFFIX) && Files.isRegularFile(file));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static boolean isHiddenBelow(Path root, Path folder) {
    for (Path part : root.relativize(folder)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
