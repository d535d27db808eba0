package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.runtime.log.StepLog;
import dev.patchbay.engine.runtime.log.StepLog.Kind;
import dev.patchbay.engine.runtime.log.StepLog.MappingError;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects the {@link StepLog}s of one execution (its credentials refresh included). Entries are
 * kept as recipes and rendered by {@link #finish} with the redactor as it stands at the end, so
 * that credentials a refresh returned later are masked in every entry too.
 */
final class StepLogRecorder {
  private final Clock clock;
  private final int bodyLimit;
  private final List<Entry> entries = new ArrayList<>();

  private record Entry(String stepId, boolean success, Function<LogSanitizer, StepLog> render) {}

  StepLogRecorder(Clock clock, int bodyLimit) {
    this.clock = clock;
    this.bodyLimit = bodyLimit;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * One provider exchange. {@code response} is null when none was received.
   *
   * @param secretHeaders the auth header names applied to the request
   * @param secretParams the auth query parameter names applied to the request
   */
  synchronized void exchange(
      StepScope scope,
      Instant startedAt,
      HttpTransport.Request request,
      Set<String> secretHeaders,
      Set<String> secretParams,
      int attempt,
      HttpTransport.Response response,
      Integer statusCode,
      boolean success,
      String message) {
    Kind kind = scope.execution().isRefresh() ? Kind.AUTH : Kind.REQUEST;
    long durationMs = elapsed(startedAt);
    String stepId = scope.stepId();
    String functionName = scope.functionName();
    entries.add(
        new Entry(
            stepId,
            success,
            sanitizer -> {
              String requestBody =
                  request.body() == null
                      ? null
                      : sanitizer.body(
                          new String(request.body(), StandardCharsets.UTF_8),
                          request.headers().get("content-type"));
              StepLog.ProviderRequest sent =
                  new StepLog.ProviderRequest(
                      request.method().toUpperCase(Locale.ROOT),
                      sanitizer.url(request.uri(), secretParams),
                      sanitizer.requestHeaders(request.headers(), secretHeaders),
                      requestBody,
                      attempt);
              StepLog.ProviderResponse received =
                  response == null
                      ? null
                      : new StepLog.ProviderResponse(
                          response.status(),
                          sanitizer.responseHeaders(response.headers()),
                          sanitizer.body(
                              response.body(), response.header("content-type").orElse(null)));
              return new StepLog(
                  stepId,
                  functionName,
                  kind,
                  startedAt,
                  durationMs,
                  success,
                  statusCode,
                  sent,
                  received,
                  List.of(),
                  message == null ? null : sanitizer.text(message));
            }));
  }

  /** One step that sent no request (or failed before sending). */
  synchronized void step(
      StepScope scope,
      Kind kind,
      Instant startedAt,
      boolean success,
      JsonNode mappingErrors,
      String message) {
    Kind logged = scope.execution().isRefresh() ? Kind.AUTH : kind;
    long durationMs = elapsed(startedAt);
    String stepId = scope.stepId();
    String functionName = scope.functionName();
    List<MappingError> errors = new ArrayList<>();
    if (mappingErrors != null) {
      mappingErrors.forEach(
          error ->
              errors.add(
                  new MappingError(
                      error.path("message").asText(null),
                      error.path("targetField").asText(null),
                      error.hasNonNull("id") ? error.get("id").asText() : null)));
    }
    entries.add(
        new Entry(
            stepId,
            success,
            sanitizer ->
                new StepLog(
                    stepId,
                    functionName,
                    logged,
                    startedAt,
                    durationMs,
                    success,
                    null,
                    null,
                    null,
                    errors.stream()
                        .map(
                            e ->
                                new MappingError(
                                    sanitizer.text(e.message()),
                                    e.targetField(),
                                    sanitizer.text(e.id())))
                        .toList(),
                    message == null ? null : sanitizer.text(message))));
  }

  /** Whether the latest entry is a failure of {@code stepId} (its error is already logged). */
  synchronized boolean endsWithFailureOf(String stepId) {
    if (entries.isEmpty()) {
      return false;
    }
    Entry last = entries.get(entries.size() - 1);
    return !last.success() && last.stepId().equals(stepId);
  }

  synchronized int size() {
    return entries.size();
  }

  /** The logs so far, rendered with {@code redactor}. */
  synchronized List<StepLog> finish(Redactor redactor) {
    LogSanitizer sanitizer = new LogSanitizer(redactor, bodyLimit);
    return entries.stream().map(entry -> entry.render().apply(sanitizer)).toList();
  }

  private long elapsed(Instant startedAt) {
    return Math.max(0, Duration.between(startedAt, clock.instant()).toMillis());
  }
}
