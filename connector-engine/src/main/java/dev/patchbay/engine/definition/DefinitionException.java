package dev.patchbay.engine.definition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A connector definition failed to load. It carries every problem found, each with its file and
 * line.
 */
public final class DefinitionException extends RuntimeException {

  private final transient List<DefinitionProblem> problems;

  public DefinitionException(List<DefinitionProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public DefinitionException(DefinitionProblem problem) {
    this(List.of(problem));
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }

  private static String describe(List<DefinitionProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size()
        + " problems:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
