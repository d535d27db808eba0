package dev.patchbay.engine.runtime;

import java.time.Duration;

/**
 * The limits an {@link ActionExecutor} applies. Start from {@link #DEFAULTS} and change what you
 * need with the {@code with…} methods.
 *
 * @param maxPages page cap of one {@code paginated_request} step
 * @param actionBudget total time of one action execution, credentials refresh, rate-limit waits and
 *     retries included; when retries or waits would go past it the action fails with 408
 * @param requestTimeout time allowed for one provider request (cut to what is left of the budget)
 * @param maxResponseBytes largest provider response body read; a larger one fails the step with 502
 *     without being read further
 * @param maxRetryWait the longest single wait before a retry, whatever {@code Retry-After} says
 * @param initialBackoff the first backoff wait when the provider sent no {@code Retry-After}
 * @param maxBackoff the longest backoff wait
 * @param maxAttempts requests sent at most for one provider call, retries included
 * @param refreshSkew credentials expiring within this are refreshed before the action runs
 * @param logBodyLimit characters of a request or response body kept in a step log
 */
public record ExecutorSettings(
    int maxPages,
    Duration actionBudget,
    Duration requestTimeout,
    long maxResponseBytes,
    Duration maxRetryWait,
    Duration initialBackoff,
    Duration maxBackoff,
    int maxAttempts,
    Duration refreshSkew,
    int logBodyLimit) {

  public static final ExecutorSettings DEFAULTS =
      new ExecutorSettings(
          50,
          Duration.ofSeconds(60),
          Duration.ofSeconds(30),
          10L * 1024 * 1024,
          Duration.ofSeconds(30),
          Duration.ofMillis(500),
          Duration.ofSeconds(8),
          8,
          Duration.ofSeconds(60),
          4096);

  public ExecutorSettings {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (maxResponseBytes < 1 || logBodyLimit < 0) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be positive and logBodyLimit not negative");
    }
    positive(actionBudget, "actionBudget");
    positive(requestTimeout, "requestTimeout");
    positive(maxRetryWait, "maxRetryWait");
    positive(initialBackoff, "initialBackoff");
    positive(maxBackoff, "maxBackoff");
    if (refreshSkew == null || refreshSkew.isNegative()) {
      throw new IllegalArgumentException("refreshSkew must not be negative");
    }
  }

  private static void positive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  public ExecutorSettings withMaxPages(int value) {
    return new ExecutorSettings(
        value,
        actionBudget,
        requestTimeout,
        maxResponseBytes,
        maxRetryWait,
        initialBackoff,
        maxBackoff,
        maxAttempts,
        refreshSkew,
        logBodyLimit);
  }

  public ExecutorSettings withActionBudget(Duration value) {
    return new ExecutorSettings(
        maxPages,
        value,
        requestTimeout,
        maxResponseBytes,
        maxRetryWait,
        initialBackoff,
        maxBackoff,
        maxAttempts,
        refreshSkew,
        logBodyLimit);
  }

  public ExecutorSettings withRequestTimeout(Duration value) {
    return new ExecutorSettings(
        maxPages,
        actionBudget,
        value,
        maxResponseBytes,
        maxRetryWait,
        initialBackoff,
        maxBackoff,
        maxAttempts,
        refreshSkew,
        logBodyLimit);
  }

  public ExecutorSettings withMaxResponseBytes(long value) {
    return new ExecutorSettings(
        maxPages,
        actionBudget,
        requestTimeout,
        value,
        maxRetryWait,
        initialBackoff,
        maxBackoff,
        maxAttempts,
        refreshSkew,
        logBodyLimit);
  }

  public ExecutorSettings withRetryWaits(
      Duration maxRetryWait, Duration initialBackoff, Duration maxBackoff) {
    return new ExecutorSettings(
        maxPages,
        actionBudget,
        requestTimeout,
        maxResponseBytes,
        maxRetryWait,
        initialBackoff,
        maxBackoff,
        maxAttempts,
        refreshSkew,
        logBodyLimit);
  }

  public ExecutorSettings withMaxAttempts(int value) {
    return new ExecutorSettings(
        maxPages,
        actionBudget,
        requestTimeout,
        maxResponseBytes,
        maxRetryWait,
        initialBackoff,
        maxBackoff,
        value,
        refreshSkew,
        logBodyLimit);
  }

  public ExecutorSettings withRefreshSkew(Duration value) {
    return new ExecutorSettings(
        maxPages,
        actionBudget,
        requestTimeout,
        maxResponseBytes,
        maxRetryWait,
        initialBackoff,
        maxBackoff,
        maxAttempts,
        value,
        logBodyLimit);
  }

  public ExecutorSettings withLogBodyLimit(int value) {
    return new ExecutorSettings(
        maxPages,
        actionBudget,
        requestTimeout,
        maxResponseBytes,
        maxRetryWait,
        initialBackoff,
        maxBackoff,
        maxAttempts,
        refreshSkew,
        value);
  }
}
