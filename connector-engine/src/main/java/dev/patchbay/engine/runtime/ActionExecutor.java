package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ActionDefinition.StepDefinition;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.expression.ExpressionException;
import dev.patchbay.engine.expression.JsValues;
import dev.patchbay.engine.step.InvalidStepParametersException;
import dev.patchbay.engine.step.MapFieldsStep;
import dev.patchbay.engine.step.TypecastStep;
import java.util.Map;

/**
 * Runs an action: binds inputs, builds the execution block {@code {inputs, credentials, context,
 * steps, apiHostUri}}, runs the steps in order (a step with a {@code condition} that is not the
 * boolean {@code true} is skipped), stores each output at {@code steps.<stepId>.output}, then
 * evaluates {@code result}. The first failing step aborts the action with an {@link
 * ActionExecutionException}. Thread-safe; build one and reuse it.
 */
public final class ActionExecutor {
  /** Page cap of {@code paginated_request} when none is given. */
  public static final int DEFAULT_MAX_PAGES = 50;

  private final ParameterEvaluator evaluator;
  private final InputBinder inputs = new InputBinder();
  private final Map<String, StepHandler> handlers;

  public ActionExecutor(ExpressionEngine expressions, HttpTransport transport) {
    this(expressions, transport, DEFAULT_MAX_PAGES);
  }

  public ActionExecutor(ExpressionEngine expressions, HttpTransport transport, int maxPages) {
    this.evaluator = new ParameterEvaluator(expressions);
    RequestBuilder builder = new RequestBuilder(expressions);
    Requester requester = new Requester(transport, new ErrorHandler(expressions));
    RecordSelector selector = new RecordSelector(expressions);
    this.handlers =
        Map.of(
            "request 1", new RequestStep(evaluator, builder, requester, selector),
            "paginated_request 1", new Paginator(evaluator, builder, requester, selector, maxPages),
            "soap_request 1", new SoapRequestStep(evaluator, builder, requester, selector),
            "static_values 1", new StaticValuesStep(evaluator),
            "group_data 1", new GroupDataStep(),
            "map_fields 2", new ShapingStep(new MapFieldsStep(expressions)),
            "typecast 2", new ShapingStep(new TypecastStep(expressions)));
  }

  public ActionResult execute(
      ConnectorDefinition connector, String actionId, ActionRequest request) {
    ActionDefinition action =
        connector
            .action(actionId)
            .orElseThrow(
                () ->
                    new ActionExecutionException(
                        404, null, "Unknown action " + connector.key() + "_" + actionId));
    return execute(connector, action, request);
  }

  public ActionResult execute(
      ConnectorDefinition connector, ActionDefinition action, ActionRequest request) {
    AuthenticationOption auth = authentication(connector, request.authConfigKey());
    ObjectNode boundInputs = inputs.bind(action, request.inputs());
    ObjectNode block = JsonNodeFactory.instance.objectNode();
    block.set("inputs", boundInputs);
    block.set("credentials", request.credentials());
    ObjectNode context = block.putObject("context");
    if (auth != null) {
      context.put("authenticationType", auth.configKey());
    }
    context.put("environment", request.environment());
    if (request.apiHostUri() != null) {
      block.put("apiHostUri", request.apiHostUri());
    }
    ObjectNode steps = block.putObject("steps");
    Authorization authorization = auth == null ? null : auth.authorization();
    Redactor redactor = new Redactor(request.credentials());
    String cursor = InputBinder.cursor(request.cursor(), boundInputs);

    JsonNode lastData = JsValues.UNDEFINED;
    for (StepDefinition step : action.steps()) {
      StepScope scope =
          new StepScope(connector, authorization, block, step.stepId(), redactor, cursor);
      if (!shouldRun(step, scope)) {
        continue;
      }
      ObjectNode output = run(step, scope);
      steps.putObject(step.stepId()).set("output", output);
      lastData = output.path("data");
    }
    return new ActionResult(result(action, block, lastData), steps);
  }

  private static AuthenticationOption authentication(
      ConnectorDefinition connector, String configKey) {
    if (configKey != null) {
      return connector
          .authentication(configKey)
          .orElseThrow(
              () ->
                  new ActionExecutionException(
                      400, null, "Unknown auth config '" + configKey + "' for " + connector.key()));
    }
    return switch (connector.authentication().size()) {
      case 0 -> null;
      case 1 -> connector.authentication().get(0);
      default ->
          throw new ActionExecutionException(
              400, null, connector.key() + " has several auth configs: name one");
    };
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
