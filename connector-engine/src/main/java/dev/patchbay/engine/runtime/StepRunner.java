package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ActionDefinition.StepDefinition;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionException;
import dev.patchbay.engine.expression.JsValues;
import dev.patchbay.engine.runtime.log.StepLog.Kind;
import dev.patchbay.engine.step.InvalidStepParametersException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Runs the steps of an action over a prepared block, in order (a step with a {@code condition} that
 * is not the boolean {@code true} is skipped), stores each output at {@code steps.<stepId>.output},
 * logs each step that sent no request (requests log themselves), then evaluates {@code result}.
 * Used for actions and for refresh actions alike.
 */
final class StepRunner {
  private static final Set<String> HTTP_FUNCTIONS = Set.of("request", "paginated_request");
  private static final Set<String> MAPPING_FUNCTIONS = Set.of("map_fields", "typecast");

  private final ParameterEvaluator evaluator;
  private final Map<String, StepHandler> handlers;

  /**
   * @param handlers step handlers by {@code "<functionName> <version>"}
   */
  StepRunner(ParameterEvaluator evaluator, Map<String, StepHandler> handlers) {
    this.evaluator = evaluator;
    this.handlers = Map.copyOf(handlers);
  }

  /** The evaluated {@code result} envelope and the step outputs. */
  record Outcome(ObjectNode envelope, ObjectNode steps) {}

  Outcome run(
      ConnectorDefinition connector,
      Authorization authorization,
      ActionDefinition action,
      ObjectNode block,
      Execution execution,
      Redactor redactor,
      String cursor) {
    ObjectNode steps =
        block.get("steps") instanceof ObjectNode existing ? existing : block.putObject("steps");
    JsonNode lastData = JsValues.UNDEFINED;
    for (StepDefinition step : action.steps()) {
      StepScope scope =
          new StepScope(
              connector,
              authorization,
              block,
              step.stepId(),
              step.stepFunction().functionName(),
              redactor,
              cursor,
              execution);
      if (!shouldRun(step, scope)) {
        continue;
      }
      ObjectNode output = logged(step, scope);
      steps.putObject(step.stepId()).set("output", output);
      lastData = output.path("data");
    }
    return new Outcome(result(action, block, lastData), steps);
  }

  private ObjectNode logged(StepDefinition step, StepScope scope) {
    StepLogRecorder logs = scope.execution().logs();
    Instant startedAt = logs.now();
    String function = step.stepFunction().functionName();
    Kind kind =
        HTTP_FUNCTIONS.contains(function)
            ? Kind.REQUEST
            : MAPPING_FUNCTIONS.contains(function) ? Kind.MAPPING : Kind.DATA;
    try {
      ObjectNode output = run(step, scope);
      if (kind != Kind.REQUEST) {
        logs.step(scope, kind, startedAt, true, output.get("errors"), null);
      }
      return output;
    } catch (ActionExecutionException failed) {
      if (!logs.endsWithFailureOf(scope.stepId())) {
        logs.step(scope, kind, startedAt, false, null, failed.getMessage());
      }
      throw failed;
    }
  }

  private boolean shouldRun(StepDefinition step, StepScope scope) {
    JsonNode condition = step.extra().get("condition");
    if (condition == null) {
      return true;
    }
    try {
      return evaluator.isTrue(condition, scope.block());
    } catch (ExpressionException invalid) {
      throw stepFault(scope, invalid);
    }
  }

  private ObjectNode run(StepDefinition step, StepScope scope) {
    var function = step.stepFunction();
    StepHandler handler = handlers.get(function.functionName() + " " + function.version());
    if (handler == null) {
      throw new ActionExecutionException(
          500,
          step.stepId(),
          step.stepId()
              + ": Unknown step function: "
              + function.functionName()
              + " v"
              + function.version());
    }
    try {
      return handler.run(function.parameters(), scope);
    } catch (ActionExecutionException failed) {
      throw failed;
    } catch (ExpressionException
        | InvalidStepParametersException
        | IllegalArgumentException
        | UnsupportedOperationException e) {
      throw stepFault(scope, e);
    }
  }

  private static ActionExecutionException stepFault(StepScope scope, RuntimeException cause) {
    return new ActionExecutionException(
        500, scope.stepId(), scope.redactor().redact(scope.stepId() + ": " + cause.getMessage()));
  }

  /**
   * {@code result}: one expression gives {@code {data: value}}; a map is evaluated recursively like
   * parameters. Without {@code result}, the last step's data is the action's data.
   */
  private ObjectNode result(ActionDefinition action, ObjectNode block, JsonNode lastData) {
    JsonNode result = action.result();
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    JsonNode data;
    if (result == null || result.isNull()) {
      data = lastData;
    } else if (result.isObject()) {
      JsonNode evaluated = evaluator.value(result, block);
      envelope.setAll((ObjectNode) evaluated);
      return envelope;
    } else {
      data = evaluator.value(result, block);
    }
    if (!JsValues.isUndefined(data)) {
      envelope.set("data", data);
    }
    return envelope;
  }
}
