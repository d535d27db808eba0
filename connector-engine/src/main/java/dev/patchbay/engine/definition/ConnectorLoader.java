package dev.patchbay.engine.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a StackOne-format connector: finds the main file, splices in its partials ({@link
 * RefExpander}), parses the YAML keeping every line ({@link YamlReader}), validates it against the
 * shipped JSON Schema ({@link SchemaValidator}), builds the typed model ({@link DefinitionMapper})
 * and checks that ids are unique ({@link ConsistencyCheck}). Every failure is a {@link
 * DefinitionException} naming the file and line the author wrote. Thread-safe; build one and reuse
 * it, since compiling the schema is the costly part.
 */
public final class ConnectorLoader {

  static final String MAIN_SUFFIX = ".s1.yaml";

  private final SchemaValidator validator = new SchemaValidator();

  /**
   * Loads the connector in {@code path}: a folder holding exactly one main file ({@code *.s1.yaml},
   * partials excluded), or the main file itself.
   */
  public ConnectorDefinition load(Path path) {
    Path mainFile = Files.isDirectory(path) ? mainFile(path) : path;
    LocatedDocument document = YamlReader.read(RefExpander.expand(mainFile));
    List<DefinitionProblem> problems = validator.validate(document);
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
    ConnectorDefinition connector = DefinitionMapper.map(document);
    problems = ConsistencyCheck.check(connector);
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
    return connector;
  }

  private static Path mainFile(Path folder) {
    List<Path> candidates;
    try (Stream<Path> files = Files.list(folder)) {
      candidates =
          files
              .filter(f -> f.getFileName().toString().endsWith(MAIN_SUFFIX))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    if (candidates.size() != 1) {
      String found =
          candidates.isEmpty()
              ? "none"
              : String.join(
                  ", ", candidates.stream().map(p -> p.getFileName().toString()).toList());
      throw new DefinitionException(
          new DefinitionProblem(
              SourceLocation.of(folder, 0),
              null,
              "a connector folder holds exactly one main file *"
                  + MAIN_SUFFIX
                  + "; found "
                  + found));
    }
    return candidates.get(0);
  }
}
