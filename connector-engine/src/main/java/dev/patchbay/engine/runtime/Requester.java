package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.runtime.resilience.RetryAfter;
import dev.patchbay.engine.runtime.resilience.RetryPolicy;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a request built from an {@link HttpCall} and reads the answer, within the execution's time
 * budget:
 *
 * <ol>
 *   <li>waits for the connector's rate limit, then sends with the request timeout (cut to what is
 *       left of the budget) and the response-size cap;
 *   <li>a 401 when the auth config has a refresh action: refreshes the credentials once per
 *       execution, rebuilds the request with them and sends it again;
 *   <li>applies {@code customErrors} ({@link ErrorHandler});
 *   <li>a 429 or 5xx to an idempotent request ({@link RetryPolicy}) is retried after {@code
 *       Retry-After} or a backoff; a wait that would not fit the budget ends the action with 408;
 *   <li>any other non-2xx status throws {@link ProviderErrorException}; a mapped 2xx is a success.
 * </ol>
 *
 * Every request sent is logged in the execution's step log.
 */
final class Requester {
  private final HttpTransport transport;
  private final ErrorHandler errors;
  private final RetryPolicy retries;

  Requester(HttpTransport transport, ErrorHandler errors, RetryPolicy retries) {
    this.transport = transport;
    this.errors = errors;
    this.retries = retries;
  }

  /**
   * A successful exchange. {@code status} is the reported status (mapped by {@code customErrors}),
   * {@code raw} the transport response {@code {data, status, headers, requestUrl, method, body}}.
   */
  record Exchange(int status, JsonNode data, ObjectNode raw, String message) {}

  /** One request on the wire and its answer. */
  private record Sent(
      RequestBuilder.Built built,
      HttpTransport.Request request,
      HttpTransport.Response response,
      Instant startedAt,
      int attempt) {}

  /**
   * @param initial the request to send
   * @param rebuild builds the request again from the current credentials (after a refresh)
   */
  Exchange send(
      RequestBuilder.Built initial,
      Supplier<RequestBuilder.Built> rebuild,
      JsonNode customErrors,
      StepScope scope) {
    return send(initial, rebuild, customErrors, scope, ResponseReader.BY_CONTENT_TYPE);
  }

  /** {@link #send} with the step's own reading of the response ({@code soap_request}). */
  Exchange send(
      RequestBuilder.Built initial,
      Supplier<RequestBuilder.Built> rebuild,
      JsonNode customErrors,
      StepScope scope,
      ResponseReader reader) {
    Execution execution = scope.execution();
    RequestBuilder.Built built = initial;
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      Sent sent = sendOnce(built, scope, attempt);
      HttpTransport.Response response = sent.response();
      if (response.status() == 401 && !refreshed && execution.auth().canRefresh()) {
        log(scope, sent, 401, false, "401: refreshing the credentials and sending again");
        execution.auth().refreshAfterUnauthorized(execution);
        refreshed = true;
        built = rebuild.get();
        continue;
      }
      HttpCall call = built.call();
      ResponseReader.Read read = reader.read(response);
      JsonNode data = read.data();
      ObjectNode raw = ProviderResponses.raw(call, sent.request(), response, data);
      var mapping = errors.map(customErrors, raw, scope.credentials());
      int status = mapping.map(ErrorHandler.Mapping::status).orElse(read.status());
      String message = mapping.map(ErrorHandler.Mapping::message).orElse(null);
      boolean success = ErrorHandler.isSuccess(status);
      if (!success && retries.retries(call.method(), response.status(), attempt)) {
        Duration wait = retries.delay(attempt, retryAfter(response, execution));
        if (!execution.budget().allows(wait)) {
          String why =
              call.method()
                  + " "
                  + call.url()
                  + (response.status() == 429
                      ? " kept rate limiting (429)"
                      : " kept failing (" + response.status() + ")")
                  + " after "
                  + attempt
                  + (attempt == 1 ? " attempt" : " attempts");
          log(scope, sent, status, false, why + "; no time left to retry");
          throw execution.budgetExhausted(scope, why);
        }
        log(
            scope,
            sent,
            status,
            false,
            response.status() + ": retrying in " + Execution.seconds(wait));
        execution.sleep(wait, scope);
        continue;
      }
      if (!success) {
        String detail = message != null ? message : read.detail();
        ProviderErrorException error = providerError(scope, sent, status, detail, data);
        log(scope, sent, status, false, error.getMessage());
        throw error;
      }
      log(scope, sent, status, true, message);
      return new Exchange(status, data, raw, message);
    }
  }

  private Sent sendOnce(RequestBuilder.Built built, StepScope scope, int attempt) {
    HttpCall call = built.call();
    Redactor redactor = scope.redactor();
    built.auth().headers().values().forEach(redactor::add);
    built.auth().query().values().forEach(redactor::add);
    HttpTransport.Request request;
    try {
      request = call.toRequest();
    } catch (UnsupportedOperationException | IllegalArgumentException unsupported) {
      throw new ActionExecutionException(
          500, scope.stepId(), redactor.redact(scope.stepId() + ": " + unsupported.getMessage()));
    }
    Execution execution = scope.execution();
    ExecutorSettings settings = execution.settings();
    execution.awaitRateLimit(scope);
    Duration remaining = execution.budget().remaining();
    if (remaining.isZero()) {
      throw execution.budgetExhausted(scope, "no time left to send " + describe(call));
    }
    Duration timeout =
        remaining.compareTo(settings.requestTimeout()) < 0 ? remaining : settings.requestTimeout();
    request =
        new HttpTransport.Request(
            request.method(),
            request.uri(),
            request.headers(),
            request.body(),
            timeout,
            settings.maxResponseBytes());
    Instant startedAt = execution.logs().now();
    try {
      HttpTransport.Response response = transport.send(request);
      if (response.body() != null && response.body().length() > settings.maxResponseBytes()) {
        throw new ResponseTooLargeException(settings.maxResponseBytes());
      }
      return new Sent(built, request, response, startedAt, attempt);
    } catch (IOException failure) {
      ActionExecutionException error = unreachable(scope, call, timeout, failure);
      execution
          .logs()
          .exchange(
              scope,
              startedAt,
              request,
              built.auth().headers().keySet(),
              built.auth().query().keySet(),
              attempt,
              null,
              error.statusCode(),
              false,
              error.getMessage());
      throw error;
    }
  }

  /** 502 (unreachable, or a body over the cap), 504 (timed out) or 408 (budget spent). */
  private static ActionExecutionException unreachable(
      StepScope scope, HttpCall call, Duration timeout, IOException failure) {
    Execution execution = scope.execution();
    if (failure instanceof ResponseTooLargeException tooLarge) {
      return new ActionExecutionException(
          502,
          scope.stepId(),
          scope.stepId()
              + ": "
              + describe(call)
              + " answered with a body larger than the "
              + tooLarge.limit()
              + "-byte limit",
          failure);
    }
    if (failure instanceof HttpTimeoutException) {
      if (execution.budget().isExhausted()) {
        return execution.budgetExhausted(scope, describe(call) + " did not answer in time");
      }
      return new ActionExecutionException(
          504,
          scope.stepId(),
          scope.stepId()
              + ": "
              + describe(call)
              + " did not answer within "
              + Execution.seconds(timeout),
          failure);
    }
    return new ActionExecutionException(
        502,
        scope.stepId(),
        scope
            .redactor()
            .redact(
                scope.stepId() + ": " + describe(call) + " failed: " + describeFailure(failure)),
        failure);
  }

  private static ProviderErrorException providerError(
      StepScope scope, Sent sent, int status, String message, JsonNode data) {
    HttpCall call = sent.built().call();
    int providerStatus = sent.response().status();
    String detail = message != null ? message : ProviderResponses.excerpt(sent.response().body());
    Redactor redactor = scope.redactor();
    return new ProviderErrorException(
        status,
        providerStatus,
        scope.stepId(),
        redactor.redact(
            scope.stepId()
                + ": "
                + describe(call)
                + " returned "
                + providerStatus
                + (status != providerStatus ? " (mapped to " + status + ")" : "")
                + (detail.isEmpty() ? "" : ": " + detail)),
        redactor.redact(data),
        retryAfter(sent.response(), scope.execution()).orElse(null));
  }

  private static Optional<Duration> retryAfter(
      HttpTransport.Response response, Execution execution) {
    return response
        .header("retry-after")
        .flatMap(value -> RetryAfter.parse(value, execution.clock().instant()));
  }

  private static void log(StepScope scope, Sent sent, int status, boolean success, String message) {
    scope
        .execution()
        .logs()
        .exchange(
            scope,
            sent.startedAt(),
            sent.request(),
            sent.built().auth().headers().keySet(),
            sent.built().auth().query().keySet(),
            sent.attempt(),
            sent.response(),
            status,
            success,
            message);
  }

  private static String describe(HttpCall call) {
    return call.method() + " " + call.url();
  }

  /**
   * The first message along the failure's causes or, when none has one, their types: the JDK client
   * throws message-less {@code ConnectException}s for a host that does not resolve.
   */
  static String describeFailure(Throwable failure) {
    List<String> types = new ArrayList<>();
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 10; depth++) {
      String message = current.getMessage();
      if (message != null && !message.isBlank()) {
        return message;
      }
      String type = current.getClass().getSimpleName();
      if (!types.contains(type)) {
        types.add(type);
      }
      current = current.getCause();
    }
    return String.join(": ", types);
  }
}
