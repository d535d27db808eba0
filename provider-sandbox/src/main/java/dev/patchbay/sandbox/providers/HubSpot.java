package dev.patchbay.sandbox.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.sandbox.Credentials;
import dev.patchbay.sandbox.Json;
import dev.patchbay.sandbox.OAuthServer;
import dev.patchbay.sandbox.Paging;
import dev.patchbay.sandbox.Provider;
import dev.patchbay.sandbox.Records;
import dev.patchbay.sandbox.Seed;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * HubSpot CRM (https://developers.hubspot.com/docs/api/crm/understanding-the-crm): {@code
 * https://api.hubapi.com/crm/v3/...}, OAuth 2.0 bearer tokens from {@code
 * app.hubspot.com/oauth/authorize} and {@code api.hubapi.com/oauth/v1/token} (30 minute access
 * tokens). Objects (contacts, companies, deals, notes) are {@code {id, properties, createdAt,
 * updatedAt, archived}}; lists page with {@code limit} (max 100) and {@code after}, answering
 * {@code paging.next.after}; search takes {@code filterGroups} and pages up to 200. Errors are
 * {@code {status: "error", message, correlationId, category}}.
 */
public final class HubSpot implements Provider {
  static final int CONTACTS = 70;
  private static final String OBJECTS = "/crm/v3/objects/";
  private static final Map<String, Set<String>> PROPERTIES =
      Map.of(
          "contacts",
          Set.of(
              "firstname",
              "lastname",
              "email",
              "phone",
              "company",
              "jobtitle",
              "city",
              "country",
              "lifecyclestage",
              "hubspot_owner_id",
              "associatedcompanyid"),
          "companies",
          Set.of(
              "name",
              "domain",
              "industry",
              "numberofemployees",
              "city",
              "country",
              "phone",
              "hubspot_owner_id"),
          "deals",
          Set.of("dealname", "amount", "dealstage", "pipeline", "closedate", "hubspot_owner_id"),
          "notes",
          Set.of("hs_note_body", "hs_timestamp", "hubspot_owner_id"));
  private static final Map<String, List<String>> DEFAULT_PROPERTIES =
      Map.of(
          "contacts", List.of("createdate", "email", "firstname", "lastmodifieddate", "lastname"),
          "companies", List.of("createdate", "domain", "hs_lastmodifieddate", "name"),
          "deals",
              List.of(
                  "amount",
                  "closedate",
                  "createdate",
                  "dealname",
                  "dealstage",
                  "hs_lastmodifieddate",
                  "pipeline"),
          "notes", List.of("hs_createdate", "hs_lastmodifieddate", "hs_note_body", "hs_timestamp"));
  private static final Map<String, String> MODIFIED =
      Map.of(
          "contacts", "lastmodifieddate",
          "companies", "hs_lastmodifieddate",
          "deals", "hs_lastmodifieddate",
          "notes", "hs_lastmodifieddate");
  private static final Map<String, Long> FIRST_ID =
      Map.of("contacts", 1000L, "companies", 5000L, "deals", 9000L, "notes", 20000L);

  private final OAuthServer oauth;
  private final Clock clock;
  private final Map<String, Records> objects = new LinkedHashMap<>();
  private final Map<String, AtomicLong> nextIds = new LinkedHashMap<>();

  public HubSpot(Clock clock) {
    this.clock = clock;
    this.oauth = new OAuthServer("hubspot", Duration.ofMinutes(30), clock);
    objects.put("contacts", new Records(HubSpot::seedContacts, HubSpot::idOf));
    objects.put("companies", new Records(HubSpot::seedCompanies, HubSpot::idOf));
    objects.put("deals", new Records(HubSpot::seedDeals, HubSpot::idOf));
    objects.put("notes", new Records(HubSpot::seedNotes, HubSpot::idOf));
    FIRST_ID.forEach((type, first) -> nextIds.put(type, new AtomicLong()));
    reset();
  }

  @Override
  public String key() {
    return "hubspot";
  }

  @Override
  public List<String> hosts() {
    return List.of("api.hubapi.com", "app.hubspot.com");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of();
  }

  @Override
  public Optional<OAuthServer> oauth() {
    return Optional.of(oauth);
  }

  @Override
  public void reset() {
    objects.values().forEach(Records::reset);
    nextIds.forEach((type, next) -> next.set(FIRST_ID.get(type) + 1000));
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    ObjectNode body = Json.object().put("status", "error").put("message", message);
    body.put("correlationId", UUID.randomUUID().toString());
    if (status == 429) {
      body.put("errorType", "RATE_LIMIT").put("policyName", "SECONDLY");
    } else {
      body.put(
          "category",
          switch (status) {
            case 400 -> "VALIDATION_ERROR";
            case 401 -> "INVALID_AUTHENTICATION";
            case 404 -> "OBJECT_NOT_FOUND";
            case 409 -> "CONFLICT";
            default -> "INTERNAL_ERROR";
          });
    }
    Json.send(ctx, status, body);
  }

  @Override
  public void mount(Router router) {
    oauth.mountAuthorize(router, "/oauth/authorize");
    oauth.mountToken(router, "/oauth/v1/token");
    router.route("/crm/*").handler(this::authenticate);
    router.get(OBJECTS + ":type").handler(ctx -> withType(ctx, this::list));
    router.post(OBJECTS + ":type/search").handler(ctx -> withType(ctx, this::search));
    router.get(OBJECTS + ":type/:id").handler(ctx -> withType(ctx, this::read));
    router.post(OBJECTS + ":type").handler(ctx -> withType(ctx, this::create));
    router.patch(OBJECTS + ":type/:id").handler(ctx -> withType(ctx, this::update));
    router.delete(OBJECTS + ":type/:id").handler(ctx -> withType(ctx, this::archive));
    router.get("/crm/v3/owners").handler(this::owners);
    router.get("/crm/v3/owners/:id").handler(this::owner);
    router.get("/crm/v3/pipelines/deals").handler(this::pipelines);
    router.get("/crm/v3/pipelines/deals/:id/stages").handler(this::stages);
    router.post("/crm/v3/lists/search").handler(this::searchLists);
    router.get("/crm/v3/lists/:id").handler(this::list);
  }

  private void authenticate(RoutingContext ctx) {
    if (Credentials.bearer(ctx).filter(oauth::acceptsAccessToken).isPresent()) {
      ctx.next();
    } else {
      error(
          ctx,
          401,
          "Authentication credentials not found. This API supports OAuth 2.0 authentication.");
    }
  }

  private interface TypedHandler {
    void handle(RoutingContext ctx, String type, Records records);
  }

  private void withType(RoutingContext ctx, TypedHandler handler) {
    String type = ctx.pathParam("type");
    Records records = objects.get(type);
    if (records == null) {
      error(ctx, 400, "Unable to infer object type from: " + type);
    } else {
      handler.handle(ctx, type, records);
    }
  }

  private void list(RoutingContext ctx, String type, Records records) {
    OptionalInt limit = Paging.limit(ctx.queryParams().get("limit"), 10, 100);
    OptionalInt offset = Paging.offsetOf(ctx.queryParams().get("after"));
    if (limit.isEmpty() || offset.isEmpty()) {
      error(ctx, 400, "limit must be 1 to 100 and after a cursor from paging.next.after");
      return;
    }
    List<String> properties = properties(type, csv(ctx.queryParams().get("properties")));
    List<String> associations = csv(ctx.queryParams().get("associations"));
    List<ObjectNode> all = records.all();
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    Paging.slice(all, offset.getAsInt(), limit.getAsInt())
        .forEach(record -> results.add(render(type, record, properties, associations)));
    int next = offset.getAsInt() + limit.getAsInt();
    if (next < all.size()) {
      String after = Paging.cursor(next);
      body.putObject("paging")
          .putObject("next")
          .put("after", after)
          .put("link", "https://api.hubapi.com" + OBJECTS + type + "?after=" + after);
    }
    Json.send(ctx, 200, body);
  }

  private void read(RoutingContext ctx, String type, Records records) {
    List<String> properties = properties(type, csv(ctx.queryParams().get("properties")));
    List<String> associations = csv(ctx.queryParams().get("associations"));
    records
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            record -> Json.send(ctx, 200, render(type, record, properties, associations)),
            () -> error(ctx, 404, "Object not found.  objectId are usually numeric."));
  }

  private void create(RoutingContext ctx, String type, Records records) {
    ObjectNode body = Json.body(ctx).orElse(null);
    if (body == null || !body.path("properties").isObject()) {
      error(ctx, 400, "Invalid input JSON: a properties object is required");
      return;
    }
    ObjectNode properties = (ObjectNode) body.get("properties");
    if (!validProperties(ctx, type, properties)) {
      return;
    }
    if (type.equals("notes") && !properties.hasNonNull("hs_timestamp")) {
      error(ctx, 400, "Property values were not valid: hs_timestamp is required for notes");
      return;
    }
    if (type.equals("contacts") && properties.hasNonNull("email")) {
      String email = properties.get("email").asText();
      Optional<ObjectNode> existing =
          records.all().stream()
              .filter(r -> email.equalsIgnoreCase(r.path("properties").path("email").asText()))
              .findFirst();
      if (existing.isPresent()) {
        error(ctx, 409, "Contact already exists. Existing ID: " + idOf(existing.get()));
        return;
      }
    }
    String id = Long.toString(nextIds.get(type).getAndIncrement());
    Instant now = clock.instant();
    ObjectNode record = object(type, id, now, now);
    properties.fields().forEachRemaining(f -> record.with("properties").put(f.getKey(), text(f)));
    for (JsonNode association : body.path("associations")) {
      String to = association.path("to").path("id").asText();
      String target = targetType(type, association.path("types").path(0).path("associationTypeId"));
      if (target != null && objects.get(target).get(to).isPresent()) {
        record.with("associations").withArray(target).add(to);
      }
    }
    records.put(record);
    Json.send(ctx, 201, render(type, record, properties(type, List.of()), List.of()));
  }

  private void update(RoutingContext ctx, String type, Records records) {
    ObjectNode body = Json.body(ctx).orElse(null);
    ObjectNode record = records.get(ctx.pathParam("id")).orElse(null);
    if (record == null) {
      error(ctx, 404, "Object not found.  objectId are usually numeric.");
      return;
    }
    if (body == null || !body.path("properties").isObject()) {
      error(ctx, 400, "Invalid input JSON: a properties object is required");
      return;
    }
    ObjectNode properties = (ObjectNode) body.get("properties");
    if (!validProperties(ctx, type, properties)) {
      return;
    }
    ObjectNode updated = record.deepCopy();
    properties.fields().forEachRemaining(f -> updated.with("properties").put(f.getKey(), text(f)));
    stamp(type, updated, clock.instant());
    records.put(updated);
    List<String> changed = new ArrayList<>();
    properties.fieldNames().forEachRemaining(changed::add);
    Json.send(ctx, 200, render(type, updated, properties(type, changed), List.of()));
  }

  private void archive(RoutingContext ctx, String type, Records records) {
    if (records.remove(ctx.pathParam("id"))) {
      ctx.response().setStatusCode(204).end();
    } else {
      error(ctx, 404, "Object not found.  objectId are usually numeric.");
    }
  }

  private void search(RoutingContext ctx, String type, Records records) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    int limit = body.path("limit").asInt(10);
    OptionalInt offset = Paging.offsetOf(body.path("after").asText(""));
    if (limit < 1 || limit > 200 || offset.isEmpty()) {
      error(ctx, 400, "limit must be 1 to 200 and after a cursor from paging.next.after");
      return;
    }
    Predicate<ObjectNode> matches;
    try {
      matches = searchFilter(type, body);
    } catch (IllegalArgumentException invalid) {
      error(ctx, 400, invalid.getMessage());
      return;
    }
    List<ObjectNode> found = records.all().stream().filter(matches).toList();
    JsonNode sort = body.path("sorts").path(0);
    if (sort.hasNonNull("propertyName")) {
      String property = sort.get("propertyName").asText();
      Comparator<ObjectNode> order =
          Comparator.comparing(r -> r.path("properties").path(property).asText(""));
      found =
          found.stream()
              .sorted(
                  "DESCENDING".equals(sort.path("direction").asText()) ? order.reversed() : order)
              .toList();
    }
    List<String> requested = new ArrayList<>();
    body.path("properties").forEach(p -> requested.add(p.asText()));
    List<String> properties = properties(type, requested);
    ObjectNode out = Json.object().put("total", found.size());
    ArrayNode results = out.putArray("results");
    Paging.slice(found, offset.getAsInt(), limit)
        .forEach(record -> results.add(render(type, record, properties, List.of())));
    if (offset.getAsInt() + limit < found.size()) {
      out.putObject("paging")
          .putObject("next")
          .put("after", Paging.cursor(offset.getAsInt() + limit));
    }
    Json.send(ctx, 200, out);
  }

  /** filterGroups are ORed, the filters of a group ANDed; {@code query} searches text values. */
  private static Predicate<ObjectNode> searchFilter(String type, JsonNode body) {
    Predicate<ObjectNode> groups = record -> true;
    JsonNode filterGroups = body.path("filterGroups");
    if (filterGroups.isArray() && !filterGroups.isEmpty()) {
      List<Predicate<ObjectNode>> any = new ArrayList<>();
      for (JsonNode group : filterGroups) {
        Predicate<ObjectNode> all = record -> true;
        for (JsonNode filter : group.path("filters")) {
          all = all.and(filter(filter));
        }
        any.add(all);
      }
      groups = record -> any.stream().anyMatch(p -> p.test(record));
    }
    String query = body.path("query").asText("").toLowerCase(Locale.ROOT);
    if (query.isEmpty()) {
      return groups;
    }
    return groups.and(
        record ->
            DEFAULT_PROPERTIES.get(type).stream()
                .map(p -> record.path("properties").path(p).asText("").toLowerCase(Locale.ROOT))
                .anyMatch(value -> value.contains(query)));
  }

  private static Predicate<ObjectNode> filter(JsonNode filter) {
    String property = filter.path("propertyName").asText(null);
    String operator = filter.path("operator").asText("EQ");
    String value = filter.path("value").asText(null);
    if (property == null) {
      throw new IllegalArgumentException("Each filter needs a propertyName");
    }
    return record -> {
      JsonNode actual = record.path("properties").path(property);
      String text = actual.isNull() || actual.isMissingNode() ? null : actual.asText();
      return switch (operator) {
        case "HAS_PROPERTY" -> text != null && !text.isEmpty();
        case "NOT_HAS_PROPERTY" -> text == null || text.isEmpty();
        case "EQ" -> text != null && text.equalsIgnoreCase(value);
        case "NEQ" -> text == null || !text.equalsIgnoreCase(value);
        case "CONTAINS_TOKEN" ->
            text != null
                && text.toLowerCase(Locale.ROOT)
                    .contains(value.replace("*", "").toLowerCase(Locale.ROOT));
        case "GT", "GTE", "LT", "LTE" -> text != null && compare(text, value, operator);
        default -> throw new IllegalArgumentException("Unknown operator " + operator);
      };
    };
  }

  private static boolean compare(String actual, String expected, String operator) {
    int order;
    Optional<Instant> left = instant(actual);
    Optional<Instant> right = instant(expected);
    if (left.isPresent() && right.isPresent()) {
      order = left.get().compareTo(right.get());
    } else {
      try {
        order = Double.compare(Double.parseDouble(actual), Double.parseDouble(expected));
      } catch (NumberFormatException notNumbers) {
        order = actual.compareTo(expected);
      }
    }
    return switch (operator) {
      case "GT" -> order > 0;
      case "GTE" -> order >= 0;
      case "LT" -> order < 0;
      default -> order <= 0;
    };
  }

  /** A HubSpot date filter value: epoch milliseconds or ISO 8601. */
  private static Optional<Instant> instant(String value) {
    try {
      return Optional.of(Instant.parse(value));
    } catch (DateTimeParseException notIso) {
      if (value.matches("\\d{10,}")) {
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
      }
      return Optional.empty();
    }
  }

  private boolean validProperties(RoutingContext ctx, String type, ObjectNode properties) {
    List<String> unknown = new ArrayList<>();
    properties
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!PROPERTIES.get(type).contains(name)) {
                unknown.add(name);
              }
            });
    ArrayNode problems = Json.array();
    String email = properties.path("email").asText("");
    if (type.equals("contacts")
        && !email.isEmpty()
        && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems
          .addObject()
          .put("isValid", false)
          .put("message", "Email address " + email + " is invalid")
          .put("error", "INVALID_EMAIL")
          .put("name", "email");
    }
    if (unknown.isEmpty() && problems.isEmpty()) {
      return true;
    }
    unknown.forEach(
        name ->
            problems
                .addObject()
                .put("isValid", false)
                .put("message", "Property \"" + name + "\" does not exist")
                .put("error", "PROPERTY_DOESNT_EXIST")
                .put("name", name));
    error(ctx, 400, "Property values were not valid: " + problems);
    return false;
  }

  private void owners(RoutingContext ctx) {
    String email = ctx.queryParams().get("email");
    List<ObjectNode> all =
        IntStream.rangeClosed(1, CrmSeed.USERS)
            .mapToObj(HubSpot::owner)
            .filter(o -> email == null || email.equalsIgnoreCase(o.path("email").asText()))
            .toList();
    OptionalInt limit = Paging.limit(ctx.queryParams().get("limit"), 100, 500);
    OptionalInt offset = Paging.offsetOf(ctx.queryParams().get("after"));
    if (limit.isEmpty() || offset.isEmpty()) {
      error(ctx, 400, "limit must be 1 to 500 and after a cursor from paging.next.after");
      return;
    }
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    Paging.slice(all, offset.getAsInt(), limit.getAsInt()).forEach(results::add);
    if (offset.getAsInt() + limit.getAsInt() < all.size()) {
      body.putObject("paging")
          .putObject("next")
          .put("after", Paging.cursor(offset.getAsInt() + limit.getAsInt()));
    }
    Json.send(ctx, 200, body);
  }

  private void owner(RoutingContext ctx) {
    IntStream.rangeClosed(1, CrmSeed.USERS)
        .mapToObj(HubSpot::owner)
        .filter(o -> o.path("id").asText().equals(ctx.pathParam("id")))
        .findFirst()
        .ifPresentOrElse(
            o -> Json.send(ctx, 200, o),
            () -> error(ctx, 404, "Owner " + ctx.pathParam("id") + " not found"));
  }

  private void pipelines(RoutingContext ctx) {
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    results.add(pipeline());
    ObjectNode renewals = results.addObject().put("id", "renewals").put("label", "Renewals");
    renewals.put("displayOrder", 1).put("archived", false);
    renewals.put("createdAt", "2024-03-01T09:00:00.000Z").put("updatedAt", "2025-06-01T09:00:00Z");
    ArrayNode stages = renewals.putArray("stages");
    String[][] renewalStages = {
      {"renewal_due", "Renewal due", "0.5", "false"},
      {"renewed", "Renewed", "1.0", "true"},
      {"churned", "Churned", "0.0", "true"}
    };
    for (int i = 0; i < renewalStages.length; i++) {
      ObjectNode stage = stages.addObject().put("id", renewalStages[i][0]);
      stage.put("label", renewalStages[i][1]).put("displayOrder", i).put("archived", false);
      stage
          .putObject("metadata")
          .put("probability", renewalStages[i][2])
          .put("isClosed", renewalStages[i][3]);
      stage.put("createdAt", "2024-03-01T09:00:00.000Z");
      stage.put("updatedAt", "2025-06-01T09:00:00.000Z");
    }
    Json.send(ctx, 200, body);
  }

  private void stages(RoutingContext ctx) {
    if (!ctx.pathParam("id").equals("default")) {
      error(ctx, 404, "Pipeline not found for ID: " + ctx.pathParam("id"));
      return;
    }
    ObjectNode body = Json.object();
    body.set("results", pipeline().get("stages"));
    Json.send(ctx, 200, body);
  }

  private static ObjectNode pipeline() {
    ObjectNode pipeline = Json.object().put("id", "default").put("label", "Sales Pipeline");
    pipeline.put("displayOrder", 0).put("archived", false);
    pipeline.put("createdAt", "2023-01-10T09:00:00.000Z");
    pipeline.put("updatedAt", "2025-02-01T09:00:00.000Z");
    ArrayNode stages = pipeline.putArray("stages");
    for (int i = 0; i < CrmSeed.STAGES.size(); i++) {
      CrmSeed.Stage seeded = CrmSeed.STAGES.get(i);
      ObjectNode stage = stages.addObject().put("id", seeded.key()).put("label", seeded.label());
      stage.put("displayOrder", i).put("archived", false);
      stage
          .putObject("metadata")
          .put("probability", Double.toString(seeded.probability() / 100.0))
          .put("isClosed", Boolean.toString(seeded.closed()));
      stage.put("createdAt", "2023-01-10T09:00:00.000Z");
      stage.put("updatedAt", "2025-02-01T09:00:00.000Z");
    }
    return pipeline;
  }

  private static final String[][] LISTS = {
    {"Newsletter subscribers", "0-1", "DYNAMIC", "41"},
    {"Conference leads 2025", "0-1", "MANUAL", "12"},
    {"Enterprise accounts", "0-2", "DYNAMIC", "9"},
    {"Churn risk", "0-2", "MANUAL", "4"},
    {"Open renewals", "0-3", "DYNAMIC", "7"}
  };

  private static ObjectNode hubspotList(int index) {
    String[] seeded = LISTS[index - 1];
    ObjectNode list = Json.object().put("listId", Integer.toString(index));
    list.put("name", seeded[0]).put("objectTypeId", seeded[1]).put("processingType", seeded[2]);
    list.put("listVersion", 1).put("processingStatus", "COMPLETE");
    list.put("createdAt", "2025-0" + index + "-02T10:00:00.000Z");
    list.put("updatedAt", "2025-1" + (index % 3) + "-05T10:00:00.000Z");
    list.putObject("additionalProperties").put("hs_list_size", seeded[3]);
    return list;
  }

  private void searchLists(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    String query = body.path("query").asText("").toLowerCase(Locale.ROOT);
    int offset = body.path("offset").asInt(0);
    int count = body.path("count").asInt(20);
    if (count < 1 || count > 500 || offset < 0) {
      error(ctx, 400, "count must be 1 to 500 and offset not negative");
      return;
    }
    List<ObjectNode> found =
        IntStream.rangeClosed(1, LISTS.length)
            .mapToObj(HubSpot::hubspotList)
            .filter(l -> l.get("name").asText().toLowerCase(Locale.ROOT).contains(query))
            .toList();
    ObjectNode out = Json.object();
    ArrayNode lists = out.putArray("lists");
    Paging.slice(found, offset, count).forEach(lists::add);
    out.put("offset", Math.min(offset + count, found.size()));
    out.put("hasMore", offset + count < found.size());
    out.put("total", found.size());
    Json.send(ctx, 200, out);
  }

  private void list(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[1-9]\\d*") || Integer.parseInt(id) > LISTS.length) {
      error(ctx, 404, "List does not exist with ID " + id);
      return;
    }
    Json.send(ctx, 200, Json.object().set("list", hubspotList(Integer.parseInt(id))));
  }

  private static ObjectNode owner(int index) {
    CrmSeed.User user = CrmSeed.user(index);
    ObjectNode owner = Json.object().put("id", ownerId(index));
    owner.put("email", user.email()).put("type", "PERSON");
    owner.put("firstName", user.firstName()).put("lastName", user.lastName());
    owner.put("userId", 4_100_000 + index).put("userIdIncludingInactive", 4_100_000 + index);
    owner.put("createdAt", iso(user.createdAt())).put("updatedAt", iso(user.createdAt()));
    owner.put("archived", false);
    owner.putArray("teams");
    return owner;
  }

  /** The API shape: only the requested properties, and associations when asked for. */
  private ObjectNode render(
      String type, ObjectNode record, List<String> properties, List<String> associations) {
    ObjectNode out = Json.object().put("id", idOf(record));
    ObjectNode props = out.putObject("properties");
    JsonNode stored = record.path("properties");
    for (String property : properties) {
      if (property.equals("hs_object_id")) {
        props.put(property, idOf(record));
      } else if (stored.has(property) || PROPERTIES.get(type).contains(property)) {
        props.set(property, stored.has(property) ? stored.get(property) : Json.object().nullNode());
      }
    }
    out.set("createdAt", record.get("createdAt"));
    out.set("updatedAt", record.get("updatedAt"));
    out.put("archived", false);
    ObjectNode linked = Json.object();
    for (String target : associations) {
      JsonNode ids = record.path("associations").path(target);
      if (ids.isArray() && !ids.isEmpty()) {
        ArrayNode results = linked.putObject(target).putArray("results");
        ids.forEach(
            id ->
                results
                    .addObject()
                    .put("id", id.asText())
                    .put("type", singular(type) + "_to_" + singular(target)));
      }
    }
    if (!linked.isEmpty()) {
      out.set("associations", linked);
    }
    return out;
  }

  /** Requested properties (unknown ones are skipped, as HubSpot does), or the type's defaults. */
  private static List<String> properties(String type, List<String> requested) {
    Set<String> names =
        new LinkedHashSet<>(requested.isEmpty() ? DEFAULT_PROPERTIES.get(type) : requested);
    names.add("hs_object_id");
    names.add(type.equals("notes") ? "hs_createdate" : "createdate");
    names.add(MODIFIED.get(type));
    return new ArrayList<>(names);
  }

  private static String singular(String type) {
    return switch (type) {
      case "companies" -> "company";
      case "contacts" -> "contact";
      case "deals" -> "deal";
      default -> "note";
    };
  }

  /**
   * The object a HubSpot-defined association type id points to from {@code type}: contact to
   * company (279, or 1 for the primary company) and to deal (4); note to contact (202), company
   * (190) and deal (214).
   */
  private static String targetType(String type, JsonNode associationTypeId) {
    int id = associationTypeId.asInt();
    if (type.equals("contacts")) {
      return switch (id) {
        case 1, 279 -> "companies";
        case 4 -> "deals";
        default -> null;
      };
    }
    return switch (id) {
      case 202 -> "contacts";
      case 190 -> "companies";
      case 214 -> "deals";
      default -> null;
    };
  }

  private static List<String> csv(String value) {
    return value == null || value.isBlank()
        ? List.of()
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String text(Map.Entry<String, JsonNode> field) {
    return field.getValue().isNull() ? null : field.getValue().asText();
  }

  private static String idOf(ObjectNode record) {
    return record.get("id").asText();
  }

  static String ownerId(int index) {
    return Integer.toString(70_000 + index);
  }

  private static String iso(Instant instant) {
    return CrmSeed.millis(instant);
  }

  private static ObjectNode object(String type, String id, Instant created, Instant updated) {
    ObjectNode record = Json.object().put("id", id);
    record.putObject("properties");
    record.put("createdAt", iso(created));
    record
        .with("properties")
        .put(type.equals("notes") ? "hs_createdate" : "createdate", iso(created));
    stamp(type, record, updated);
    record.putObject("associations");
    return record;
  }

  private static void stamp(String type, ObjectNode record, Instant updated) {
    record.put("updatedAt", iso(updated));
    record.with("properties").put(MODIFIED.get(type), iso(updated));
  }

  static String contactId(int index) {
    return Long.toString(FIRST_ID.get("contacts") + index);
  }

  static String companyId(int index) {
    return Long.toString(FIRST_ID.get("companies") + index);
  }

  static String dealId(int index) {
    return Long.toString(FIRST_ID.get("deals") + index);
  }

  private static List<ObjectNode> seedContacts() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= CONTACTS; i++) {
      Seed.Person person = CrmSeed.contact(i);
      int company = CrmSeed.companyOf(i);
      ObjectNode record = object("contacts", contactId(i), person.createdAt(), person.updatedAt());
      ObjectNode p = record.with("properties");
      p.put("firstname", person.firstName()).put("lastname", person.lastName());
      p.put("email", person.email()).put("phone", person.phone());
      p.put("company", Seed.company(company).name()).put("jobtitle", person.jobTitle());
      p.put("city", person.city()).put("country", person.country());
      p.put("lifecyclestage", i % 4 == 0 ? "customer" : i % 4 == 1 ? "lead" : "opportunity");
      p.put("hubspot_owner_id", ownerId(CrmSeed.ownerOf(i)));
      p.put("associatedcompanyid", companyId(company));
      record.with("associations").withArray("companies").add(companyId(company));
      for (int d = 1; d <= CrmSeed.DEALS; d++) {
        if (CrmSeed.deal(d).contact() == i) {
          record.with("associations").withArray("deals").add(dealId(d));
        }
      }
      out.add(record);
    }
    return out;
  }

  private static List<ObjectNode> seedCompanies() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= CrmSeed.COMPANIES; i++) {
      Seed.Company company = Seed.company(i);
      ObjectNode record =
          object("companies", companyId(i), CrmSeed.companyCreated(i), company.updatedAt());
      ObjectNode p = record.with("properties");
      p.put("name", company.name()).put("domain", company.domain());
      p.put("industry", company.industry().toUpperCase(Locale.ROOT));
      p.put("numberofemployees", Integer.toString(company.employees()));
      CrmSeed.Office office = CrmSeed.office(i);
      p.put("city", office.city()).put("country", office.country()).put("phone", office.phone());
      p.put("hubspot_owner_id", ownerId(CrmSeed.ownerOf(i)));
      for (int c = i; c <= CONTACTS; c += CrmSeed.COMPANIES) {
        record.with("associations").withArray("contacts").add(contactId(c));
      }
      out.add(record);
    }
    return out;
  }

  private static List<ObjectNode> seedDeals() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= CrmSeed.DEALS; i++) {
      CrmSeed.Deal deal = CrmSeed.deal(i);
      ObjectNode record = object("deals", dealId(i), deal.createdAt(), deal.updatedAt());
      ObjectNode p = record.with("properties");
      p.put("dealname", deal.name()).put("amount", Long.toString(deal.amount()));
      p.put("dealstage", CrmSeed.STAGES.get(deal.stage()).key()).put("pipeline", "default");
      p.put("closedate", deal.closeDate() + "T00:00:00.000Z");
      p.put("hubspot_owner_id", ownerId(deal.owner()));
      record.with("associations").withArray("contacts").add(contactId(deal.contact()));
      record.with("associations").withArray("companies").add(companyId(deal.company()));
      out.add(record);
    }
    return out;
  }

  private static List<ObjectNode> seedNotes() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= CrmSeed.NOTES; i++) {
      CrmSeed.Note note = CrmSeed.note(i);
      String id = Long.toString(FIRST_ID.get("notes") + i);
      ObjectNode record = object("notes", id, note.createdAt(), note.createdAt());
      ObjectNode p = record.with("properties");
      p.put("hs_note_body", note.body()).put("hs_timestamp", iso(note.createdAt()));
      p.put("hubspot_owner_id", ownerId(note.owner()));
      record.with("associations").withArray("contacts").add(contactId(note.contact()));
      record.with("associations").withArray("deals").add(dealId(note.deal()));
      out.add(record);
    }
    return out;
  }
}
