package dev.patchbay.logs.request;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.Topics;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.testing.TopicProbe;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** request.logged events as the services produce them (docs/events.md), for the tests. */
public final class LogEvents {
  private LogEvents() {}

  public static RequestSpecification as(String key) {
    return given().auth().preemptive().basic(key, "");
  }

  /** A log's data with its required fields; the caller sets the rest. */
  public static ObjectNode log(String projectId, Instant time) {
    String id = Ids.newId("req");
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("request_id", id);
    data.put("project_id", projectId);
    data.put("service", "actions");
    data.put("http_method", "POST");
    data.put("path", "/actions/rpc");
    data.put("url", "http://localhost/actions/rpc");
    data.put("status", 200);
    data.put("success", true);
    data.put("event_datetime", Timestamps.format(time));
    data.put("start_time", Timestamps.format(time.minusMillis(20)));
    data.put("end_time", Timestamps.format(time));
    data.put("duration", 20);
    data.put("is_worker", false);
    data.put("source_type", "API");
    data.put("source_id", "key_1");
    data.put("source_ip", "127.0.0.1");
    ObjectNode request = data.putObject("request");
    request.put("id", id);
    request.put("method", "POST");
    request.putObject("headers").put("authorization", "[REDACTED]");
    request.putObject("body").put("action", "bamboohr_list_employees");
    data.putObject("response").put("status_code", 200).putObject("body").putNull("next");
    data.putArray("step_requests");
    return data;
  }

  /** Adds a provider-request step to {@code log}. */
  public static ObjectNode step(ObjectNode log, String stepId, String method, int status) {
    ObjectNode step = log.withArray("step_requests").addObject();
    int n = log.withArray("step_requests").size();
    step.put("id", log.path("request_id").asText() + ":" + n);
    step.put("request_id", log.path("request_id").asText());
    step.put("step_id", stepId);
    step.put("function", "request");
    step.put("version", "1");
    step.put("kind", "request");
    step.put("success", status < 400);
    step.put("status", status);
    step.put("duration", 7);
    step.putObject("provider_request").put("method", method).put("url", "https://p.test/x");
    step.putObject("provider_response").put("status", status);
    return step;
  }

  public static CloudEvent event(ObjectNode data) {
    return new CloudEvent(
        "1.0",
        Ids.newId("evt"),
        "/patchbay/" + data.path("service").asText() + "-service",
        "request.logged",
        data.path("request_id").asText(),
        Instant.now(),
        "application/json",
        data.path("project_id").asText(),
        data);
  }

  public static void publish(ObjectNode... logs) {
    for (ObjectNode log : logs) {
      CloudEvent event = event(log);
      TopicProbe.send(Topics.REQUEST_LOGS, event.subject(), EventJson.write(event));
    }
  }

  /** Waits (20 s at most) until the project sees all of {@code requestIds}. */
  public static void awaitStored(String key, List<String> requestIds) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                as(key)
                    .queryParam("request_ids", String.join(",", requestIds))
                    .queryParam("page_size", 100)
                    .get("/logs")
                    .then()
                    .statusCode(200)
                    .body("data", hasSize(requestIds.size())));
  }

  public static String id(ObjectNode log) {
    return log.path("request_id").asText();
  }
}
