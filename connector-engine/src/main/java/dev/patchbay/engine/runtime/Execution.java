package dev.patchbay.engine.runtime;

import dev.patchbay.engine.runtime.resilience.TimeBudget;
import dev.patchbay.engine.runtime.resilience.TokenBucket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The state one action execution shares across its steps, and with the credentials refresh it
 * triggers: the time budget, the connector's rate limit, the step log and the auth session. A
 * refresh runs as a {@link Flow#REFRESH} view of the same execution: same budget, limit and log,
 * but it never refreshes again.
 */
final class Execution {
  enum Flow {
    ACTION,
    REFRESH
  }

  private final Flow flow;
  private final ExecutorSettings settings;
  private final Clock clock;
  private final TimeBudget budget;
  private final TokenBucket rateLimit;
  private final StepLogRecorder logs;
  private final AuthSession auth;
  private final Map<String, String> providerQuery;

  Execution(
      Flow flow,
      ExecutorSettings settings,
      Clock clock,
      TimeBudget budget,
      Optional<TokenBucket> rateLimit,
      StepLogRecorder logs,
      AuthSession auth,
      Map<String, String> providerQuery) {
    this.flow = flow;
    this.settings = settings;
    this.clock = clock;
    this.budget = budget;
    this.rateLimit = rateLimit.orElse(null);
    this.logs = logs;
    this.auth = auth;
    this.providerQuery = providerQuery;
  }

  Execution forRefresh() {
    return new Execution(
        Flow.REFRESH,
        settings,
        clock,
        budget,
        Optional.ofNullable(rateLimit),
        logs,
        AuthSession.NONE,
        Map.of());
  }

  /** The caller's query parameters for every provider request (none in a refresh). */
  Map<String, String> providerQuery() {
    return providerQuery;
  }

  boolean isRefresh() {
    return flow == Flow.REFRESH;
  }

  ExecutorSettings settings() {
    return settings;
  }

  Clock clock() {
    return clock;
  }

  TimeBudget budget() {
    return budget;
  }

  StepLogRecorder logs() {
    return logs;
  }

  AuthSession auth() {
    return auth;
  }

  /**
   * Waits for a permit of the connector's {@code rateLimit.mainRatelimit}; the wait counts against
   * the budget. A wait longer than {@code maxRateLimitWait} fails the step with 429 and the wait as
   * {@code Retry-After}; one that would not fit the budget fails it with 408. Neither reserves
   * anything.
   */
  void awaitRateLimit(StepScope scope) {
    if (rateLimit == null) {
      return;
    }
    Duration remaining = budget.remaining();
    Duration limit = settings.maxRateLimitWait();
    Optional<Duration> wait = rateLimit.reserve(remaining.compareTo(limit) < 0 ? remaining : limit);
    if (wait.isPresent()) {
      sleep(wait.get(), scope);
      return;
    }
    String why = "the connector's rate limit of " + rateLimit.permitsPerSecond() + " requests/s";
    Duration needed = rateLimit.nextPermitIn();
    if (needed.compareTo(remaining) > 0 && remaining.compareTo(limit) < 0) {
      throw budgetExhausted(scope, "waiting for " + why + " would exceed the action's time budget");
    }
    throw new ActionExecutionException(
        429,
        scope.stepId(),
        scope.stepId() + ": " + why + " is reached; retry in " + seconds(needed),
        needed);
  }

  /** Sleeps within the budget; an interrupt fails the step with 503. */
  void sleep(Duration wait, StepScope scope) {
    try {
      budget.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new ActionExecutionException(
          503, scope.stepId(), scope.stepId() + ": interrupted while waiting to retry");
    }
  }

  /** The 408 that ends an action whose time budget ran out. */
  ActionExecutionException budgetExhausted(StepScope scope, String why) {
    return new ActionExecutionException(
        408,
        scope.stepId(),
        scope
            .redactor()
            .redact(
                scope.stepId()
                    + ": gave up after the "
                    + seconds(budget.total())
                    + " time budget: "
                    + why));
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
