package dev.patchbay.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.actions.Catalogue.Served;
import dev.patchbay.actions.unified.UnifiedModels;
import dev.patchbay.actions.unified.UnifiedModels.Part;
import dev.patchbay.actions.unified.UnifiedRoute;
import dev.patchbay.actions.unified.UnifiedRoute.Operation;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every unified route of every connector that serves it (found in the catalogue, so actions added
 * later are covered too), against the provider-sandbox: paging to the end, the records' schema,
 * {@code fields}, {@code updated_after}, get by a listed id, create and read back, update and read
 * back.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(AccountsKeyStub.class)
@QuarkusTestResource(SandboxResource.class)
class UnifiedRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject UnifiedModels models;

  static Stream<Served> lists() {
    return served(Operation.LIST);
  }

  static Stream<Served> gets() {
    return served(Operation.GET);
  }

  static Stream<Served> creates() {
    return served(Operation.CREATE);
  }

  static Stream<Served> updates() {
    return served(Operation.UPDATE);
  }

  private static Stream<Served> served(Operation operation) {
    return Catalogue.unifiedRoutes().stream().filter(s -> s.route().operation() == operation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void listsPageToTheEndWithRecordsOfTheModel(Served served) {
    String account = Unified.account(served.connector());
    UnifiedRoute route = served.route();
    List<JsonNode> all = readAll(account, served, 100, Map.of());
    assertFalse(all.isEmpty(), "the sandbox holds records for " + served);
    Set<String> problems = new TreeSet<>();
    for (JsonNode record : all) {
      problems.addAll(problemPaths(route, record));
      assertTrue(record.path("id").isTextual(), served + ": every record has an id");
      assertTrue(record.path("remote_id").isTextual(), served + ": every record has a remote_id");
    }
    assertEquals(Set.of(), problems, served + ": the fields that do not match the model");
    int small = Math.max(2, (all.size() + 4) / 5);
    List<JsonNode> paged = readAll(account, served, small, Map.of());
    assertEquals(ids(all), ids(paged), served + ": page_size " + small + " reads the same records");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void fieldsKeepOnlyTheNamedFields(Served served) {
    String account = Unified.account(served.connector());
    UnifiedRoute route = served.route();
    JsonNode first = page(account, route, Map.of("page_size", "5")).path("data").path(0);
    List<String> names = new ArrayList<>();
    first.fieldNames().forEachRemaining(names::add);
    Set<String> wanted = new HashSet<>(List.of("id", names.get(names.size() - 1)));
    JsonNode data =
        page(account, route, Map.of("page_size", "5", "fields", String.join(",", wanted)))
            .path("data");
    assertTrue(data.size() > 0, served + " answers records with fields");
    for (JsonNode record : data) {
      Set<String> keys = new HashSet<>();
      record.fieldNames().forEachRemaining(keys::add);
      assertTrue(wanted.containsAll(keys), served + ": " + keys + " within " + wanted);
      assertTrue(keys.contains("id"), served + ": id is kept");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void updatedAfterAnswersOnlyLaterRecords(Served served) {
    String account = Unified.account(served.connector());
    UnifiedRoute route = served.route();
    if (!Catalogue.declaresInput(served, "updated_after")) {
      Response refused =
          Unified.get(
              account, path(route, null), Map.of("filter[updated_after]", "2024-01-01T00:00:00Z"));
      assertEquals(422, refused.statusCode(), served + " cannot filter: " + refused.asString());
      return;
    }
    List<JsonNode> all = readAll(account, served, 100, Map.of());
    List<OffsetDateTime> times =
        all.stream()
            .map(r -> r.path("updated_at"))
            .filter(JsonNode::isTextual)
            .map(t -> OffsetDateTime.parse(t.textValue()))
            .sorted()
            .toList();
    assertEquals(all.size(), times.size(), served + ": every record has updated_at");
    OffsetDateTime middle = times.get(times.size() / 2);
    List<JsonNode> later =
        readAll(
            account, served, 100, Map.of("filter[updated_after]", middle.toInstant().toString()));
    assertTrue(later.size() < all.size(), served + ": updated_after leaves earlier records out");
    assertTrue(ids(all).containsAll(ids(later)), served + ": a subset of the records");
    for (JsonNode record : later) {
      OffsetDateTime updated = OffsetDateTime.parse(record.path("updated_at").textValue());
      assertFalse(updated.isBefore(middle), served + ": " + updated + " is before " + middle);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gets")
  void getAnswersAListedRecord(Served served) {
    String account = Unified.account(served.connector());
    UnifiedRoute route = served.route();
    UnifiedRoute list =
        Catalogue.unifiedRoutes().stream()
            .filter(
                s ->
                    s.connector().equals(served.connector())
                        && s.route().resource().equals(route.resource())
                        && s.route().operation() == Operation.LIST)
            .findFirst()
            .orElseThrow(() -> new AssertionError(served + " has no list route to take an id from"))
            .route();
    JsonNode listed = page(account, list, Map.of("page_size", "3")).path("data").path(0);
    String id = listed.path("id").textValue();
    JsonNode record = record(account, route, id);
    assertEquals(id, record.path("id").textValue(), served.toString());
    assertEquals(listed.path("remote_id"), record.path("remote_id"), served.toString());
    assertEquals(Set.of(), problemPaths(route, record), served + ": the record fits the model");
    Unified.get(account, path(route, "no-such-record-" + UUID.randomUUID()), Map.of())
        .then()
        .statusCode(404);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("creates")
  void createAnswersTheCreateResultAndTheRecordCanBeRead(Served served) {
    String account = Unified.account(served.connector());
    UnifiedRoute route = served.route();
    Map<String, Object> body =
        UnifiedSamples.create(served.connector(), route.category(), route.resource());
    Response created = Unified.send(account, "POST", path(route, null), body);
    created.then().statusCode(route.status());
    JsonNode result = json(created);
    assertEquals(route.status(), result.path("statusCode").asInt(), served.toString());
    assertTrue(result.path("message").isTextual(), served.toString());
    assertNotNull(OffsetDateTime.parse(result.path("timestamp").textValue()));
    String id = result.path("data").path("id").textValue();
    assertNotNull(id, served + " answers the new record's id");
    assertTrue(result.path("data").path("remote_id").isTextual(), served.toString());
    Catalogue.unifiedRoutes().stream()
        .filter(
            s ->
                s.connector().equals(served.connector())
                    && s.route().resource().equals(route.resource())
                    && s.route().operation() == Operation.GET)
        .findFirst()
        .ifPresent(
            get -> {
              JsonNode record = record(account, get.route(), id);
              assertEquals(id, record.path("id").textValue(), served + " reads the record back");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updates")
  void updateAnswersTheUpdateResultAndTheProviderHoldsTheChange(Served served) {
    String account = Unified.account(served.connector());
    UnifiedRoute route = served.route();
    String id =
        json(Unified.send(
                account,
                "POST",
                path(route, null),
                UnifiedSamples.create(served.connector(), route.category(), route.resource())))
            .path("data")
            .path("id")
            .textValue();
    assertNotNull(id, served + ": a record to update");
    Map<String, Object> change = Map.of("gender", Map.of("value", "female"));
    Response updated = Unified.send(account, "PATCH", path(route, id), change);
    updated.then().statusCode(route.status());
    JsonNode result = json(updated);
    assertEquals(route.status(), result.path("statusCode").asInt(), served.toString());
    assertTrue(result.path("message").isTextual(), served.toString());
    assertNotNull(OffsetDateTime.parse(result.path("timestamp").textValue()));
    assertEquals(
        "female",
        record(account, route, id).path("gender").path("value").asText(),
        served + ": the provider holds the change");
    assertEquals(
        404,
        Unified.send(account, "PATCH", path(route, "no-such-record-" + UUID.randomUUID()), change)
            .statusCode(),
        served + ": an unknown id");
  }

  /** Where {@code record} does not fit the model: {@code $.ids[*]} for any element of ids. */
  private Set<String> problemPaths(UnifiedRoute route, JsonNode record) {
    Set<String> paths = new TreeSet<>();
    models.problems(route.category(), route.resource(), Part.ITEM, record).stream()
        .map(p -> p.substring(0, p.indexOf(':')).replaceAll("\\[\\d+]", "[*]"))
        .forEach(paths::add);
    return paths;
  }

  private static JsonNode record(String account, UnifiedRoute route, String id) {
    Response response = Unified.get(account, path(route, id), Map.of());
    assertEquals(
        200, response.statusCode(), route.describe() + " " + id + ": " + response.asString());
    return json(response).path("data");
  }

  private static List<JsonNode> readAll(
      String account, Served served, int pageSize, Map<String, String> extra) {
    UnifiedRoute route = served.route();
    List<JsonNode> records = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      Map<String, String> query = new HashMap<>(extra);
      query.put("page_size", String.valueOf(pageSize));
      if (next != null) {
        query.put("next", next);
      }
      JsonNode page = page(account, route, query);
      assertTrue(page.path("data").size() <= pageSize, served + " honours page_size");
      page.path("data").forEach(records::add);
      next = page.path("next").isTextual() ? page.path("next").textValue() : null;
      assertTrue(++pages < 500, served + " ends");
    } while (next != null);
    return records;
  }

  private static JsonNode page(String account, UnifiedRoute route, Map<String, String> query) {
    Response response = Unified.get(account, path(route, null), query);
    assertEquals(
        200, response.statusCode(), route.describe() + " " + query + ": " + response.asString());
    return json(response);
  }

  private static String path(UnifiedRoute route, String id) {
    return "/unified/" + route.category() + "/" + route.resource() + (id == null ? "" : "/" + id);
  }

  private static List<String> ids(List<JsonNode> records) {
    return records.stream().map(r -> r.path("id").asText()).sorted().toList();
  }

  private static JsonNode json(Response response) {
    try {
      return JSON.readTree(response.asString());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.asString(), e);
    }
  }
}
