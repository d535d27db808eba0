package dev.patchbay.requestlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.patchbay.common.json.Timestamps;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One API request being logged, filled in as it runs: the request filter starts it, the resource
 * may add the account, the action and the connector's steps, and the response filter finishes it.
 * {@link #toData} gives the {@code data} of its {@code request.logged} event (schema:
 * docs/events.md), with secrets masked and bodies cut; it runs on the publisher's thread, so a
 * request pays only for copying its headers and body.
 */
public final class RequestLogEntry {

  /**
   * One step log of the connector engine: a provider request (each page and retry its own), a
   * refresh step, a mapping or a data step. {@code providerRequest} and {@code providerResponse}
   * are null for steps without a provider call; the engine has masked their secrets and cut their
   * bodies.
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
      JsonNode providerRequest,
      JsonNode providerResponse) {}

  private final String requestId;
  private final String service;
  private final SourceType sourceType;
  private final Instant start = Timestamps.now();
  private final long startNanos = System.nanoTime();
  private final String method;
  private final String path;
  private final String url;
  private final String sourceIp;
  private final Map<String, List<String>> headers;
  private final Map<String, List<String>> queryParams;
  private byte[] requestBody;
  private String projectId;
  private String sourceId;
  private String accountId;
  private String provider;
  private String resource;
  private String action;
  private final List<Step> steps = new ArrayList<>();
  private SecretMask mask = SecretMask.none();
  private int status;
  private Object responseEntity;
  private Instant end;
  private long durationMs;

  /**
   * A new entry. The request filter makes one for every HTTP request; a call that no filter sees (a
   * tool call inside an MCP session) makes its own, and finishes and publishes it itself.
   */
  public RequestLogEntry(
      String requestId,
      String service,
      SourceType sourceType,
      String method,
      String path,
      String url,
      String sourceIp,
      Map<String, List<String>> headers,
      Map<String, List<String>> queryParams) {
    this.requestId = requestId;
    this.service = service;
    this.sourceType = sourceType;
    this.method = method;
    this.path = path;
    this.url = url;
    this.sourceIp = sourceIp;
    this.headers = headers;
    this.queryParams = queryParams;
  }

  public String requestId() {
    return requestId;
  }

  /** The caller's project; null until the response filter knows who called. */
  public String projectId() {
    return projectId;
  }

  /** The linked account the request acted for; its credential values are masked in the event. */
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

  public void step(Step step) {
    steps.add(step);
  }

  /** The steps logged so far. */
  public List<Step> steps() {
    return List.copyOf(steps);
  }

  /** The request body as sent. */
  public void requestBody(byte[] body) {
    this.requestBody = body;
  }

  /** Who called: the project and the API key id. */
  public void caller(String projectId, String sourceId) {
    this.projectId = projectId;
    this.sourceId = sourceId;
  }

  /** The answer: its status and body (an object mapped to JSON, JSON text, or the error body). */
  public void finish(int status, Object responseEntity) {
    this.status = status;
    this.responseEntity = responseEntity;
    this.end = Timestamps.now();
    this.durationMs = (System.nanoTime() - startNanos) / 1_000_000;
  }

  ObjectNode toData(ObjectMapper json, int maxBodyBytes, List<Pattern> extraPatterns) {
    SecretMask masking = mask.with(extraPatterns);
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("request_id", requestId);
    data.put("project_id", projectId);
    data.put("account_id", accountId);
    data.put("provider", provider);
    data.put("service", service);
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
    data.put("duration", durationMs);
    data.put("is_worker", false);
    data.put("source_type", sourceType.name());
    data.put("source_id", sourceId);
    data.put("source_ip", sourceIp);

    ObjectNode request = data.putObject("request");
    request.put("id", requestId);
    request.put("method", method);
    request.set("headers", headers(headers));
    ObjectNode requestUrl = request.putObject("url");
    requestUrl.put("url", url);
    requestUrl.put("path", path);
    requestUrl.set("query_params", json.valueToTree(queryParams));
    // masked before cutting, so a cut never leaves part of a secret behind
    body(request, masking.mask(parse(json, requestBody)), maxBodyBytes, json);

    ObjectNode response = data.putObject("response");
    response.put("status_code", status);
    JsonNode responseBody = masking.mask(toJson(json, responseEntity));
    body(response, responseBody, maxBodyBytes, json);
    if (responseBody != null && responseBody.has("provider_errors")) {
      response.set("provider_errors", responseBody.get("provider_errors"));
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
      s.put("status", step.status());
      s.put("duration", step.durationMs());
      if (step.message() != null) {
        s.put("message", step.message());
      }
      s.put("kind", step.kind());
      if (step.providerRequest() != null) {
        s.set("provider_request", step.providerRequest());
      }
      if (step.providerResponse() != null) {
        s.set("provider_response", step.providerResponse());
      }
    }
    return (ObjectNode) masking.mask(data);
  }

  private static ObjectNode headers(Map<String, List<String>> headers) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    headers.forEach(
        (name, values) -> {
          String key = name.toLowerCase(Locale.ROOT);
          out.put(
              key, SecretMask.isSecretHeader(key) ? SecretMask.MASK : String.join(", ", values));
        });
    return out;
  }

  /**
   * A body: its JSON, or a note of its size when it is not JSON (a malformed body cannot be told
   * apart field by field, so it may hold a secret that no rule would find); null when there was
   * none.
   */
  private static JsonNode parse(ObjectMapper json, byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException notJson) {
      return TextNode.valueOf("[not JSON: " + body.length + " bytes]");
    }
  }

  /** A response entity as JSON: JSON text parsed, objects mapped. */
  private static JsonNode toJson(ObjectMapper json, Object entity) {
    if (entity == null) {
      return null;
    }
    if (entity instanceof String text) {
      return parse(json, text.getBytes(StandardCharsets.UTF_8));
    }
    if (entity instanceof byte[] bytes) {
      return parse(json, bytes);
    }
    if (entity
        instanceof StreamingOutput) { // written straight to the caller (the proxy): never held
      return json.getNodeFactory().textNode("[streamed]");
    }
    return json.valueToTree(entity);
  }

  /** The body as JSON when it fits, else its first bytes as text and {@code body_truncated}. */
  private static void body(ObjectNode into, JsonNode body, int maxBytes, ObjectMapper json) {
    into.set("body", body);
    into.put("body_truncated", false);
    if (body == null) {
      return;
    }
    byte[] bytes;
    try {
      bytes = json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      into.putNull("body");
      return;
    }
    if (bytes.length > maxBytes) {
      into.put("body", new String(bytes, 0, maxBytes, StandardCharsets.UTF_8));
      into.put("body_truncated", true);
    }
  }
}
