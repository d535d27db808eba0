package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import dev.patchbay.engine.runtime.auth.TokenExpiry;
import dev.patchbay.engine.runtime.resilience.RateLimits;
import dev.patchbay.engine.runtime.resilience.RetryPolicy;
import dev.patchbay.engine.runtime.resilience.Sleeper;
import dev.patchbay.engine.runtime.resilience.TimeBudget;
import dev.patchbay.engine.step.MapFieldsStep;
import dev.patchbay.engine.step.TypecastStep;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs an action: binds and type-checks inputs, reads the credentials, refreshes them first when
 * they are missing or expired, builds the execution block {@code {inputs, credentials, context,
 * steps, apiHostUri}}, runs the steps ({@link StepRunner}) within the time budget and the
 * connector's rate limit, then evaluates {@code result}. The first failing step aborts the action
 * with an {@link ActionExecutionException}; results and failures both carry the step logs.
 * Thread-safe; build one and reuse it (rate limits are shared by the executions of one executor).
 */
public final class ActionExecutor {
  /** Page cap of {@code paginated_request} when none is given. */
  public static final int DEFAULT_MAX_PAGES = ExecutorSettings.DEFAULTS.maxPages();

  private final ExecutorSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;
  private final InputBinder inputs = new InputBinder();
  private final StepRunner runner;
  private final TokenRefresher refresher;
  private final RateLimits rateLimits;

  public ActionExecutor(ExpressionEngine expressions, HttpTransport transport) {
    this(expressions, transport, ExecutorSettings.DEFAULTS);
  }

  public ActionExecutor(ExpressionEngine expressions, HttpTransport transport, int maxPages) {
    this(expressions, transport, ExecutorSettings.DEFAULTS.toBuilder().maxPages(maxPages).build());
  }

  public ActionExecutor(
      ExpressionEngine expressions, HttpTransport transport, ExecutorSettings settings) {
    this(expressions, transport, settings, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * @param clock times the budget, token expiry, rate limits and step logs
   * @param sleeper waits before retries and for rate limits
   */
  public ActionExecutor(
      ExpressionEngine expressions,
      HttpTransport transport,
      ExecutorSettings settings,
      Clock clock,
      Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
    this.rateLimits = new RateLimits(clock);
    ParameterEvaluator evaluator = new ParameterEvaluator(expressions);
    RequestBuilder builder = new RequestBuilder(expressions);
    RetryPolicy retries =
        new RetryPolicy(
            settings.maxRetryWait(),
            settings.initialBackoff(),
            settings.maxBackoff(),
            settings.maxAttempts(),
            () -> ThreadLocalRandom.current().nextDouble());
    Requester requester = new Requester(transport, new ErrorHandler(expressions), retries);
    RecordSelector selector = new RecordSelector(expressions);
    this.runner =
        new StepRunner(
            evaluator,
            Map.of(
                "request 1", new RequestStep(evaluator, builder, requester, selector),
                "paginated_request 1",
                    new Paginator(evaluator, builder, requester, selector, settings.maxPages()),
                "soap_request 1", new SoapRequestStep(evaluator, builder, requester, selector),
                "static_values 1", new StaticValuesStep(evaluator),
                "group_data 1", new GroupDataStep(),
                "map_fields 2", new ShapingStep(new MapFieldsStep(expressions)),
                "typecast 2", new ShapingStep(new TypecastStep(expressions))));
    this.refresher = new TokenRefresher(runner);
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
    InputBinder.offerCursor(action, request.cursor(), boundInputs);
    JsonNode credentials = request.credentials().current();
    Redactor redactor = new Redactor(credentials, auth);
    ObjectNode block =
        block(boundInputs, credentials, auth, request.environment(), request.apiHostUri());
    Execution execution =
        start(connector, auth, request.credentials(), block, redactor, request.providerQuery());
    Authorization authorization = auth == null ? null : auth.authorization();
    try {
      execution.auth().refreshIfExpired(execution);
      StepRunner.Outcome outcome =
          runner.run(
              connector,
              authorization,
              action,
              block,
              execution,
              redactor,
              InputBinder.cursor(request.cursor(), boundInputs));
      return new ActionResult(
          outcome.envelope(), outcome.steps(), execution.logs().finish(redactor));
    } catch (ActionExecutionException failed) {
      failed.attachStepLogs(execution.logs().finish(redactor));
      throw failed;
    }
  }

  /**
   * Runs the auth config's {@code refreshAuthentication} action now, whatever the token's expiry:
   * for a {@code schedule} ({@link dev.patchbay.engine.runtime.auth.RefreshSchedule}) or right
   * after connecting a {@code client_credentials} account. The merged credentials go through {@code
   * credentials.refresh}. The time budget and rate limit apply as to an action.
   *
   * @throws ActionExecutionException 400 when the auth config is unknown or has no refresh action,
   *     401 when the refresh fails
   */
  public CredentialsRefresh refreshCredentials(
      ConnectorDefinition connector,
      String authConfigKey,
      String environment,
      CredentialsPort credentials,
      String apiHostUri) {
    AuthenticationOption auth = authentication(connector, authConfigKey);
    if (!TokenRefresher.hasRefreshAction(auth)) {
      throw new ActionExecutionException(
          400,
          null,
          "Auth config "
              + (auth == null ? "(none)" : "'" + auth.configKey() + "'")
              + " of "
              + connector.key()
              + " has no refreshAuthentication action");
    }
    JsonNode current = credentials.current();
    Redactor redactor = new Redactor(current, auth);
    ObjectNode block =
        block(
            JsonNodeFactory.instance.objectNode(),
            current,
            auth,
            environment == null ? "production" : environment,
            apiHostUri);
    Execution execution = start(connector, auth, credentials, block, redactor, Map.of());
    try {
      execution.auth().refreshNow(execution);
      return new CredentialsRefresh(
          clock.instant(),
          TokenExpiry.expiresAt(execution.auth().credentials()).orElse(null),
          execution.logs().finish(redactor));
    } catch (ActionExecutionException failed) {
      failed.attachStepLogs(execution.logs().finish(redactor));
      throw failed;
    }
  }

  private Execution start(
      ConnectorDefinition connector,
      AuthenticationOption auth,
      CredentialsPort port,
      ObjectNode block,
      Redactor redactor,
      Map<String, String> providerQuery) {
    AuthSession session = new AuthSession(refresher, connector, auth, port, block, redactor);
    var rateLimit = connector.rateLimit();
    return new Execution(
        Execution.Flow.ACTION,
        settings,
        clock,
        TimeBudget.start(clock, sleeper, settings.actionBudget()),
        rateLimits.forConnector(
            port.accountId()
                .map(account -> connector.key() + "|" + account)
                .orElse(connector.key()),
            rateLimit == null ? null : rateLimit.mainRatelimit()),
        new StepLogRecorder(clock, settings.logBodyLimit()),
        session,
        providerQuery);
  }

  static ObjectNode block(
      ObjectNode boundInputs,
      JsonNode credentials,
      AuthenticationOption auth,
      String environment,
      String apiHostUri) {
    ObjectNode block = JsonNodeFactory.instance.objectNode();
    block.set("inputs", boundInputs);
    block.set("credentials", credentials);
    ObjectNode context = block.putObject("context");
    if (auth != null) {
      context.put("authenticationType", auth.configKey());
    }
    context.put("environment", environment);
    if (apiHostUri != null) {
      block.put("apiHostUri", apiHostUri);
    }
    block.putObject("steps");
    return block;
  }

  static AuthenticationOption authentication(ConnectorDefinition connector, String configKey) {
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
}
