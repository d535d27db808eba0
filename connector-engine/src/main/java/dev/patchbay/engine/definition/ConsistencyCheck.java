package dev.patchbay.engine.definition;

import dev.patchbay.engine.definition.ActionDefinition.StepDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What JSON Schema cannot say: ids that must be unique. */
final class ConsistencyCheck {

  private ConsistencyCheck() {}

  static List<DefinitionProblem> check(ConnectorDefinition connector) {
    List<DefinitionProblem> problems = new ArrayList<>();
    unique(
        connector.actions(),
        ActionDefinition::actionId,
        ActionDefinition::source,
        "actionId",
        problems);
    unique(
        connector.authentication(),
        AuthenticationOption::configKey,
        AuthenticationOption::source,
        "auth config key",
        problems);
    for (ActionDefinition action : connector.actions()) {
      unique(action.steps(), StepDefinition::stepId, StepDefinition::source, "stepId", problems);
    }
    for (AuthenticationOption option : connector.authentication()) {
      if (option.refreshAuthentication() != null
          && option.refreshAuthentication().action() != null) {
        ActionDefinition refresh = option.refreshAuthentication().action();
        unique(refresh.steps(), StepDefinition::stepId, StepDefinition::source, "stepId", problems);
      }
    }
    return problems;
  }

  private static <T> void unique(
      List<T> items,
      Function<T, String> id,
      Function<T, SourceLocation> source,
      String what,
      List<DefinitionProblem> problems) {
    Map<String, T> seen = new HashMap<>();
    for (T item : items) {
      T first = seen.putIfAbsent(id.apply(item), item);
      if (first != null) {
        problems.add(
            new DefinitionProblem(
                source.apply(item),
                null,
                "duplicate "
                    + what
                    + " '"
                    + id.apply(item)
                    + "', first defined at "
                    + source.apply(first)));
      }
    }
  }
}
