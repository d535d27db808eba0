package dev.patchbay.engine.runtime;

import java.time.Duration;

/**
 * The limits an {@link ActionExecutor} applies. Start from {@link #DEFAULTS} and change what you
 * need through {@link #toBuilder()}.
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
 * @param maxRateLimitWait the longest an execution waits for a permit of the connector's {@code
 *     rateLimit}; a longer queue fails the step with 429 and a {@code Retry-After}, so a burst
 *     above the limit cannot hold the caller's threads for the whole budget
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
    Duration maxRateLimitWait,
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
          Duration.ofSeconds(2),
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
    notNegative(maxRateLimitWait, "maxRateLimitWait");
    notNegative(refreshSkew, "refreshSkew");
  }

  private static void positive(Duration duration, String name) {
    notNegative(duration, name);
    if (duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  private static void notNegative(Duration duration, String name) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes some settings of an existing {@link ExecutorSettings}; validated by {@link #build}. */
  public static final class Builder {
    private int maxPages;
    private Duration actionBudget;
    private Duration requestTimeout;
    private long maxResponseBytes;
    private Duration maxRetryWait;
    private Duration initialBackoff;
    private Duration maxBackoff;
    private int maxAttempts;
    private Duration maxRateLimitWait;
    private Duration refreshSkew;
    private int logBodyLimit;

    private Builder(ExecutorSettings from) {
      maxPages = from.maxPages;
      actionBudget = from.actionBudget;
      requestTimeout = from.requestTimeout;
      maxResponseBytes = from.maxResponseBytes;
      maxRetryWait = from.maxRetryWait;
      initialBackoff = from.initialBackoff;
      maxBackoff = from.maxBackoff;
      maxAttempts = from.maxAttempts;
      maxRateLimitWait = from.maxRateLimitWait;
      refreshSkew = from.refreshSkew;
      logBodyLimit = from.logBodyLimit;
    }

    public Builder maxPages(int value) {
      maxPages = value;
      return this;
    }

    public Builder actionBudget(Duration value) {
      actionBudget = value;
      return this;
    }

    public Builder requestTimeout(Duration value) {
      requestTimeout = value;
      return this;
    }

    public Builder maxResponseBytes(long value) {
      maxResponseBytes = value;
      return this;
    }

    public Builder retryWaits(Duration maxWait, Duration initial, Duration max) {
      maxRetryWait = maxWait;
      initialBackoff = initial;
      maxBackoff = max;
      return this;
    }

    public Builder maxAttempts(int value) {
      maxAttempts = value;
      return this;
    }

    public Builder maxRateLimitWait(Duration value) {
      maxRateLimitWait = value;
      return this;
    }

    public Builder refreshSkew(Duration value) {
      refreshSkew = value;
      return this;
    }

    public Builder logBodyLimit(int value) {
      logBodyLimit = value;
      return this;
    }

    public ExecutorSettings build() {
      return new ExecutorSettings(
          maxPages,
          actionBudget,
          requestTimeout,
          maxResponseBytes,
          maxRetryWait,
          initialBackoff,
          maxBackoff,
          maxAttempts,
          maxRateLimitWait,
          refreshSkew,
          logBodyLimit);
    }
  }
}
