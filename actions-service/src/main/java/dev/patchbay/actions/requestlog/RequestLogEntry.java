package dev.patchbay.actions.requestlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.engine.runtime.log.StepLog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One API request being logged, filled in as it runs; {@link #toData} gives the {@code data} of its
 * {@code request.logged} event (schema: docs/events.md), with secrets masked and bodies cut.
 */
public final class RequestLogEntry {
  public static final String SERVICE = "actions";
  public static final String SOURCE_TYPE = "API";
  public static final String SOURCE_TYPE_MCP = "MCP";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One step log of the engine: a provider request (each page and retry its own), a refresh step or
   * a data step. {@code request} and {@code response} are null for steps without a provider call;
   * the engine has masked their secrets and cut their bodies.
   */
  public record Step(
      String stepId,
      String function,
      String version,
      boolean success,
      Integer status,
      Long durationMs,
      String message,
      String kind,
      StepLog.ProviderRequest request,
      StepLog.ProviderResponse response) {}

  private final String requestId;
  private final String projectId;
  private final Instant start = Timestamps.now();
  private final long startNanos = System.nanoTime();
  private final String method;
  private final String path;
  private final String url;
  private final String sourceIp;
  private final String sourceId;
  private final Map<String, List<String>> headers;
  private final Map<String, List<String>> queryParams;
  private final JsonNode requestBody;
  private String accountId;
  private String provider;
  private String resource;
  private String action;
  private int status;
  private JsonNode responseBody;
  private JsonNode providerErrors;
  private final List<Step> steps = new ArrayList<>();
  private SecretMask mask = SecretMask.none();
  private String sourceType = SOURCE_TYPE;

  public RequestLogEntry(
      String requestId,
      String projectId,
      String method,
      String path,
      String url,
      String sourceIp,
      String sourceId,
      Map<String, List<String>> headers,
      Map<String, List<String>> queryParams,
      JsonNode requestBody) {
    this.requestId = requestId;
    this.projectId = projectId;
    this.method = method;
    this.path = path;
    this.url = url;
    this.sourceIp = sourceIp;
    this.sourceId = sourceId;
    this.headers = headers;
    this.queryParams = queryParams;
    this.requestBody = requestBody;
  }

  public String requestId() {
    return requestId;
  }

  public String projectId() {
    return projectId;
  }

  public void account(String accountId, String provider, JsonNode credentials) {
    this.accountId = accountId;
    this.provider = provider;
    this.mask = SecretMask.of(credentials);
  }

  /** What ran: the resource (the action's unified schema, if any) and the action id. */
  public void action(String resource, String action) {
    this.resource = resource;
    this.action = action;
  }

  /** Where the request came from: {@link #SOURCE_TYPE} (the API, by default) or MCP. */
  public void sourceType(String sourceType) {
    this.sourceType = sourceType;
  }

  public void step(Step step) {
    steps.add(step);
  }

  /** The steps logged so far. */
  public List<Step> steps() {
    return List.copyOf(steps);
  }

  public void finish(int status, JsonNode responseBody, JsonNode providerErrors) {
    this.status = status;
    this.responseBody = responseBody;
    this.providerErrors = providerErrors;
  }

  public ObjectNode toData(int maxBodyBytes) {
    Instant end = Timestamps.now();
    long duration = (System.nanoTime() - startNanos) / 1_000_000;
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("request_id", requestId);
    data.put("project_id", projectId);
    data.put("account_id", accountId);
    data.put("provider", provider);
    data.put("service", SERVICE);
    data.put("resource", resource);
    data.put("action", action);
    data.put("http_method", method);
    data.put("path", path);
    data.put("url", url);
    data.put("status", status);
    data.put("success", status >= 200 && status < 300);
    data.put("event_datetime", Timestamps.format(end));
    data.put("start_time", Timestamps.format(start));
    data.put("end_time", Timestamps.format(end));
    data.put("duration", duration);
    data.put("is_worker", false);
    data.put("source_type", sourceType);
    data.put("source_id", sourceId);
    data.put("source_ip", sourceIp);

    ObjectNode request = data.putObject("request");
    request.put("id", requestId);
    request.put("method", method);
    request.set("headers", headers(headers));
    ObjectNode requestUrl = request.putObject("url");
    requestUrl.put("url", url);
    requestUrl.put("path", path);
    requestUrl.set("query_params", JSON.valueToTree(queryParams));
    // masked before cutting, so a cut never leaves part of a secret behind
    body(request, mask.mask(requestBody), maxBodyBytes);

    ObjectNode response = data.putObject("response");
    response.put("status_code", status);
    body(response, mask.mask(responseBody), maxBodyBytes);
    if (providerErrors != null) {
      response.set("provider_errors", providerErrors);
    }

    ArrayNode stepRequests = data.putArray("step_requests");
    for (Step step : steps) {
      ObjectNode s = stepRequests.addObject();
      s.put("id", requestId + ":" + stepRequests.size());
      s.put("request_id", requestId);
      s.put("step_id", step.stepId());
      s.put("function", step.function());
      s.put("version", step.version());
      s.put("success", step.success());
      if (step.status() == null) {
        s.putNull("status");
      } else {
        s.put("status", step.status());
      }
      if (step.durationMs() == null) {
        s.putNull("duration");
      } else {
        s.put("duration", step.durationMs());
      }
      if (step.message() != null) {
        s.put("message", step.message());
      }
      s.put("kind", step.kind());
      if (step.request() != null) {
        s.set("provider_request", JSON.valueToTree(step.request()));
      }
      if (step.response() != null) {
        s.set("provider_response", JSON.valueToTree(step.response()));
      }
    }
    return (ObjectNode) mask.mask(data);
  }

  private static ObjectNode headers(Map<String, List<String>> headers) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    headers.forEach(
        (name, values) -> {
          String key = name.toLowerCase(java.util.Locale.ROOT);
          String value =
              SecretMask.isSecretHeader(key) ? SecretMask.MASK : String.join(", ", values);
          out.put(key, value);
        });
    return out;
  }

  /** The body as JSON when it fits, else its first bytes as text and {@code body_truncated}. */
  private static void body(ObjectNode into, JsonNode body, int maxBytes) {
    if (body == null || body.isMissingNode()) {
      into.putNull("body");
      into.put("body_truncated", false);
      return;
    }
    String text;
    try {
      text = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      into.putNull("body");
      into.put("body_truncated", false);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= maxBytes) {
      into.set("body", body);
      into.put("body_truncated", false);
    } else {
      into.put("body", new String(bytes, 0, maxBytes, StandardCharsets.UTF_8));
      into.put("body_truncated", true);
    }
  }
}
