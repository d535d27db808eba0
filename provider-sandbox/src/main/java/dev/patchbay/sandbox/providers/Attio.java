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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Attio (https://docs.attio.com/rest-api/overview): {@code https://api.attio.com/v2/}, a bearer
 * token that is either a workspace API key or an OAuth access token from {@code
 * app.attio.com/authorize} and {@code app.attio.com/oauth/token}. Attio's token endpoint only knows
 * the authorization code grant: its access tokens do not expire and there are no refresh tokens.
 * Records are {@code {id: {workspace_id, object_id, record_id}, created_at, web_url, values}}, each
 * attribute a list of typed values; {@code POST .../records/query} filters, sorts and pages with
 * {@code limit}/{@code offset} and answers only {@code {data}}. Errors are {@code {status_code,
 * type, code, message}}.
 */
public final class Attio implements Provider {
  static final String API_KEY = "sandbox-attio-api-key";
  static final String WORKSPACE = "14beef7a-99f7-4534-a87e-70b564330a4c";
  static final int PEOPLE = 70;
  private static final Set<String> MULTI =
      Set.of(
          "email_addresses",
          "phone_numbers",
          "domains",
          "associated_deals",
          "team",
          "associated_people");

  /** Attribute slug → type, per object. */
  private static final Map<String, Map<String, String>> ATTRIBUTES =
      Map.of(
          "people",
          Map.of(
              "name", "personal-name",
              "email_addresses", "email-address",
              "phone_numbers", "phone-number",
              "job_title", "text",
              "description", "text",
              "company", "record-reference",
              "associated_deals", "record-reference"),
          "companies",
          Map.of(
              "name", "text",
              "domains", "domain",
              "description", "text",
              "primary_location", "location",
              "team", "record-reference",
              "associated_deals", "record-reference"),
          "deals",
          Map.of(
              "name", "text",
              "stage", "status",
              "value", "currency",
              "owner", "actor-reference",
              "associated_people", "record-reference",
              "associated_company", "record-reference"));

  private static final Map<String, List<String>> REQUIRED =
      Map.of("people", List.of(), "companies", List.of("name"), "deals", List.of("name", "stage"));

  private final Clock clock;
  private final OAuthServer oauth;
  private final Map<String, Records> objects = new LinkedHashMap<>();
  private final Records notes = new Records(Attio::seedNotes, r -> r.at("/id/note_id").asText());

  public Attio(Clock clock) {
    this.clock = clock;
    this.oauth = new OAuthServer("attio", Duration.ofDays(3650), clock);
    objects.put("people", new Records(Attio::seedPeople, Attio::recordId));
    objects.put("companies", new Records(Attio::seedCompanies, Attio::recordId));
    objects.put("deals", new Records(Attio::seedDeals, Attio::recordId));
  }

  @Override
  public String key() {
    return "attio";
  }

  @Override
  public List<String> hosts() {
    return List.of("api.attio.com", "app.attio.com");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("apiKey", API_KEY);
  }

  @Override
  public Optional<OAuthServer> oauth() {
    return Optional.of(oauth);
  }

  @Override
  public void reset() {
    objects.values().forEach(Records::reset);
    notes.reset();
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    String type =
        switch (status) {
          case 401 -> "auth_error";
          case 429 -> "rate_limit_error";
          default -> status >= 500 ? "internal_server_error" : "invalid_request_error";
        };
    String code =
        switch (status) {
          case 400 -> "validation_type";
          case 401 -> "unauthorized";
          case 404 -> "not_found";
          case 429 -> "rate_limit_exceeded";
          default -> "internal_server_error";
        };
    error(ctx, status, type, code, message);
  }

  private static void error(RoutingContext ctx, int status, String type, String code, String text) {
    ObjectNode body = Json.object().put("status_code", status).put("type", type);
    body.put("code", code).put("message", text);
    Json.send(ctx, status, body);
  }

  @Override
  public void mount(Router router) {
    oauth.mountAuthorize(router, "/authorize");
    router.post("/oauth/token").handler(this::authorizationCodeOnly);
    oauth.mountToken(router, "/oauth/token");
    router.route("/v2/*").handler(this::authenticate);
    router.post("/v2/objects/:object/records/query").handler(ctx -> withObject(ctx, this::query));
    router.get("/v2/objects/:object/records/:id").handler(ctx -> withObject(ctx, this::read));
    router.post("/v2/objects/:object/records").handler(ctx -> withObject(ctx, this::create));
    router.patch("/v2/objects/:object/records/:id").handler(ctx -> withObject(ctx, this::update));
    router.delete("/v2/objects/:object/records/:id").handler(ctx -> withObject(ctx, this::delete));
    router.get("/v2/objects/deals/attributes/stage/statuses").handler(this::statuses);
    router.get("/v2/notes").handler(this::listNotes);
    router.post("/v2/notes").handler(this::createNote);
    router.get("/v2/tasks").handler(this::tasks);
    router.get("/v2/workspace_members").handler(this::members);
    router.get("/v2/lists").handler(this::lists);
  }

  /** Attio's token endpoint exchanges authorization codes only: there is no refresh grant. */
  private void authorizationCodeOnly(RoutingContext ctx) {
    String grant = ctx.request().getFormAttribute("grant_type");
    if (grant == null) {
      grant = Json.body(ctx).map(b -> b.path("grant_type").asText(null)).orElse(null);
    }
    if (grant != null && !grant.equals("authorization_code")) {
      Json.send(
          ctx,
          400,
          Json.object()
              .put("error", "unsupported_grant_type")
              .put("error_description", "grant_type must be authorization_code"));
    } else {
      ctx.next();
    }
  }

  private void authenticate(RoutingContext ctx) {
    Optional<String> token = Credentials.bearer(ctx);
    if (token.filter(t -> t.equals(API_KEY) || oauth.acceptsAccessToken(t)).isPresent()) {
      ctx.next();
    } else {
      error(ctx, 401, "Authentication failed: the access token is invalid or was revoked.");
    }
  }

  private interface ObjectHandler {
    void handle(RoutingContext ctx, String object, Records records);
  }

  private void withObject(RoutingContext ctx, ObjectHandler handler) {
    String object = ctx.pathParam("object");
    Records records = objects.get(object);
    if (records == null) {
      error(ctx, 404, "Object with slug/ID \"" + object + "\" not found.");
    } else {
      handler.handle(ctx, object, records);
    }
  }

  private void query(RoutingContext ctx, String object, Records records) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    JsonNode limit = body.path("limit");
    JsonNode offset = body.path("offset");
    if (!integral(limit, 500, 1, 500) || !integral(offset, 0, 0, Integer.MAX_VALUE)) {
      error(ctx, 400, "Body payload validation error: limit must be 1 to 500, offset 0 or more.");
      return;
    }
    Predicate<ObjectNode> filter;
    try {
      filter = body.has("filter") ? AttioFilter.of(body.get("filter")) : r -> true;
    } catch (IllegalArgumentException invalid) {
      error(ctx, 400, "invalid_request_error", "filter_error", invalid.getMessage());
      return;
    }
    List<ObjectNode> found = new ArrayList<>(records.all().stream().filter(filter).toList());
    JsonNode sort = body.path("sorts").path(0);
    if (sort.hasNonNull("attribute")) {
      String attribute = sort.get("attribute").asText();
      Comparator<ObjectNode> order =
          Comparator.comparing(r -> AttioFilter.primary(r.path("values").path(attribute).path(0)));
      found.sort("desc".equals(sort.path("direction").asText()) ? order.reversed() : order);
    }
    ArrayNode data = Json.array();
    Paging.slice(found, offset.asInt(0), limit.isMissingNode() ? 500 : limit.asInt())
        .forEach(data::add);
    Json.send(ctx, 200, Json.object().set("data", data));
  }

  private static boolean integral(JsonNode value, int fallback, int min, int max) {
    if (value.isMissingNode() || value.isNull()) {
      return fallback >= min;
    }
    return value.isNumber()
        && value.asDouble() == Math.rint(value.asDouble())
        && value.asInt() >= min
        && value.asInt() <= max;
  }

  private void read(RoutingContext ctx, String object, Records records) {
    records
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            r -> Json.send(ctx, 200, Json.object().set("data", r)),
            () -> error(ctx, 404, "Record with ID \"" + ctx.pathParam("id") + "\" not found."));
  }

  private void create(RoutingContext ctx, String object, Records records) {
    JsonNode values = Json.body(ctx).map(b -> b.path("data").path("values")).orElse(null);
    if (values == null || !values.isObject()) {
      error(ctx, 400, "Body payload validation error: data.values must be an object.");
      return;
    }
    for (String required : REQUIRED.get(object)) {
      if (!values.hasNonNull(required)) {
        error(
            ctx,
            400,
            "Required value for attribute with slug \"" + required + "\" was not provided.");
        return;
      }
    }
    Instant now = clock.instant();
    ObjectNode record = record(object, UUID.randomUUID().toString(), now);
    if (!write(ctx, object, record, (ObjectNode) values, now, false)) {
      return;
    }
    records.put(record);
    Json.send(ctx, 200, Json.object().set("data", record));
  }

  private void update(RoutingContext ctx, String object, Records records) {
    Optional<ObjectNode> existing = records.get(ctx.pathParam("id"));
    JsonNode values = Json.body(ctx).map(b -> b.path("data").path("values")).orElse(null);
    if (existing.isEmpty()) {
      error(ctx, 404, "Record with ID \"" + ctx.pathParam("id") + "\" not found.");
      return;
    }
    if (values == null || !values.isObject()) {
      error(ctx, 400, "Body payload validation error: data.values must be an object.");
      return;
    }
    ObjectNode record = existing.get().deepCopy();
    if (write(ctx, object, record, (ObjectNode) values, clock.instant(), true)) {
      records.put(record);
      Json.send(ctx, 200, Json.object().set("data", record));
    }
  }

  private void delete(RoutingContext ctx, String object, Records records) {
    if (records.remove(ctx.pathParam("id"))) {
      Json.send(ctx, 200, Json.object());
    } else {
      error(ctx, 404, "Record with ID \"" + ctx.pathParam("id") + "\" not found.");
    }
  }

  /**
   * Writes input values into a record: each attribute's input (a value, or a list of them, in
   * Attio's short or full form) becomes its typed value list. A PATCH adds to multi-value
   * attributes and replaces the others.
   */
  private boolean write(
      RoutingContext ctx,
      String object,
      ObjectNode record,
      ObjectNode values,
      Instant now,
      boolean append) {
    Map<String, ArrayNode> typed = new LinkedHashMap<>();
    for (var it = values.fields(); it.hasNext(); ) {
      var entry = it.next();
      String type = ATTRIBUTES.get(object).get(entry.getKey());
      if (type == null) {
        error(ctx, 400, "Cannot find attribute with slug/ID \"" + entry.getKey() + "\".");
        return false;
      }
      ArrayNode list = Json.array();
      JsonNode input = entry.getValue();
      for (JsonNode item : input.isArray() ? input : Json.array().add(input)) {
        Optional<ObjectNode> value = AttioValues.typed(type, item, now);
        if (value.isEmpty()) {
          error(
              ctx,
              400,
              "Invalid value was passed to attribute with slug \"" + entry.getKey() + "\".");
          return false;
        }
        list.add(value.get());
      }
      typed.put(entry.getKey(), list);
    }
    ObjectNode target = record.with("values");
    typed.forEach(
        (slug, list) -> {
          if (append && MULTI.contains(slug) && target.path(slug).isArray()) {
            ((ArrayNode) target.get(slug)).addAll(list);
          } else {
            target.set(slug, list);
          }
        });
    return true;
  }

  private void statuses(RoutingContext ctx) {
    ArrayNode data = Json.array();
    boolean archived = "true".equals(ctx.queryParams().get("show_archived"));
    for (int i = 0; i < CrmSeed.STAGES.size(); i++) {
      if (archived || !AttioValues.isArchived(CrmSeed.STAGES.get(i))) {
        data.add(AttioValues.status(i));
      }
    }
    Json.send(ctx, 200, Json.object().set("data", data));
  }

  private void listNotes(RoutingContext ctx) {
    String parentObject = ctx.queryParams().get("parent_object");
    String parentRecord = ctx.queryParams().get("parent_record_id");
    int limit = intParam(ctx, "limit", 10);
    int offset = intParam(ctx, "offset", 0);
    if (limit < 1 || limit > 50 || offset < 0 || (parentRecord != null && parentObject == null)) {
      error(ctx, 400, "limit must be 1 to 50; parent_record_id needs parent_object.");
      return;
    }
    List<ObjectNode> found =
        notes.all().stream()
            .filter(
                n -> parentObject == null || parentObject.equals(n.path("parent_object").asText()))
            .filter(
                n ->
                    parentRecord == null
                        || parentRecord.equals(n.path("parent_record_id").asText()))
            .toList();
    ArrayNode data = Json.array();
    Paging.slice(found, offset, limit).forEach(data::add);
    Json.send(ctx, 200, Json.object().set("data", data));
  }

  private void createNote(RoutingContext ctx) {
    JsonNode data = Json.body(ctx).map(b -> b.path("data")).orElse(Json.object());
    for (String field :
        List.of("parent_object", "parent_record_id", "title", "format", "content")) {
      if (!data.hasNonNull(field)) {
        error(ctx, 400, "Body payload validation error: data." + field + " is required.");
        return;
      }
    }
    Records parent = objects.get(data.get("parent_object").asText());
    if (parent == null || parent.get(data.get("parent_record_id").asText()).isEmpty()) {
      error(ctx, 404, "Parent record was not found.");
      return;
    }
    ObjectNode note =
        AttioValues.note(
            UUID.randomUUID().toString(),
            data.get("parent_object").asText(),
            data.get("parent_record_id").asText(),
            data.get("title").asText(),
            data.get("content").asText(),
            clock.instant());
    notes.put(note);
    Json.send(ctx, 200, Json.object().set("data", note));
  }

  private void tasks(RoutingContext ctx) {
    int limit = intParam(ctx, "limit", 500);
    int offset = intParam(ctx, "offset", 0);
    String completed = ctx.queryParams().get("is_completed");
    ArrayNode data = Json.array();
    List<ObjectNode> all = new ArrayList<>();
    for (int i = 1; i <= CrmSeed.NOTES; i++) {
      ObjectNode task = AttioValues.task(i);
      if (completed == null || completed.equals(task.get("is_completed").asText())) {
        all.add(task);
      }
    }
    Paging.slice(all, offset, limit).forEach(data::add);
    Json.send(ctx, 200, Json.object().set("data", data));
  }

  private void members(RoutingContext ctx) {
    ArrayNode data = Json.array();
    for (int i = 1; i <= CrmSeed.USERS; i++) {
      data.add(AttioValues.member(i));
    }
    Json.send(ctx, 200, Json.object().set("data", data));
  }

  private void lists(RoutingContext ctx) {
    ArrayNode data = Json.array();
    String[][] seeded = {
      {"sales_pipeline", "Sales pipeline", "deals"},
      {"hiring_candidates", "Hiring candidates", "people"},
      {"target_accounts", "Target accounts", "companies"},
      {"newsletter", "Newsletter", "people"}
    };
    for (int i = 0; i < seeded.length; i++) {
      ObjectNode list = data.addObject();
      list.putObject("id")
          .put("workspace_id", WORKSPACE)
          .put("list_id", uuid("list:" + seeded[i][0]));
      list.put("api_slug", seeded[i][0]).put("name", seeded[i][1]);
      list.putArray("parent_object").add(seeded[i][2]);
      list.put("workspace_access", "full-access").putArray("workspace_member_access");
      list.putObject("created_by_actor")
          .put("type", "workspace-member")
          .put("id", uuid("member:1"));
      list.put("created_at", CrmSeed.millis(Seed.EPOCH.minus(300 - i * 20L, ChronoUnit.DAYS)));
    }
    Json.send(ctx, 200, Json.object().set("data", data));
  }

  private static int intParam(RoutingContext ctx, String name, int fallback) {
    String value = ctx.queryParams().get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException invalid) {
      return -1;
    }
  }

  /** A deterministic UUID for seeded ids. */
  static String uuid(String name) {
    return UUID.nameUUIDFromBytes(("attio:" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String objectId(String object) {
    return uuid("object:" + object);
  }

  private static String recordId(ObjectNode record) {
    return record.at("/id/record_id").asText();
  }

  static ObjectNode record(String object, String id, Instant created) {
    ObjectNode record = Json.object();
    record
        .putObject("id")
        .put("workspace_id", WORKSPACE)
        .put("object_id", objectId(object))
        .put("record_id", id);
    record.put("created_at", CrmSeed.millis(created));
    String kind =
        object.equals("people") ? "person" : object.equals("companies") ? "company" : "deal";
    record.put("web_url", "https://app.attio.com/patchbay-demo/" + kind + "/" + id);
    record.putObject("values");
    return record;
  }

  private static List<ObjectNode> seedPeople() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= PEOPLE; i++) {
      out.add(AttioValues.person(i));
    }
    return out;
  }

  private static List<ObjectNode> seedCompanies() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= CrmSeed.COMPANIES; i++) {
      out.add(AttioValues.company(i, PEOPLE));
    }
    return out;
  }

  private static List<ObjectNode> seedDeals() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= CrmSeed.DEALS; i++) {
      out.add(AttioValues.deal(i));
    }
    return out;
  }

  private static List<ObjectNode> seedNotes() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= CrmSeed.NOTES; i++) {
      CrmSeed.Note note = CrmSeed.note(i);
      out.add(
          AttioValues.note(
              uuid("note:" + i),
              "people",
              uuid("people:" + note.contact()),
              i % 2 == 0 ? "Call notes" : "Meeting notes",
              note.body(),
              note.createdAt()));
    }
    return out;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
