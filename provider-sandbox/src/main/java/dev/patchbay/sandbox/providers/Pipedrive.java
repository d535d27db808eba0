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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Pipedrive (https://developers.pipedrive.com/docs/api/v1): {@code https://{company}.pipedrive.com}
 * with an {@code api_token} query parameter or an OAuth 2.0 bearer token from {@code
 * oauth.pipedrive.com} (client authentication by Basic, one-hour access tokens). API v2 persons,
 * organizations, deals and stages page with {@code cursor}/{@code limit} and answer {@code
 * additional_data.next_cursor}; v1 notes page with {@code start}/{@code limit} and answer {@code
 * additional_data.pagination}. Every answer is wrapped as {@code {success, data, ...}}; errors are
 * {@code {success: false, error, error_info, data: null}}.
 */
public final class Pipedrive implements Provider {
  static final String API_TOKEN = "sandbox-pipedrive-api-token";
  static final int PERSONS = 70;

  /** A deal deleted within the last 30 days: lists leave it out, a read by id still finds it. */
  static final int DELETED_DEAL = 20;

  private static final String V2 = "/api/v2/";
  private static final String ERROR_INFO =
      "Please check developers.pipedrive.com for more information about Pipedrive API.";
  private static final DateTimeFormatter V1_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final Map<String, Set<String>> WRITABLE =
      Map.of(
          "persons",
          Set.of("name", "first_name", "last_name", "owner_id", "org_id", "emails", "phones"),
          "organizations",
          Set.of("name", "owner_id", "address"),
          "deals",
          Set.of(
              "title",
              "value",
              "currency",
              "stage_id",
              "pipeline_id",
              "status",
              "person_id",
              "org_id",
              "owner_id",
              "expected_close_date"));
  private static final Map<String, String> REQUIRED =
      Map.of("persons", "name", "organizations", "name", "deals", "title");

  private final Clock clock;
  private final OAuthServer oauth;
  private final Map<String, Records> collections;
  private final Map<String, AtomicInteger> nextIds;
  private final Records notes = new Records(Pipedrive::seedNotes, r -> r.get("id").asText());
  private final AtomicInteger nextNote = new AtomicInteger();

  public Pipedrive(Clock clock) {
    this.clock = clock;
    this.oauth = new OAuthServer("pipedrive", Duration.ofHours(1), clock);
    this.collections =
        Map.of(
            "persons", new Records(Pipedrive::seedPersons, r -> r.get("id").asText()),
            "organizations", new Records(Pipedrive::seedOrganizations, r -> r.get("id").asText()),
            "deals", new Records(Pipedrive::seedDeals, r -> r.get("id").asText()));
    this.nextIds =
        Map.of(
            "persons", new AtomicInteger(),
            "organizations", new AtomicInteger(),
            "deals", new AtomicInteger());
    reset();
  }

  @Override
  public String key() {
    return "pipedrive";
  }

  @Override
  public List<String> hosts() {
    return List.of("*.pipedrive.com");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("apiToken", API_TOKEN, "companyDomain", "acme");
  }

  @Override
  public Optional<OAuthServer> oauth() {
    return Optional.of(oauth);
  }

  @Override
  public void reset() {
    collections.values().forEach(Records::reset);
    notes.reset();
    nextIds.get("persons").set(PERSONS + 1);
    nextIds.get("organizations").set(CrmSeed.COMPANIES + 1);
    nextIds.get("deals").set(CrmSeed.DEALS + 1);
    nextNote.set(CrmSeed.NOTES + 1);
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    ObjectNode body = Json.object().put("success", false).put("error", message);
    if (status == 401) {
      body.put("errorCode", 401);
    }
    body.put("error_info", ERROR_INFO);
    body.putNull("data");
    body.putNull("additional_data");
    Json.send(ctx, status, body);
  }

  @Override
  public void mount(Router router) {
    oauth.mountAuthorize(router, "/oauth/authorize");
    oauth.mountToken(router, "/oauth/token");
    router.route("/api/*").handler(this::authenticate);
    router.get(V2 + "persons/search").handler(this::searchPersons);
    for (String type : collections.keySet()) {
      router.get(V2 + type).handler(ctx -> list(ctx, type));
      router.get(V2 + type + "/:id").handler(ctx -> read(ctx, type));
      router.post(V2 + type).handler(ctx -> create(ctx, type));
      router.patch(V2 + type + "/:id").handler(ctx -> update(ctx, type));
      router.delete(V2 + type + "/:id").handler(ctx -> delete(ctx, type));
    }
    router.get(V2 + "stages").handler(this::stages);
    router.get("/api/v1/notes").handler(this::listNotes);
    router.post("/api/v1/notes").handler(this::createNote);
    router.get("/api/v1/users").handler(this::users);
    router.get("/api/v1/filters").handler(this::filters);
  }

  private void authenticate(RoutingContext ctx) {
    boolean token = API_TOKEN.equals(ctx.queryParams().get("api_token"));
    if (token || Credentials.bearer(ctx).filter(oauth::acceptsAccessToken).isPresent()) {
      ctx.next();
    } else {
      error(ctx, 401, "unauthorized access");
    }
  }

  private void list(RoutingContext ctx, String type) {
    OptionalInt limit = Paging.limit(ctx.queryParams().get("limit"), 100, 500);
    OptionalInt offset = Paging.offsetOf(ctx.queryParams().get("cursor"));
    if (limit.isEmpty() || offset.isEmpty()) {
      error(ctx, 400, "Invalid cursor or limit (1 to 500)");
      return;
    }
    Optional<Instant> since;
    try {
      since = Optional.ofNullable(ctx.queryParams().get("updated_since")).map(Instant::parse);
    } catch (DateTimeParseException invalid) {
      error(ctx, 400, "updated_since must be an RFC 3339 date-time, e.g. 2025-01-01T10:20:00Z");
      return;
    }
    Set<String> ids =
        csvOf(ctx.queryParams().get("ids")).stream().collect(Collectors.toUnmodifiableSet());
    String person = ctx.queryParams().get("person_id");
    String status = ctx.queryParams().get("status");
    List<ObjectNode> found =
        collections.get(type).all().stream()
            .filter(r -> ids.isEmpty() || ids.contains(r.get("id").asText()))
            .filter(
                r ->
                    since.isEmpty() || !Instant.parse(text(r, "update_time")).isBefore(since.get()))
            .filter(r -> person == null || person.equals(r.path("person_id").asText()))
            .filter(r -> status == null ? !isDeleted(r) : status.equals(r.path("status").asText()))
            .toList();
    ObjectNode body = Json.object().put("success", true);
    ArrayNode data = body.putArray("data");
    Paging.slice(found, offset.getAsInt(), limit.getAsInt()).forEach(data::add);
    int next = offset.getAsInt() + limit.getAsInt();
    body.putObject("additional_data")
        .put("next_cursor", next < found.size() ? Paging.cursor(next) : null);
    Json.send(ctx, 200, body);
  }

  /** Lists leave out deleted records unless {@code status=deleted} asks for them. */
  private static boolean isDeleted(ObjectNode record) {
    return record.path("is_deleted").asBoolean(false);
  }

  private void read(RoutingContext ctx, String type) {
    collections
        .get(type)
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            record -> Json.send(ctx, 200, wrap(record)),
            () -> error(ctx, 404, singular(type) + " not found"));
  }

  private void create(RoutingContext ctx, String type) {
    ObjectNode body = Json.body(ctx).orElse(null);
    String required = REQUIRED.get(type);
    if (body == null || body.path(required).asText("").isBlank()) {
      error(ctx, 400, "Validation failed: " + required + ": Parameter is required");
      return;
    }
    if (!writable(ctx, type, body)) {
      return;
    }
    String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    int id = nextIds.get(type).getAndIncrement();
    ObjectNode record = Json.object().put("id", id);
    switch (type) {
      case "persons" -> {
        record.putArray("emails");
        record.putArray("phones");
        record.putNull("org_id");
      }
      case "deals" -> {
        record.put("status", "open").put("currency", "EUR").put("value", 0);
        record.put("pipeline_id", 1).put("stage_id", 1);
      }
      default -> record.putNull("address");
    }
    record.put("owner_id", 1).put("add_time", now).put("update_time", now);
    record.put("is_deleted", false).put("visible_to", 3);
    record.setAll(body);
    if (type.equals("persons") && !body.has("first_name")) {
      String[] names = body.get("name").asText().split(" ", 2);
      record.put("first_name", names[0]).put("last_name", names.length > 1 ? names[1] : null);
    }
    collections.get(type).put(record);
    Json.send(ctx, 200, wrap(record));
  }

  private void update(RoutingContext ctx, String type) {
    ObjectNode record = collections.get(type).get(ctx.pathParam("id")).orElse(null);
    ObjectNode body = Json.body(ctx).orElse(null);
    if (record == null) {
      error(ctx, 404, singular(type) + " not found");
      return;
    }
    if (body == null || !writable(ctx, type, body)) {
      if (body == null) {
        error(ctx, 400, "Validation failed: a JSON body is required");
      }
      return;
    }
    ObjectNode updated = record.deepCopy();
    updated.setAll(body);
    updated.put("update_time", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
    collections.get(type).put(updated);
    Json.send(ctx, 200, wrap(updated));
  }

  private void delete(RoutingContext ctx, String type) {
    if (collections.get(type).remove(ctx.pathParam("id"))) {
      Json.send(ctx, 200, wrap(Json.object().put("id", Integer.parseInt(ctx.pathParam("id")))));
    } else {
      error(ctx, 404, singular(type) + " not found");
    }
  }

  private boolean writable(RoutingContext ctx, String type, ObjectNode body) {
    List<String> unknown = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!WRITABLE.get(type).contains(name) && !name.equals("custom_fields")) {
                unknown.add(name);
              }
            });
    if (unknown.isEmpty()) {
      return true;
    }
    error(ctx, 400, "Validation failed: unknown field(s) " + unknown);
    return false;
  }

  private void searchPersons(RoutingContext ctx) {
    String term = ctx.queryParams().get("term");
    boolean exact = "true".equals(ctx.queryParams().get("exact_match"));
    if (term == null || term.length() < (exact ? 1 : 2)) {
      error(ctx, 400, "term must be at least 2 characters long (1 with exact_match)");
      return;
    }
    String needle = term.toLowerCase(Locale.ROOT);
    ObjectNode body = Json.object().put("success", true);
    ArrayNode items = body.putObject("data").putArray("items");
    for (ObjectNode person : collections.get("persons").all()) {
      List<String> emails = values(person.path("emails"));
      List<String> texts = new ArrayList<>(emails);
      texts.add(person.path("name").asText());
      boolean hit =
          texts.stream()
              .map(t -> t.toLowerCase(Locale.ROOT))
              .anyMatch(t -> exact ? t.equals(needle) : t.contains(needle));
      if (!hit) {
        continue;
      }
      ObjectNode item = items.addObject().put("result_score", exact ? 1.0 : 0.5).putObject("item");
      item.put("id", person.get("id").asInt()).put("type", "person");
      item.put("name", person.path("name").asText());
      emails.forEach(item.withArray("emails")::add);
      values(person.path("phones")).forEach(item.withArray("phones")::add);
      item.put("visible_to", 3).putObject("owner").put("id", person.path("owner_id").asInt());
      JsonNode org = person.path("org_id");
      if (org.isInt()) {
        ObjectNode organization = item.putObject("organization").put("id", org.asInt());
        collections
            .get("organizations")
            .get(org.asText())
            .ifPresent(o -> organization.put("name", o.path("name").asText()));
      } else {
        item.putNull("organization");
      }
      item.put("update_time", person.path("update_time").asText());
    }
    body.putObject("additional_data").putNull("next_cursor");
    Json.send(ctx, 200, body);
  }

  private void stages(RoutingContext ctx) {
    String pipeline = ctx.queryParams().get("pipeline_id");
    ObjectNode body = Json.object().put("success", true);
    ArrayNode data = body.putArray("data");
    if (pipeline == null || pipeline.equals("1")) {
      for (int i = 0; i < CrmSeed.STAGES.size(); i++) {
        CrmSeed.Stage seeded = CrmSeed.STAGES.get(i);
        ObjectNode stage = data.addObject().put("id", i + 1).put("order_nr", i);
        stage.put("name", seeded.label()).put("is_deleted", false);
        stage.put("deal_probability", seeded.probability()).put("pipeline_id", 1);
        stage.put("is_deal_rot_enabled", false).putNull("days_to_rotten");
        stage.put("add_time", "2023-01-10T09:00:00Z").put("update_time", "2025-02-01T09:00:00Z");
      }
    }
    body.putObject("additional_data").putNull("next_cursor");
    Json.send(ctx, 200, body);
  }

  private void listNotes(RoutingContext ctx) {
    int start;
    OptionalInt limit = Paging.limit(ctx.queryParams().get("limit"), 100, 500);
    try {
      start = Integer.parseInt(Optional.ofNullable(ctx.queryParams().get("start")).orElse("0"));
    } catch (NumberFormatException invalid) {
      start = -1;
    }
    if (start < 0 || limit.isEmpty()) {
      error(ctx, 400, "start must be a non-negative integer and limit 1 to 500");
      return;
    }
    String person = ctx.queryParams().get("person_id");
    String deal = ctx.queryParams().get("deal_id");
    List<ObjectNode> found =
        notes.all().stream()
            .filter(n -> person == null || person.equals(n.path("person_id").asText()))
            .filter(n -> deal == null || deal.equals(n.path("deal_id").asText()))
            .toList();
    ObjectNode body = Json.object().put("success", true);
    ArrayNode data = body.putArray("data");
    Paging.slice(found, start, limit.getAsInt()).forEach(data::add);
    boolean more = start + limit.getAsInt() < found.size();
    ObjectNode pagination =
        body.putObject("additional_data").putObject("pagination").put("start", start);
    pagination.put("limit", limit.getAsInt()).put("more_items_in_collection", more);
    if (more) {
      pagination.put("next_start", start + limit.getAsInt());
    }
    Json.send(ctx, 200, body);
  }

  private void createNote(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    if (body.path("content").asText("").isBlank()) {
      error(ctx, 400, "Note content is required.");
      return;
    }
    List<String> parents = List.of("person_id", "org_id", "deal_id", "lead_id", "project_id");
    if (parents.stream().noneMatch(body::hasNonNull)) {
      error(ctx, 400, "Either lead_id, deal_id, person_id, org_id or project_id is required.");
      return;
    }
    JsonNode personId = body.path("person_id");
    if (personId.canConvertToInt()
        && !personId.isNull()
        && collections.get("persons").get(personId.asText()).isEmpty()) {
      error(ctx, 400, "Person not found.");
      return;
    }
    String now = V1_TIME.format(clock.instant());
    ObjectNode note = Json.object().put("id", nextNote.getAndIncrement());
    note.put("content", body.get("content").asText()).put("user_id", 1);
    for (String parent : List.of("person_id", "org_id", "deal_id")) {
      if (body.hasNonNull(parent)) {
        note.put(parent, body.get(parent).asInt());
      } else {
        note.putNull(parent);
      }
    }
    note.put("add_time", now).put("update_time", now).put("active_flag", true);
    note.put("pinned_to_person_flag", false).put("pinned_to_deal_flag", false);
    notes.put(note);
    Json.send(ctx, 201, wrap(note));
  }

  private void users(RoutingContext ctx) {
    ObjectNode body = Json.object().put("success", true);
    ArrayNode data = body.putArray("data");
    for (int i = 1; i <= CrmSeed.USERS; i++) {
      CrmSeed.User user = CrmSeed.user(i);
      ObjectNode out = data.addObject().put("id", i);
      out.put("name", user.firstName() + " " + user.lastName()).put("email", user.email());
      out.put("active_flag", true).put("is_admin", i == 1 ? 1 : 0).put("role_id", 1);
      out.put("default_currency", "EUR").put("locale", "en_GB").put("lang", 1);
      out.put("timezone_name", "Europe/London").put("timezone_offset", "+00:00");
      out.put("created", V1_TIME.format(user.createdAt()));
      out.put("modified", V1_TIME.format(user.createdAt().plus(30, ChronoUnit.DAYS)));
      out.putNull("icon_url").put("is_you", i == 1);
    }
    Json.send(ctx, 200, body);
  }

  private void filters(RoutingContext ctx) {
    String type = ctx.queryParams().get("type");
    String[][] seeded = {
      {"1", "All open deals", "deals"},
      {"2", "Won this quarter", "deals"},
      {"3", "Contacts in London", "people"},
      {"4", "Contacts without an organization", "people"},
      {"5", "Enterprise organizations", "org"}
    };
    ObjectNode body = Json.object().put("success", true);
    ArrayNode data = body.putArray("data");
    for (String[] filter : seeded) {
      if (type != null && !type.equals(filter[2])) {
        continue;
      }
      ObjectNode out = data.addObject().put("id", Integer.parseInt(filter[0]));
      out.put("name", filter[1]).put("active_flag", true).put("type", filter[2]);
      out.put("temporary_flag", false).put("user_id", 1).put("visible_to", 3);
      out.put("add_time", "2025-03-0" + filter[0] + " 10:00:00");
      out.put("update_time", "2025-09-0" + filter[0] + " 10:00:00");
      out.putNull("custom_view_id");
    }
    Json.send(ctx, 200, body);
  }

  private static ObjectNode wrap(JsonNode data) {
    ObjectNode body = Json.object().put("success", true);
    body.set("data", data);
    return body;
  }

  private static List<String> values(JsonNode labelled) {
    List<String> out = new ArrayList<>();
    labelled.forEach(v -> out.add(v.path("value").asText()));
    return out;
  }

  private static List<String> csvOf(String value) {
    return value == null
        ? List.of()
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String text(ObjectNode record, String field) {
    return record.path(field).asText();
  }

  private static String singular(String type) {
    return switch (type) {
      case "persons" -> "Person";
      case "organizations" -> "Organization";
      default -> "Deal";
    };
  }

  private static ArrayNode labelled(String value, String label) {
    ArrayNode out = Json.array();
    out.addObject().put("value", value).put("primary", true).put("label", label);
    return out;
  }

  private static List<ObjectNode> seedPersons() {
    return IntStream.rangeClosed(1, PERSONS)
        .mapToObj(
            i -> {
              Seed.Person person = CrmSeed.contact(i);
              ObjectNode record = Json.object().put("id", i).put("name", person.displayName());
              record.put("first_name", person.firstName()).put("last_name", person.lastName());
              record.put("owner_id", CrmSeed.ownerOf(i));
              if (i % 10 == 0) {
                record.putNull("org_id");
              } else {
                record.put("org_id", CrmSeed.companyOf(i));
              }
              record.put("add_time", person.createdAt().toString());
              record.put("update_time", person.updatedAt().toString());
              record.set("emails", labelled(person.email(), "work"));
              record.set("phones", labelled(person.phone(), "work"));
              record.put("is_deleted", false).put("visible_to", 3);
              record.putArray("label_ids");
              record.putNull("picture_id");
              record.putObject("custom_fields");
              return record;
            })
        .toList();
  }

  private static List<ObjectNode> seedOrganizations() {
    return IntStream.rangeClosed(1, CrmSeed.COMPANIES)
        .mapToObj(
            i -> {
              Seed.Company company = Seed.company(i);
              ObjectNode record = Json.object().put("id", i).put("name", company.name());
              record.put("owner_id", CrmSeed.ownerOf(i));
              record.put("add_time", CrmSeed.companyCreated(i).toString());
              record.put("update_time", company.updatedAt().toString());
              record.put("is_deleted", false).put("visible_to", 3);
              CrmSeed.Office office = CrmSeed.office(i);
              ObjectNode address = record.putObject("address");
              address.put("value", office.city() + ", " + office.country());
              address.put("locality", office.city()).put("country", office.country());
              record.putArray("label_ids");
              record.putObject("custom_fields");
              return record;
            })
        .toList();
  }

  private static List<ObjectNode> seedDeals() {
    return IntStream.rangeClosed(1, CrmSeed.DEALS)
        .mapToObj(
            i -> {
              CrmSeed.Deal deal = CrmSeed.deal(i);
              CrmSeed.Stage stage = CrmSeed.STAGES.get(deal.stage());
              ObjectNode record = Json.object().put("id", i).put("title", deal.name());
              record.put("value", deal.amount()).put("currency", "EUR");
              boolean deleted = i == DELETED_DEAL;
              String status = stage.closed() ? (stage.won() ? "won" : "lost") : "open";
              record.put("status", deleted ? "deleted" : status);
              record.put("pipeline_id", 1).put("stage_id", deal.stage() + 1);
              record.put("person_id", deal.contact()).put("org_id", deal.company());
              record.put("owner_id", deal.owner()).put("probability", stage.probability());
              record.put("expected_close_date", deal.closeDate().toString());
              record.put("add_time", deal.createdAt().toString());
              record.put("update_time", deal.updatedAt().toString());
              record.put("is_deleted", deleted).put("visible_to", 3);
              record.putObject("custom_fields");
              return record;
            })
        .toList();
  }

  private static List<ObjectNode> seedNotes() {
    return IntStream.rangeClosed(1, CrmSeed.NOTES)
        .mapToObj(
            i -> {
              CrmSeed.Note note = CrmSeed.note(i);
              ObjectNode record = Json.object().put("id", i).put("content", note.body());
              record.put("person_id", note.contact()).put("deal_id", note.deal());
              record.put("org_id", CrmSeed.companyOf(note.contact())).put("user_id", note.owner());
              record.put("add_time", V1_TIME.format(note.createdAt()));
              record.put("update_time", V1_TIME.format(note.createdAt()));
              record.put("active_flag", true).put("pinned_to_person_flag", false);
              record.put("pinned_to_deal_flag", false);
              record.putObject("person").put("name", CrmSeed.contact(note.contact()).displayName());
              record.putObject("deal").put("title", CrmSeed.deal(note.deal()).name());
              return record;
            })
        .toList();
  }
}
