package dev.patchbay.logs.request;

import static dev.patchbay.logs.request.LogEvents.as;
import static dev.patchbay.logs.request.LogEvents.awaitStored;
import static dev.patchbay.logs.request.LogEvents.id;
import static dev.patchbay.logs.request.LogEvents.log;
import static dev.patchbay.logs.request.LogEvents.publish;
import static dev.patchbay.logs.request.LogEvents.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
class RequestLogApiTest {
  static final String KEY_A = AccountsKeyStub.KEY_A;
  static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  /** Three logs in a window of time no other test uses: every filter tells them apart. */
  static Instant t0;

  static ObjectNode rpc;
  static ObjectNode mcp;
  static ObjectNode accounts;

  /**
   * Once for the class, when the test HTTP port is known (it is not yet in a {@code BeforeAll}).
   */
  @BeforeEach
  void seed() {
    if (t0 != null) {
      return;
    }
    t0 =
        Instant.now()
            .truncatedTo(ChronoUnit.SECONDS)
            .minus(ThreadLocalRandom.current().nextInt(10, 40), ChronoUnit.DAYS)
            .plusMillis(ThreadLocalRandom.current().nextInt(0, 86_000_000));
    rpc = log(AccountsKeyStub.PROJECT_A, t0);
    rpc.put("account_id", "acc_one")
        .put("provider", "bamboohr")
        .put("resource", "employees")
        .put("sub_resource", "documents")
        .put("child_resource", "files")
        .put("action", "bamboohr_list_employees")
        .put("duration", 10);
    step(rpc, "fetch_employees", "GET", 200);
    step(rpc, "fetch_employees", "GET", 503);
    mcp = log(AccountsKeyStub.PROJECT_A, t0.plusSeconds(1));
    mcp.put("account_id", "acc_two")
        .put("provider", "hibob")
        .put("action", "hibob_get_employee")
        .put("status", 404)
        .put("success", false)
        .put("source_type", "MCP")
        .put("duration", 50);
    accounts = log(AccountsKeyStub.PROJECT_A, t0.plusSeconds(2));
    accounts
        .put("service", "accounts")
        .put("http_method", "GET")
        .put("path", "/accounts")
        .put("source_id", "key_2")
        .put("source_value", "dashboard")
        .put("duration", 5);
    publish(rpc, mcp, accounts);
    publish(rpc); // a redelivery is stored once
    awaitStored(KEY_A, List.of(id(rpc), id(mcp), id(accounts)));
  }

  static RequestSpecification inWindow() {
    return as(KEY_A)
        .queryParam("start_date", Timestamps.format(t0))
        .queryParam("end_date", Timestamps.format(t0.plusSeconds(2)));
  }

  static void isErrorBody(ValidatableResponse response, int status) {
    response
        .statusCode(status)
        .body("statusCode", equalTo(status))
        .body("message", notNullValue())
        .body("timestamp", matchesPattern(ISO_MILLIS));
  }

  @Test
  void refusesCallsWithoutAKnownKey() {
    for (String path :
        List.of(
            "/logs",
            "/logs/req_x",
            "/logs/req_x/steps",
            "/requests/logs",
            "/requests/logs/req_x",
            "/requests/logs/steps")) {
      isErrorBody(given().get(path).then(), 401);
      isErrorBody(as("v1.local.unknown").get(path).then(), 401);
    }
  }

  @Test
  void eachFilterSelectsItsLogsFlattenedOrInFilterBrackets() {
    Map<String, List<String>> expected =
        Map.ofEntries(
            Map.entry("account_ids=acc_one", List.of(id(rpc))),
            Map.entry("account_ids=acc_one,acc_two", List.of(id(mcp), id(rpc))),
            Map.entry("providers=hibob", List.of(id(mcp))),
            Map.entry("services=accounts", List.of(id(accounts))),
            Map.entry("resources=employees", List.of(id(rpc))),
            Map.entry("sub_resources=documents", List.of(id(rpc))),
            Map.entry("child_resources=files", List.of(id(rpc))),
            Map.entry("actions=hibob_get_employee", List.of(id(mcp))),
            Map.entry("http_methods=get", List.of(id(accounts))),
            Map.entry("status_codes=404,500", List.of(id(mcp))),
            Map.entry("request_ids=" + id(accounts), List.of(id(accounts))),
            Map.entry("source_ids=key_2", List.of(id(accounts))),
            Map.entry("source_types=mcp", List.of(id(mcp))),
            Map.entry("source_values=dashboard", List.of(id(accounts))),
            Map.entry("success=false", List.of(id(mcp))),
            Map.entry("success=true", List.of(id(accounts), id(rpc))));
    expected.forEach(
        (query, ids) -> {
          String name = query.substring(0, query.indexOf('='));
          String value = query.substring(query.indexOf('=') + 1);
          for (String form : List.of(name, "filter[" + name + "]")) {
            List<String> found =
                inWindow()
                    .queryParam(form, value)
                    .get("/logs")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("data.request_id");
            assertEquals(ids, found, form + "=" + value);
          }
        });
    as(KEY_A)
        .queryParam("start_date", Timestamps.format(t0.plusSeconds(1)))
        .queryParam("end_date", Timestamps.format(t0.plusSeconds(2)))
        .get("/requests/logs")
        .then()
        .body("data.request_id", contains(id(accounts), id(mcp)));
    as(KEY_A)
        .queryParam("filter[start_date]", Timestamps.format(t0))
        .queryParam("filter[end_date]", Timestamps.format(t0.plusMillis(1500)))
        .get("/requests/logs")
        .then()
        .body("data.request_id", contains(id(mcp), id(rpc)));
  }

  @Test
  void ordersByEveryKeyAndPagesThroughWithTheCursor() {
    List<String> byDuration = List.of(id(mcp), id(rpc), id(accounts));
    assertEquals(byDuration, pages("order_by=duration", 1));
    assertEquals(
        List.of(id(accounts), id(rpc), id(mcp)), pages("order_by=duration&order_direction=asc", 2));
    assertEquals(
        List.of(id(accounts), id(rpc), id(mcp)),
        pages("filter[order_by]=provider&filter[order_direction]=asc", 1));
    assertEquals(List.of(id(mcp), id(accounts), id(rpc)), pages("order_by=status", 1));
    assertEquals(
        List.of(id(accounts), id(rpc), id(mcp)), pages("order_by=service&order_direction=asc", 1));
    assertEquals(
        List.of(id(rpc), id(mcp), id(accounts)),
        pages("order_by=eventDatetime&order_direction=asc", 2));
    assertEquals(List.of(id(accounts), id(mcp), id(rpc)), pages("", 1));
  }

  /** Every request id of the window, following {@code next} with pages of {@code size}. */
  static List<String> pages(String query, int size) {
    List<String> seen = new ArrayList<>();
    String next = null;
    do {
      RequestSpecification request = inWindow().queryParam("page_size", size);
      if (next != null) {
        request.queryParam("next", next);
      }
      ValidatableResponse page =
          request.get("/logs" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200);
      seen.addAll(page.extract().path("data.request_id"));
      next = page.extract().path("next");
    } while (next != null);
    return seen;
  }

  @Test
  void oneLogInFullWithItsStepsAtBothPaths() {
    for (String path : List.of("/logs/" + id(rpc), "/requests/logs/" + id(rpc))) {
      as(KEY_A)
          .queryParam("include", "step_logs")
          .get(path)
          .then()
          .statusCode(200)
          .body("data.request_id", equalTo(id(rpc)))
          .body("data.project_id", equalTo(AccountsKeyStub.PROJECT_A))
          .body("data.account_id", equalTo("acc_one"))
          .body("data.event_datetime", equalTo(Timestamps.format(t0)))
          .body("data.duration", equalTo(10))
          .body("data.source_type", equalTo("API"))
          .body("data.request.body.action", equalTo("bamboohr_list_employees"))
          .body("data.response.status_code", equalTo(200))
          .body("data.step_requests", hasSize(2))
          .body("data.step_requests[1].status", equalTo(503))
          .body("data.step_requests[1].success", equalTo(false))
          .body("data.step_requests[1].http_method", equalTo("GET"))
          .body("data.step_requests[1].request.url.url", equalTo("https://p.test/x"))
          .body("data.step_requests[1].request.url.hostname", equalTo("p.test"))
          .body("data.step_requests[1].response.status_code", equalTo(503));
    }
    as(KEY_A).get("/logs/" + id(rpc)).then().body("data.step_requests", nullValue());
    inWindow()
        .queryParam("include", "step_logs")
        .queryParam("account_ids", "acc_one")
        .get("/logs")
        .then()
        .body("data[0].step_requests.step_id", contains("fetch_employees", "fetch_employees"))
        .body("data[0].request", nullValue());
  }

  @Test
  void stepLogsOfOneRequestOrFiltered() {
    as(KEY_A)
        .queryParam("order_direction", "asc")
        .get("/logs/" + id(rpc) + "/steps")
        .then()
        .statusCode(200)
        .body("data.id", contains(id(rpc) + ":1", id(rpc) + ":2"))
        .body("data[0].provider", equalTo("bamboohr"))
        .body("next", nullValue());
    as(KEY_A)
        .queryParam("request_ids", id(rpc))
        .queryParam("status_codes", "503")
        .get("/requests/logs/steps")
        .then()
        .body("data.id", contains(id(rpc) + ":2"));
    List<String> paged = new ArrayList<>();
    String next = null;
    do {
      RequestSpecification request =
          inWindow().queryParam("providers", "bamboohr").queryParam("page_size", 1);
      if (next != null) {
        request.queryParam("next", next);
      }
      ValidatableResponse page = request.get("/requests/logs/steps").then().statusCode(200);
      paged.addAll(page.extract().path("data.id"));
      next = page.extract().path("next");
    } while (next != null);
    assertEquals(List.of(id(rpc) + ":2", id(rpc) + ":1"), paged);
  }

  @Test
  void anotherProjectSeesNoneOfThem() {
    String key = AccountsKeyStub.KEY_B;
    isErrorBody(as(key).get("/logs/" + id(rpc)).then(), 404);
    isErrorBody(as(key).get("/requests/logs/" + id(rpc)).then(), 404);
    isErrorBody(as(key).get("/logs/" + id(rpc) + "/steps").then(), 404);
    as(key).queryParam("request_ids", id(rpc)).get("/logs").then().body("data", empty());
    as(key)
        .queryParam("request_ids", id(rpc))
        .get("/requests/logs/steps")
        .then()
        .body("data", empty());
    isErrorBody(as(KEY_A).get("/logs/req_unknown").then(), 404);
  }

  @Test
  void badQueriesAnswer400WithTheErrorBody() {
    String durationCursor =
        inWindow()
            .queryParam("order_by", "duration")
            .queryParam("page_size", 1)
            .get("/logs")
            .then()
            .extract()
            .path("next");
    for (String bad :
        List.of(
            "order_by=time",
            "order_direction=up",
            "filter[order_direction]=sideways",
            "start_date=yesterday",
            "filter[end_date]=2024-01-15 10:30:00",
            "success=maybe",
            "status_codes=abc",
            "page_size=0",
            "page_size=101",
            "next=%25%25",
            "next=" + durationCursor,
            "include=everything")) {
      isErrorBody(as(KEY_A).get("/logs?" + bad).then(), 400);
      if (!bad.startsWith("include")) {
        isErrorBody(as(KEY_A).get("/requests/logs/steps?" + bad).then(), 400);
      }
    }
    isErrorBody(as(KEY_A).get("/logs/" + id(rpc) + "?include=all").then(), 400);
  }
}
