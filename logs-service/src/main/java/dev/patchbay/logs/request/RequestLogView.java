package dev.patchbay.logs.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The contract's UnifiedLogs: in a listing without {@code request} and {@code response}
 * (UnifiedLogsPartial), and with {@code step_requests} only when asked for ({@code
 * include=step_logs}).
 */
public record RequestLogView(
    String requestId,
    String projectId,
    String accountId,
    Instant eventDatetime,
    Instant startTime,
    Instant endTime,
    Long duration,
    String httpMethod,
    String path,
    String url,
    Integer status,
    Boolean success,
    String provider,
    String service,
    String resource,
    String subResource,
    String childResource,
    String action,
    Boolean isWorker,
    String sourceType,
    String sourceValue,
    String sourceId,
    String sourceIp,
    @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode request,
    @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode response,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<StepLogView> stepRequests) {

  RequestLogView withSteps(List<StepLogView> steps) {
    return new RequestLogView(
        requestId,
        projectId,
        accountId,
        eventDatetime,
        startTime,
        endTime,
        duration,
        httpMethod,
        path,
        url,
        status,
        success,
        provider,
        service,
        resource,
        subResource,
        childResource,
        action,
        isWorker,
        sourceType,
        sourceValue,
        sourceId,
        sourceIp,
        request,
        response,
        steps);
  }
}
