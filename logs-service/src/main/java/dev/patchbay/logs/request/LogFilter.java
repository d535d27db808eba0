package dev.patchbay.logs.request;

import dev.patchbay.logs.paging.LogParams;
import java.time.Instant;
import java.util.List;

/**
 * The filters of §5 over one project's request or step logs; empty lists and nulls mean "any".
 * {@code notBefore} is the project's retention horizon. On step logs, {@code httpMethods}, {@code
 * statusCodes} and {@code success} are the step's own (its provider request); the others are its
 * request's.
 */
public record LogFilter(
    String projectId,
    Instant notBefore,
    List<String> accountIds,
    List<String> providers,
    List<String> services,
    List<String> resources,
    List<String> subResources,
    List<String> childResources,
    List<String> actions,
    List<String> httpMethods,
    List<Integer> statusCodes,
    List<String> requestIds,
    List<String> sourceIds,
    List<String> sourceTypes,
    List<String> sourceValues,
    Instant startDate,
    Instant endDate,
    Boolean success) {

  static LogFilter of(LogParams params, String projectId, Instant notBefore) {
    return new LogFilter(
        projectId,
        notBefore,
        params.list("account_ids"),
        params.list("providers"),
        params.list("services"),
        params.list("resources"),
        params.list("sub_resources"),
        params.list("child_resources"),
        params.list("actions"),
        params.upperList("http_methods"),
        params.intList("status_codes"),
        params.list("request_ids"),
        params.list("source_ids"),
        params.upperList("source_types"),
        params.list("source_values"),
        params.date("start_date"),
        params.date("end_date"),
        params.bool("success"));
  }

  /** This filter for one request's steps. */
  LogFilter ofRequest(String requestId) {
    return new LogFilter(
        projectId,
        notBefore,
        accountIds,
        providers,
        services,
        resources,
        subResources,
        childResources,
        actions,
        httpMethods,
        statusCodes,
        List.of(requestId),
        sourceIds,
        sourceTypes,
        sourceValues,
        startDate,
        endDate,
        success);
  }
}
