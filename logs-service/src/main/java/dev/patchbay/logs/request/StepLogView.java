package dev.patchbay.logs.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The contract's StepLog: one step of the connector engine in a request, with its request's
 * account, provider and action; {@code http_method}, {@code url}, {@code status}, {@code success}
 * and {@code duration} are the step's own; {@code request} and {@code response} are its exchange
 * with the provider (the event's {@code provider_request} and {@code provider_response}), when it
 * made one.
 */
public record StepLogView(
    String id,
    String requestId,
    String projectId,
    String accountId,
    Instant eventDatetime,
    String provider,
    String service,
    String resource,
    String subResource,
    String childResource,
    String action,
    String stepId,
    String function,
    String version,
    String kind,
    String httpMethod,
    String url,
    Integer status,
    Boolean success,
    Long duration,
    @JsonInclude(JsonInclude.Include.NON_NULL) String message,
    @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode request,
    @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode response) {}
