package dev.patchbay.engine.runtime.log;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one step execution did, for operators: one per non-HTTP step, one per provider request of an
 * HTTP step (each page and each retry of a request is its own entry), and one per step of a
 * credentials refresh ({@link Kind#AUTH}). Secrets are already masked: credential values, auth
 * headers, auth query values and fields marked {@code secret} never appear; bodies are cut at the
 * executor's log body limit.
 *
 * @param stepId the step, as written in the connector
 * @param functionName the step function ({@code request}, {@code paginated_request}, {@code
 *     map_fields}, …)
 * @param startedAt when the step (or this request) started, by the executor's clock
 * @param durationMs how long it took
 * @param success false when the step failed or this request's answer was an error (even one that
 *     was then retried)
 * @param statusCode the status reported for the step (after {@code customErrors}); null when the
 *     step has none
 * @param request the provider request; null for non-HTTP steps and failures before sending
 * @param response the provider response; null when none was received
 * @param mappingErrors the errors {@code map_fields} collected (they do not fail the step)
 * @param message what went wrong, or why a request is retried; null on plain success
 */
public record StepLog(
    String stepId,
    String functionName,
    Kind kind,
    Instant startedAt,
    long durationMs,
    boolean success,
    Integer statusCode,
    ProviderRequest request,
    ProviderResponse response,
    List<MappingError> mappingErrors,
    String message) {

  public StepLog {
    mappingErrors = mappingErrors == null ? List.of() : List.copyOf(mappingErrors);
  }

  /** What the step was for. */
  public enum Kind {
    /** A step of the {@code refreshAuthentication} action. */
    AUTH,
    /** A provider request ({@code request}, {@code paginated_request}). */
    REQUEST,
    /** {@code map_fields} or {@code typecast}. */
    MAPPING,
    /** Another data step: {@code static_values}, {@code group_data}. */
    DATA
  }

  /**
   * A provider request. {@code url} has secret query values masked; {@code headers} (lower-case
   * names) have auth values masked; {@code attempt} counts from 1 and grows with each retry.
   */
  public record ProviderRequest(
      String method, String url, Map<String, String> headers, String body, int attempt) {
    public ProviderRequest {
      headers = Map.copyOf(headers);
    }
  }

  /** A provider response; several values of one header are joined with {@code ", "}. */
  public record ProviderResponse(int status, Map<String, String> headers, String body) {
    public ProviderResponse {
      headers = Map.copyOf(headers);
    }
  }

  /** One {@code map_fields} error: the message, the target field and the record id, if any. */
  public record MappingError(String message, String targetField, String id) {}
}
