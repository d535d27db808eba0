package dev.patchbay.sandbox.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.sandbox.Credentials;
import dev.patchbay.sandbox.Json;
import dev.patchbay.sandbox.OAuthServer;
import dev.patchbay.sandbox.Provider;
import dev.patchbay.sandbox.Records;
import dev.patchbay.sandbox.Seed;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Salesforce REST API (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta): OAuth 2.0
 * at {@code login.salesforce.com/services/oauth2/authorize|token} (two-hour sessions), data at the
 * instance host {@code https://<domain>.my.salesforce.com/services/data/vXX.X/}. SOQL queries
 * ({@link Soql}) answer {@code {totalSize, done, records, nextRecordsUrl}} in batches of the {@code
 * Sforce-Query-Options: batchSize} header (200 to 2,000, default 2,000); sObject rows are read,
 * created (201 {@code {id, success, errors}}), updated and deleted (204). Errors are a JSON array
 * of {@code {message, errorCode, fields?}}.
 */
public final class Salesforce implements Provider {
  static final int CONTACTS = 450;
  static final String INSTANCE = "https://patchbay-demo.my.salesforce.com";
  private static final String DATA = "/services/data/:version";
  private static final DateTimeFormatter SF_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

  /** One sObject type: its id prefix, fields (first is Id), required and read-only fields. */
  private record SObject(
      String name,
      String prefix,
      List<String> fields,
      Set<String> required,
      Set<String> readOnly) {}

  private static final Set<String> SYSTEM =
      Set.of("Id", "CreatedDate", "LastModifiedDate", "SystemModstamp", "IsDeleted");
  private static final Map<String, SObject> TYPES = new LinkedHashMap<>();

  static {
    type(
        "Contact",
        "003",
        "FirstName LastName Name Email Phone MobilePhone Title LeadSource AccountId OwnerId"
            + " MailingCity MailingCountry",
        Set.of("LastName"),
        Set.of("Name"));
    type(
        "Account",
        "001",
        "Name Website Industry NumberOfEmployees Phone BillingCity BillingCountry OwnerId",
        Set.of("Name"),
        Set.of());
    type(
        "Opportunity",
        "006",
        "Name StageName CloseDate Amount Probability AccountId OwnerId IsClosed IsWon"
            + " ForecastCategoryName",
        Set.of("Name", "StageName", "CloseDate"),
        Set.of("IsClosed", "IsWon"));
    type(
        "Task",
        "00T",
        "Subject Status Priority ActivityDate Description WhoId WhatId OwnerId",
        Set.of(),
        Set.of());
    type(
        "User",
        "005",
        "Username FirstName LastName Name Email Title IsActive",
        Set.of("Username", "LastName", "Email"),
        Set.of("Name"));
    type(
        "OpportunityStage",
        "01J",
        "MasterLabel ApiName SortOrder IsActive IsClosed IsWon DefaultProbability"
            + " ForecastCategoryName",
        Set.of(),
        Set.of());
    type(
        "OpportunityContactRole",
        "00K",
        "ContactId OpportunityId Role IsPrimary",
        Set.of("ContactId", "OpportunityId"),
        Set.of());
  }

  /** Child relationships: parent type → relationship name → (child type, foreign key). */
  private static final Map<String, Map<String, String[]>> CHILDREN =
      Map.of(
          "Contact",
              Map.of(
                  "OpportunityContactRoles", new String[] {"OpportunityContactRole", "ContactId"},
                  "Tasks", new String[] {"Task", "WhoId"}),
          "Account",
              Map.of(
                  "Contacts", new String[] {"Contact", "AccountId"},
                  "Opportunities", new String[] {"Opportunity", "AccountId"}),
          "Opportunity",
              Map.of(
                  "OpportunityContactRoles",
                  new String[] {"OpportunityContactRole", "OpportunityId"}));

  private static void type(
      String name, String prefix, String fields, Set<String> required, Set<String> readOnly) {
    List<String> all = new ArrayList<>(List.of("Id"));
    all.addAll(Arrays.asList(fields.split(" ")));
    all.addAll(List.of("CreatedDate", "LastModifiedDate", "SystemModstamp", "IsDeleted"));
    TYPES.put(name, new SObject(name, prefix, List.copyOf(all), required, readOnly));
  }

  private final Clock clock;
  private final OAuthServer oauth;
  private final Map<String, Records> store = new LinkedHashMap<>();
  private final Map<String, AtomicInteger> counters = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> locators = new ConcurrentHashMap<>();
  private final AtomicInteger nextLocator = new AtomicInteger(1);

  public Salesforce(Clock clock) {
    this.clock = clock;
    this.oauth = new OAuthServer("salesforce", Duration.ofHours(2), clock);
    for (String type : TYPES.keySet()) {
      store.put(type, new Records(() -> seed(type), r -> r.get("Id").asText()));
      counters.put(type, new AtomicInteger());
    }
    reset();
  }

  @Override
  public String key() {
    return "salesforce";
  }

  @Override
  public List<String> hosts() {
    return List.of("login.salesforce.com", "test.salesforce.com", "*.my.salesforce.com");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("instanceUrl", INSTANCE);
  }

  @Override
  public Optional<OAuthServer> oauth() {
    return Optional.of(oauth);
  }

  @Override
  public void reset() {
    store.values().forEach(Records::reset);
    counters.forEach((type, counter) -> counter.set(store.get(type).size() + 1));
    locators.clear();
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    String code =
        switch (status) {
          case 400 -> "MALFORMED_QUERY";
          case 401 -> "INVALID_SESSION_ID";
          case 403 -> "REQUEST_LIMIT_EXCEEDED";
          case 404 -> "NOT_FOUND";
          case 429 -> "REQUEST_LIMIT_EXCEEDED";
          default -> "UNKNOWN_EXCEPTION";
        };
    error(ctx, status, code, message, null);
  }

  private void error(
      RoutingContext ctx, int status, String code, String message, List<String> fields) {
    ArrayNode body = Json.array();
    ObjectNode problem = body.addObject().put("message", message).put("errorCode", code);
    if (fields != null) {
      fields.forEach(problem.withArray("fields")::add);
    }
    Json.send(ctx, status, body);
  }

  @Override
  public void mount(Router router) {
    oauth.mountAuthorize(router, "/services/oauth2/authorize");
    oauth.mountToken(router, "/services/oauth2/token");
    router.route(DATA + "/*").handler(this::authenticate);
    router.get(DATA + "/query").handler(this::query);
    router.get(DATA + "/query/:locator").handler(this::queryMore);
    router.get(DATA + "/parameterizedSearch").handler(this::search);
    router.get(DATA + "/sobjects/:type/listviews").handler(this::listViews);
    router.get(DATA + "/sobjects/:type/:id").handler(this::read);
    router.post(DATA + "/sobjects/:type").handler(this::create);
    router.patch(DATA + "/sobjects/:type/:id").handler(this::update);
    router.delete(DATA + "/sobjects/:type/:id").handler(this::delete);
  }

  private void authenticate(RoutingContext ctx) {
    if (Credentials.bearer(ctx).filter(oauth::acceptsAccessToken).isEmpty()) {
      error(ctx, 401, "Session expired or invalid");
    } else if (!ctx.pathParam("version").matches("v\\d+\\.0")) {
      error(ctx, 404, "NOT_FOUND", "The requested resource does not exist", null);
    } else {
      ctx.next();
    }
  }

  private void query(RoutingContext ctx) {
    Soql.Query query;
    try {
      query = Soql.parse(ctx.queryParams().get("q"));
    } catch (Soql.MalformedQueryException malformed) {
      error(ctx, 400, "MALFORMED_QUERY", malformed.getMessage(), null);
      return;
    }
    Optional<String> invalid = validate(query);
    if (invalid.isPresent()) {
      error(
          ctx,
          400,
          invalid.get().startsWith("sObject") ? "INVALID_TYPE" : "INVALID_FIELD",
          invalid.get(),
          null);
      return;
    }
    List<ObjectNode> rows = run(query, null, null);
    answer(ctx, rows, 0, batchSize(ctx));
  }

  private void queryMore(RoutingContext ctx) {
    String locator = ctx.pathParam("locator");
    int dash = locator.lastIndexOf('-');
    List<ObjectNode> rows = dash < 0 ? null : locators.get(locator.substring(0, dash));
    if (rows == null || !locator.substring(dash + 1).matches("\\d+")) {
      error(ctx, 400, "INVALID_QUERY_LOCATOR", "invalid query locator", null);
      return;
    }
    answer(ctx, rows, Integer.parseInt(locator.substring(dash + 1)), batchSize(ctx));
  }

  /** {@code Sforce-Query-Options: batchSize=n}, clamped to 200..2000 as Salesforce does. */
  private static int batchSize(RoutingContext ctx) {
    String options = ctx.request().getHeader("sforce-query-options");
    if (options != null) {
      for (String option : options.split(",")) {
        String[] pair = option.trim().split("=");
        if (pair.length == 2 && pair[0].equalsIgnoreCase("batchSize") && pair[1].matches("\\d+")) {
          return Math.max(200, Math.min(2000, Integer.parseInt(pair[1])));
        }
      }
    }
    return 2000;
  }

  private void answer(RoutingContext ctx, List<ObjectNode> rows, int from, int batch) {
    ObjectNode body = Json.object().put("totalSize", rows.size());
    int to = Math.min(rows.size(), from + batch);
    body.put("done", to >= rows.size());
    if (to < rows.size()) {
      String locator = locatorFor(rows);
      body.put(
          "nextRecordsUrl",
          "/services/data/" + ctx.pathParam("version") + "/query/" + locator + "-" + to);
    }
    ArrayNode records = body.putArray("records");
    rows.subList(Math.min(from, rows.size()), to).forEach(records::add);
    Json.send(ctx, 200, body);
  }

  private String locatorFor(List<ObjectNode> rows) {
    return locators.entrySet().stream()
        .filter(e -> e.getValue() == rows)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseGet(
            () -> {
              String locator =
                  String.format(Locale.ROOT, "01gPb%013d", nextLocator.getAndIncrement());
              locators.put(locator, rows);
              return locator;
            });
  }

  /** Why the query cannot run (unknown object or field), or empty. */
  private static Optional<String> validate(Soql.Query query) {
    SObject type = TYPES.get(canonical(query.from(), TYPES.keySet()));
    if (type == null) {
      return Optional.of("sObject type '" + query.from() + "' is not supported.");
    }
    for (Soql.Field field : query.fields()) {
      if (field.isSubquery()) {
        String[] child = CHILDREN.getOrDefault(type.name(), Map.of()).get(field.subquery().from());
        if (child == null) {
          return Optional.of(
              "Didn't understand relationship '" + field.subquery().from() + "' in FROM part");
        }
        for (Soql.Field inner : field.subquery().fields()) {
          if (inner.isSubquery() || !TYPES.get(child[0]).fields().contains(inner.path())) {
            return Optional.of(
                "No such column '" + inner.path() + "' on entity '" + child[0] + "'.");
          }
        }
      } else if (resolveType(type, field.path()).isEmpty()) {
        return Optional.of(
            "No such column '" + field.path() + "' on entity '" + type.name() + "'.");
      }
    }
    return Optional.empty();
  }

  /** The type holding the last segment of a (dotted) field path, if the path is valid. */
  private static Optional<SObject> resolveType(SObject type, String path) {
    String[] parts = path.split("\\.");
    SObject current = type;
    for (int i = 0; i < parts.length - 1; i++) {
      String parent = parentType(current, parts[i]);
      if (parent == null) {
        return Optional.empty();
      }
      current = TYPES.get(parent);
    }
    return current.fields().contains(parts[parts.length - 1])
        ? Optional.of(current)
        : Optional.empty();
  }

  /** The type a parent relationship ({@code Account}, {@code Owner}) points to, or null. */
  private static String parentType(SObject type, String relationship) {
    if (!type.fields().contains(relationship + "Id")) {
      return null;
    }
    return switch (relationship) {
      case "Owner" -> "User";
      case "Who" -> "Contact";
      case "What" -> "Opportunity";
      default -> TYPES.containsKey(relationship) ? relationship : null;
    };
  }

  private static String canonical(String name, Set<String> names) {
    return names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(name);
  }

  /** Runs a query over the store; {@code parentKey}/{@code parentId} restrict a subquery. */
  private List<ObjectNode> run(Soql.Query query, String parentKey, String parentId) {
    SObject type = TYPES.get(canonical(query.from(), TYPES.keySet()));
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode record : store.get(type.name()).all()) {
      if (parentKey != null && !parentId.equals(record.path(parentKey).asText())) {
        continue;
      }
      if (query.where() == null || query.where().test(path -> value(type, record, path))) {
        matching.add(record);
      }
    }
    if (query.orderBy() != null) {
      Comparator<ObjectNode> order =
          (a, b) -> Soql.compare(value(type, a, query.orderBy()), value(type, b, query.orderBy()));
      matching.sort(query.descending() ? order.reversed() : order);
    }
    int from = query.offset() == null ? 0 : Math.min(query.offset(), matching.size());
    int to =
        query.limit() == null ? matching.size() : Math.min(matching.size(), from + query.limit());
    List<ObjectNode> rows = new ArrayList<>();
    for (ObjectNode record : matching.subList(from, to)) {
      rows.add(project(type, record, query));
    }
    return rows;
  }

  private ObjectNode project(SObject type, ObjectNode record, Soql.Query query) {
    ObjectNode row = attributes(type.name(), record.get("Id").asText());
    for (Soql.Field field : query.fields()) {
      if (field.isSubquery()) {
        String relationship = field.subquery().from();
        String[] child = CHILDREN.get(type.name()).get(relationship);
        List<ObjectNode> children =
            run(
                new Soql.Query(
                    field.subquery().fields(),
                    child[0],
                    field.subquery().where(),
                    field.subquery().orderBy(),
                    field.subquery().descending(),
                    field.subquery().limit(),
                    field.subquery().offset()),
                child[1],
                record.get("Id").asText());
        if (children.isEmpty()) {
          row.putNull(relationship);
        } else {
          ObjectNode nested = row.putObject(relationship).put("totalSize", children.size());
          nested.put("done", true);
          children.forEach(nested.withArray("records")::add);
        }
      } else {
        putPath(type, record, field.path(), row);
      }
    }
    return row;
  }

  /** Writes {@code Account.Name} as {@code "Account": {attributes, Name}} (null without parent). */
  private void putPath(SObject type, ObjectNode record, String path, ObjectNode row) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      row.set(
          canonical(path, Set.copyOf(type.fields())),
          record.get(canonical(path, Set.copyOf(type.fields()))));
      return;
    }
    String relationship = path.substring(0, dot);
    String parentName = parentType(type, relationship);
    Optional<ObjectNode> parent =
        Optional.ofNullable(record.get(relationship + "Id"))
            .filter(JsonNode::isTextual)
            .flatMap(id -> store.get(parentName).get(id.asText()));
    if (parent.isEmpty()) {
      row.putNull(relationship);
      return;
    }
    JsonNode existing = row.get(relationship);
    ObjectNode nested =
        existing instanceof ObjectNode object
            ? object
            : attributes(parentName, parent.get().get("Id").asText());
    row.set(relationship, nested);
    putPath(TYPES.get(parentName), parent.get(), path.substring(dot + 1), nested);
  }

  /** The value of a (dotted) field, as a SOQL comparison reads it. */
  private Object value(SObject type, ObjectNode record, String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      JsonNode value = record.get(canonical(path, Set.copyOf(type.fields())));
      if (value == null || value.isNull()) {
        return null;
      }
      return value.isNumber()
          ? (Object) value.asDouble()
          : value.isBoolean() ? value.asBoolean() : value.asText();
    }
    String relationship = path.substring(0, dot);
    String parentName = parentType(type, relationship);
    if (parentName == null) {
      return null;
    }
    return Optional.ofNullable(record.get(relationship + "Id"))
        .filter(JsonNode::isTextual)
        .flatMap(id -> store.get(parentName).get(id.asText()))
        .map(parent -> value(TYPES.get(parentName), parent, path.substring(dot + 1)))
        .orElse(null);
  }

  private static ObjectNode attributes(String type, String id) {
    ObjectNode row = Json.object();
    row.putObject("attributes")
        .put("type", type)
        .put("url", "/services/data/v60.0/sobjects/" + type + "/" + id);
    return row;
  }

  private void search(RoutingContext ctx) {
    String term = ctx.queryParams().get("q");
    String sobject =
        canonical(
            Optional.ofNullable(ctx.queryParams().get("sobject")).orElse("Contact"),
            TYPES.keySet());
    SObject type = TYPES.get(sobject);
    if (term == null || term.replace("*", "").length() < 2) {
      error(ctx, 400, "INVALID_SEARCH", "search term must be longer than one character", null);
      return;
    }
    if (type == null) {
      error(ctx, 400, "INVALID_TYPE", "sObject type '" + sobject + "' is not supported.", null);
      return;
    }
    List<String> fields =
        Optional.ofNullable(ctx.queryParams().get(sobject + ".fields"))
            .map(f -> Arrays.stream(f.split(",")).map(String::trim).toList())
            .orElse(List.of("Id"));
    String needle = term.replace("*", "").toLowerCase(Locale.ROOT);
    int limit =
        Optional.ofNullable(ctx.queryParams().get("overallLimit"))
            .filter(l -> l.matches("\\d+"))
            .map(Integer::parseInt)
            .orElse(2000);
    ArrayNode results = Json.array();
    for (ObjectNode record : store.get(sobject).all()) {
      boolean hit = false;
      for (String field : List.of("Name", "Email", "Phone", "FirstName", "LastName")) {
        hit |= record.path(field).asText("").toLowerCase(Locale.ROOT).contains(needle);
      }
      if (hit && results.size() < limit) {
        ObjectNode row = attributes(sobject, record.get("Id").asText());
        for (String field : fields) {
          if (resolveType(type, field).isEmpty()) {
            error(
                ctx,
                400,
                "INVALID_FIELD",
                "No such column '" + field + "' on entity '" + sobject + "'.",
                null);
            return;
          }
          putPath(type, record, field, row);
        }
        results.add(row);
      }
    }
    ObjectNode body = Json.object();
    body.set("searchRecords", results);
    Json.send(ctx, 200, body);
  }

  private void listViews(RoutingContext ctx) {
    String type = canonical(ctx.pathParam("type"), TYPES.keySet());
    if (!TYPES.containsKey(type)) {
      error(ctx, 404, "NOT_FOUND", "The requested resource does not exist", null);
      return;
    }
    String[][] views = {
      {"AllContacts", "All Contacts"},
      {"MyContacts", "My Contacts"},
      {"NewThisWeek", "New This Week"},
      {"RecentlyViewedContacts", "Recently Viewed Contacts"}
    };
    ObjectNode body = Json.object().put("done", true).putNull("nextRecordsUrl");
    ArrayNode list = body.putArray("listviews");
    for (int i = 0; i < views.length; i++) {
      String id = String.format(Locale.ROOT, "00BPb%013d", i + 1);
      String base =
          "/services/data/" + ctx.pathParam("version") + "/sobjects/" + type + "/listviews/" + id;
      ObjectNode view = list.addObject().put("id", id).put("developerName", views[i][0]);
      view.put("label", views[i][1]).put("soqlCompatible", true);
      view.put("describeUrl", base + "/describe")
          .put("resultsUrl", base + "/results")
          .put("url", base);
    }
    body.put("size", views.length).put("sobjectType", type);
    Json.send(ctx, 200, body);
  }

  private void read(RoutingContext ctx) {
    SObject type = TYPES.get(canonical(ctx.pathParam("type"), TYPES.keySet()));
    Optional<ObjectNode> record =
        type == null ? Optional.empty() : store.get(type.name()).get(ctx.pathParam("id"));
    if (record.isEmpty()) {
      error(ctx, 404, "NOT_FOUND", "The requested resource does not exist", null);
      return;
    }
    List<String> fields =
        Optional.ofNullable(ctx.queryParams().get("fields"))
            .map(f -> Arrays.stream(f.split(",")).map(String::trim).toList())
            .orElse(type.fields());
    ObjectNode row = attributes(type.name(), ctx.pathParam("id"));
    for (String field : fields) {
      if (!type.fields().contains(field)) {
        error(
            ctx,
            400,
            "INVALID_FIELD",
            "No such column '" + field + "' on entity '" + type.name() + "'.",
            null);
        return;
      }
      row.set(field, record.get().get(field));
    }
    Json.send(ctx, 200, row);
  }

  private void create(RoutingContext ctx) {
    SObject type = TYPES.get(canonical(ctx.pathParam("type"), TYPES.keySet()));
    ObjectNode body = Json.body(ctx).orElse(null);
    if (type == null) {
      error(ctx, 404, "NOT_FOUND", "The requested resource does not exist", null);
      return;
    }
    if (body == null) {
      error(ctx, 400, "JSON_PARSER_ERROR", "The request body must be a JSON object", null);
      return;
    }
    if (!writable(ctx, type, body)) {
      return;
    }
    List<String> missing =
        type.required().stream().filter(f -> body.path(f).asText("").isBlank()).sorted().toList();
    if (!missing.isEmpty()) {
      error(ctx, 400, "REQUIRED_FIELD_MISSING", "Required fields are missing: " + missing, missing);
      return;
    }
    String id = id(type, counters.get(type.name()).getAndIncrement());
    Instant now = clock.instant();
    ObjectNode record = blank(type, id, now, now);
    record.setAll(body);
    derive(type.name(), record);
    store.get(type.name()).put(record);
    ObjectNode created = Json.object().put("id", id).put("success", true);
    created.putArray("errors");
    Json.send(ctx, 201, created);
  }

  private void update(RoutingContext ctx) {
    SObject type = TYPES.get(canonical(ctx.pathParam("type"), TYPES.keySet()));
    Optional<ObjectNode> record =
        type == null ? Optional.empty() : store.get(type.name()).get(ctx.pathParam("id"));
    ObjectNode body = Json.body(ctx).orElse(null);
    if (record.isEmpty()) {
      error(ctx, 404, "NOT_FOUND", "The requested resource does not exist", null);
      return;
    }
    if (body == null) {
      error(ctx, 400, "JSON_PARSER_ERROR", "The request body must be a JSON object", null);
      return;
    }
    if (!writable(ctx, type, body)) {
      return;
    }
    ObjectNode updated = record.get().deepCopy();
    updated.setAll(body);
    String now = SF_TIME.format(clock.instant());
    updated.put("LastModifiedDate", now).put("SystemModstamp", now);
    derive(type.name(), updated);
    store.get(type.name()).put(updated);
    ctx.response().setStatusCode(204).end();
  }

  private void delete(RoutingContext ctx) {
    SObject type = TYPES.get(canonical(ctx.pathParam("type"), TYPES.keySet()));
    if (type != null && store.get(type.name()).remove(ctx.pathParam("id"))) {
      ctx.response().setStatusCode(204).end();
    } else {
      error(ctx, 404, "ENTITY_IS_DELETED", "entity is deleted", null);
    }
  }

  private boolean writable(RoutingContext ctx, SObject type, ObjectNode body) {
    for (var it = body.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!type.fields().contains(field)) {
        error(
            ctx,
            400,
            "INVALID_FIELD",
            "No such column '" + field + "' on sobject of type " + type.name(),
            null);
        return false;
      }
      if (SYSTEM.contains(field) || type.readOnly().contains(field)) {
        error(
            ctx,
            400,
            "INVALID_FIELD_FOR_INSERT_UPDATE",
            "Unable to create/update fields: "
                + field
                + ". Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
            List.of(field));
        return false;
      }
    }
    return true;
  }

  /**
   * Fields Salesforce computes: Name, and IsClosed, IsWon and the stage's default
   * ForecastCategoryName from StageName.
   */
  private static void derive(String type, ObjectNode record) {
    if (type.equals("Contact") || type.equals("User")) {
      String first = record.path("FirstName").asText("");
      record.put("Name", (first.isEmpty() ? "" : first + " ") + record.path("LastName").asText(""));
    }
    if (type.equals("Opportunity")) {
      String stage = record.path("StageName").asText("");
      record.put("IsClosed", stage.startsWith("Closed"));
      record.put("IsWon", stage.equals("Closed Won"));
      record.put(
          "ForecastCategoryName",
          CrmSeed.STAGES.stream()
              .filter(seeded -> label(seeded).equals(stage))
              .findFirst()
              .map(Salesforce::forecastCategory)
              .orElse("Pipeline"));
    }
  }

  /** The seeded stage's label as Salesforce spells it ("Closed Won"). */
  private static String label(CrmSeed.Stage stage) {
    return stage.label().replace("Closed won", "Closed Won").replace("Closed lost", "Closed Lost");
  }

  /** Won deals are Closed, lost and on-hold ones Omitted from the forecast, the rest Pipeline. */
  private static String forecastCategory(CrmSeed.Stage stage) {
    if (stage.won()) {
      return "Closed";
    }
    return stage.closed() || stage.key().equals("onhold") ? "Omitted" : "Pipeline";
  }

  private ObjectNode blank(SObject type, String id, Instant created, Instant modified) {
    ObjectNode record = Json.object();
    type.fields().forEach(record::putNull);
    record.put("Id", id);
    record.put("CreatedDate", SF_TIME.format(created));
    record.put("LastModifiedDate", SF_TIME.format(modified));
    record.put("SystemModstamp", SF_TIME.format(modified));
    record.put("IsDeleted", false);
    if (type.fields().contains("OwnerId")) {
      record.put("OwnerId", id(TYPES.get("User"), 1));
    }
    return record;
  }

  static String id(String type, int index) {
    return id(TYPES.get(type), index);
  }

  private static String id(SObject type, int index) {
    return type.prefix() + String.format(Locale.ROOT, "Pb%013d", index);
  }

  private List<ObjectNode> seed(String type) {
    SObject sobject = TYPES.get(type);
    List<ObjectNode> out = new ArrayList<>();
    Function<Integer, ObjectNode> maker =
        switch (type) {
          case "Contact" -> i -> contact(sobject, i);
          case "Account" -> i -> account(sobject, i);
          case "Opportunity" -> i -> opportunity(sobject, i);
          case "Task" -> i -> task(sobject, i);
          case "User" -> i -> user(sobject, i);
          case "OpportunityStage" -> i -> stage(sobject, i);
          default -> i -> contactRole(sobject, i);
        };
    int count =
        switch (type) {
          case "Contact" -> CONTACTS;
          case "Account" -> CrmSeed.COMPANIES;
          case "Opportunity", "OpportunityContactRole" -> CrmSeed.DEALS;
          case "Task" -> CrmSeed.NOTES;
          case "User" -> CrmSeed.USERS;
          default -> CrmSeed.STAGES.size();
        };
    for (int i = 1; i <= count; i++) {
      out.add(maker.apply(i));
    }
    return out;
  }

  private ObjectNode contact(SObject type, int i) {
    Seed.Person person = CrmSeed.contact(i);
    ObjectNode record = blank(type, id(type, i), person.createdAt(), person.updatedAt());
    record.put("FirstName", person.firstName()).put("LastName", person.lastName());
    record.put("Email", person.email()).put("Phone", person.phone());
    if (i % 3 == 0) {
      record.put("MobilePhone", "+44 7700 9" + String.format(Locale.ROOT, "%05d", i));
    }
    record
        .put("Title", person.jobTitle())
        .put("LeadSource", i % 2 == 0 ? "Web" : "Partner Referral");
    record.put("AccountId", id("Account", CrmSeed.companyOf(i)));
    record.put("OwnerId", id("User", CrmSeed.ownerOf(i)));
    record.put("MailingCity", person.city()).put("MailingCountry", person.country());
    derive("Contact", record);
    return record;
  }

  private ObjectNode account(SObject type, int i) {
    Seed.Company company = Seed.company(i);
    ObjectNode record = blank(type, id(type, i), CrmSeed.companyCreated(i), company.updatedAt());
    record.put("Name", company.name()).put("Website", "https://" + company.domain());
    record.put("Industry", company.industry()).put("NumberOfEmployees", company.employees());
    CrmSeed.Office office = CrmSeed.office(i);
    record.put("Phone", office.phone());
    record.put("BillingCity", office.city()).put("BillingCountry", office.country());
    record.put("OwnerId", id("User", CrmSeed.ownerOf(i)));
    return record;
  }

  private ObjectNode opportunity(SObject type, int i) {
    CrmSeed.Deal deal = CrmSeed.deal(i);
    CrmSeed.Stage stage = CrmSeed.STAGES.get(deal.stage());
    ObjectNode record = blank(type, id(type, i), deal.createdAt(), deal.updatedAt());
    record.put("Name", deal.name()).put("StageName", label(stage));
    record.put("CloseDate", deal.closeDate().toString()).put("Amount", (double) deal.amount());
    record.put("Probability", (double) stage.probability());
    record.put("AccountId", id("Account", deal.company()));
    record.put("OwnerId", id("User", deal.owner()));
    derive("Opportunity", record);
    return record;
  }

  private ObjectNode contactRole(SObject type, int i) {
    CrmSeed.Deal deal = CrmSeed.deal(i);
    ObjectNode record = blank(type, id(type, i), deal.createdAt(), deal.createdAt());
    record.put("ContactId", id("Contact", deal.contact()));
    record.put("OpportunityId", id("Opportunity", i));
    record.put("Role", "Decision Maker").put("IsPrimary", true);
    return record;
  }

  private ObjectNode task(SObject type, int i) {
    CrmSeed.Note note = CrmSeed.note(i);
    ObjectNode record = blank(type, id(type, i), note.createdAt(), note.createdAt());
    record.put("Subject", i % 2 == 0 ? "Call" : "Email").put("Description", note.body());
    record.put("Status", i % 4 == 0 ? "Completed" : "Not Started").put("Priority", "Normal");
    record.put(
        "ActivityDate", note.createdAt().plus(7, ChronoUnit.DAYS).toString().substring(0, 10));
    record
        .put("WhoId", id("Contact", note.contact()))
        .put("WhatId", id("Opportunity", note.deal()));
    record.put("OwnerId", id("User", note.owner()));
    return record;
  }

  private ObjectNode user(SObject type, int i) {
    CrmSeed.User user = CrmSeed.user(i);
    ObjectNode record = blank(type, id(type, i), user.createdAt(), user.createdAt());
    record.put("Username", user.email()).put("Email", user.email());
    record.put("FirstName", user.firstName()).put("LastName", user.lastName());
    record.put("Title", "Account Executive").put("IsActive", true);
    record.putNull("OwnerId");
    derive("User", record);
    return record;
  }

  private ObjectNode stage(SObject type, int i) {
    CrmSeed.Stage seeded = CrmSeed.STAGES.get(i - 1);
    ObjectNode record =
        blank(
            type,
            id(type, i),
            Seed.EPOCH.minus(1000, ChronoUnit.DAYS),
            Seed.EPOCH.minus(400, ChronoUnit.DAYS));
    String label = label(seeded);
    record.put("MasterLabel", label).put("ApiName", label).put("SortOrder", i);
    record.put("IsActive", true).put("IsClosed", seeded.closed()).put("IsWon", seeded.won());
    record.put("DefaultProbability", (double) seeded.probability());
    record.put("ForecastCategoryName", forecastCategory(seeded));
    return record;
  }
}
