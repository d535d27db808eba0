package dev.patchbay.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * An {@code enumMapper}: either the name of a built-in matcher ({@code builtIn}) or match rules,
 * tried in order (the other one is null).
 */
record EnumMapper(String builtIn, List<Rule> rules) {

  /** A rule applies when {@code matchExpression} evaluates to the boolean {@code true}. */
  record Rule(String matchExpression, String value) {
    static Rule read(JsonNode node, String path) {
      ParamReader rule = ParamReader.of(node, path).strict(Set.of("matchExpression", "value"));
      return new Rule(rule.requiredString("matchExpression"), rule.requiredString("value"));
    }
  }

  static EnumMapper read(JsonNode node, String path) {
    ParamReader mapper = ParamReader.of(node, path).strict(Set.of("matcher"));
    JsonNode matcher = mapper.raw("matcher");
    if (matcher != null && matcher.isTextual()) {
      return new EnumMapper(matcher.textValue(), null);
    }
    return new EnumMapper(null, mapper.requiredList("matcher", Rule::read));
  }
}
