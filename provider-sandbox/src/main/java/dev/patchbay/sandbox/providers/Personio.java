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
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Personio (https://developer.personio.de): {@code https://api.personio.de}. Access tokens come
 * from the OAuth 2.0 client credentials grant at {@code POST /v2/auth/token} and are sent as {@code
 * Authorization: Bearer}; they are valid for 24 hours and work on the v1 personnel data endpoints
 * too. v1 answers {@code {success, data}} (lists add {@code metadata, offset, limit}); v1 errors
 * are {@code {success: false, error: {code, message}}}, v2 errors {@code {personio_trace_id,
 * timestamp, errors: [{title, detail}]}}. {@code GET /v1/company/employees} pages by record {@code
 * offset} and {@code limit} (default 50, at most 100).
 */
public final class Personio implements Provider {
  private static final int EMPLOYEES = 130;
  private static final String DOMAIN = "personio-demo.example.com";
  private static final int EMPLOYEE_BASE = 1_130_000;
  private static final String[][] TIME_OFF_TYPES = {
    {"113437", "Paid vacation", "paid_vacation", "day"},
    {"113438", "Sick days", "sick_leave", "day"},
    {"113439", "Unpaid leave", "unpaid_vacation", "day"},
    {"113440", "Home office", "home_office", "day"}
  };
  private static final List<String> GENDERS = List.of("male", "female", "diverse");
  private static final List<ObjectNode> LEGAL_ENTITIES =
      List.of(
          legalEntity("7033", "Patchbay Demo GmbH", "DE", "2015-01-01"),
          legalEntity("7034", "Patchbay Demo Ltd", "GB", "2019-04-01"));
  private static final String[] DOCUMENT_CATEGORIES = {
    "Contracts", "Payslips", "Certificates", "Onboarding"
  };

  private final Clock clock;
  private final OAuthServer oauth;
  private final AtomicInteger nextId = new AtomicInteger();
  private final Records employees = new Records(Personio::seedEmployees, r -> r.get("id").asText());
  private final Records timeOffs = new Records(Personio::seedTimeOffs, r -> r.get("id").asText());
  private final Records attendances =
      new Records(Personio::seedAttendances, r -> r.get("id").asText());
  private final Records projects = new Records(Personio::seedProjects, r -> r.get("id").asText());

  public Personio(Clock clock) {
    this.clock = clock;
    this.oauth = new OAuthServer("personio", Duration.ofHours(24), clock);
    nextId.set(3_000_000);
  }

  @Override
  public String key() {
    return "personio";
  }

  @Override
  public List<String> hosts() {
    return List.of("api.personio.de");
  }

  /** Nothing but the OAuth client, which {@link #oauth()} supplies. */
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
    employees.reset();
    timeOffs.reset();
    attendances.reset();
    projects.reset();
    nextId.set(3_000_000);
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    if (ctx.request().path().contains("/v2/")) {
      ObjectNode body = Json.object().put("personio_trace_id", UUID.randomUUID().toString());
      body.put("timestamp", Instant.now(clock).toString());
      body.putArray("errors").addObject().put("title", title(status)).put("detail", message);
      Json.send(ctx, status, body);
    } else {
      ObjectNode body = Json.object().put("success", false);
      body.putObject("error").put("code", status == 401 ? 0 : status).put("message", message);
      Json.send(ctx, status, body);
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      default -> "Error";
    };
  }

  @Override
  public void mount(Router router) {
    oauth.mountToken(router, "/v2/auth/token");
    router.route("/v1/company/*").handler(this::authenticate);
    router.route("/v2/org-units").handler(this::authenticate);
    router.route("/v2/legal-entities").handler(this::authenticate);
    router.get("/v1/company/employees").handler(this::listEmployees);
    router.post("/v1/company/employees").handler(this::createEmployee);
    router.get("/v1/company/employees/attributes").handler(this::attributes);
    router.get("/v1/company/employees/:id").handler(this::employee);
    router.patch("/v1/company/employees/:id").handler(this::updateEmployee);
    router.get("/v1/company/employees/:id/absences/balance").handler(this::balance);
    router.get("/v1/company/time-off-types").handler(this::timeOffTypes);
    router.get("/v1/company/time-offs").handler(this::listTimeOffs);
    router.post("/v1/company/time-offs").handler(this::createTimeOff);
    router.get("/v1/company/time-offs/:id").handler(this::timeOff);
    router.delete("/v1/company/time-offs/:id").handler(this::deleteTimeOff);
    router.get("/v1/company/attendances/projects").handler(this::listProjects);
    router.post("/v1/company/attendances/projects").handler(this::createProject);
    router.get("/v1/company/attendances").handler(this::listAttendances);
    router.post("/v1/company/attendances").handler(this::createAttendances);
    router.patch("/v1/company/attendances/:id").handler(this::updateAttendance);
    router.delete("/v1/company/attendances/:id").handler(this::deleteAttendance);
    router.get("/v1/company/document-categories").handler(this::documentCategories);
    router.get("/v2/org-units").handler(this::orgUnits);
    router.get("/v2/legal-entities").handler(this::legalEntities);
    router.route("/v2/legal-entities/:id").handler(this::authenticate);
    router.get("/v2/legal-entities/:id").handler(this::legalEntity);
  }

  private void authenticate(RoutingContext ctx) {
    if (Credentials.bearer(ctx).filter(oauth::acceptsAccessToken).isPresent()) {
      ctx.next();
    } else {
      ctx.response().putHeader("www-authenticate", "Bearer error=\"invalid_token\"");
      error(ctx, 401, "The access token is missing, invalid or expired");
    }
  }

  // --- employees --------------------------------------------------------------------------

  private void listEmployees(RoutingContext ctx) {
    MultiMap query = ctx.queryParams();
    Predicate<ObjectNode> filter = e -> true;
    String email = query.get("email");
    if (email != null) {
      filter = filter.and(e -> email.equalsIgnoreCase(e.path("email").asText()));
    }
    String since = query.get("updated_since");
    if (since != null) {
      Optional<Instant> from = instant(since);
      if (from.isEmpty()) {
        error(ctx, 400, "updated_since must be an ISO 8601 date or date-time");
        return;
      }
      filter =
          filter.and(
              e -> !instant(e.get("last_modified_at").asText()).orElseThrow().isBefore(from.get()));
    }
    List<ObjectNode> matching = employees.all().stream().filter(filter).toList();
    page(ctx, matching, 50, 100, Personio::render);
  }

  /** Sends one v1 page: {@code {success, metadata, offset, limit, data}}. */
  private void page(
      RoutingContext ctx,
      List<ObjectNode> items,
      int fallback,
      int max,
      java.util.function.Function<ObjectNode, JsonNode> render) {
    OptionalInt limit = Paging.limit(ctx.queryParams().get("limit"), fallback, max);
    OptionalInt offset = number(ctx.queryParams().get("offset"), 0);
    if (limit.isEmpty() || offset.isEmpty()) {
      error(ctx, 400, "limit must be between 1 and " + max + " and offset at least 0");
      return;
    }
    ObjectNode body = Json.object().put("success", true);
    int size = limit.getAsInt();
    body.putObject("metadata")
        .put("total_elements", items.size())
        .put("current_page", offset.getAsInt() / size)
        .put("total_pages", (items.size() + size - 1) / size);
    body.put("offset", offset.getAsInt()).put("limit", size);
    ArrayNode data = body.putArray("data");
    Paging.slice(items, offset.getAsInt(), size).forEach(item -> data.add(render.apply(item)));
    Json.send(ctx, 200, body);
  }

  private Optional<ObjectNode> findEmployee(String id) {
    return employees.get(id);
  }

  private void employee(RoutingContext ctx) {
    findEmployee(ctx.pathParam("id"))
        .ifPresentOrElse(
            e -> Json.send(ctx, 200, Json.object().put("success", true).set("data", render(e))),
            () -> error(ctx, 404, "Employee not found"));
  }

  private static JsonNode employeeInput(RoutingContext ctx) {
    JsonNode body = Json.body(ctx).orElse(Json.object());
    return body.path("employee");
  }

  private void createEmployee(RoutingContext ctx) {
    JsonNode input = employeeInput(ctx);
    List<String> missing = new ArrayList<>();
    for (String field : List.of("email", "first_name", "last_name")) {
      if (input.path(field).asText("").isBlank()) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      error(ctx, 400, "The employee could not be created: missing " + String.join(", ", missing));
      return;
    }
    Optional<String> invalid = invalidAttribute(input);
    if (invalid.isPresent()) {
      error(ctx, 400, "The employee could not be created: " + invalid.get());
      return;
    }
    String email = input.get("email").asText();
    if (employees.all().stream().anyMatch(e -> email.equalsIgnoreCase(e.path("email").asText()))) {
      error(ctx, 400, "An employee with the email " + email + " already exists");
      return;
    }
    int id = nextId.incrementAndGet();
    ObjectNode record = Json.object().put("id", id);
    Instant now = Instant.now(clock);
    record.put("created_at", now.toString());
    applyEmployee(record, input);
    LocalDate hired =
        instant(record.path("hire_date").asText(""))
            .map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC))
            .orElse(LocalDate.now(clock));
    record.put("hire_date", hired.toString());
    record.put("status", hired.isAfter(LocalDate.now(clock)) ? "onboarding" : "active");
    record.put("employment_type", "internal");
    employees.put(record);
    ObjectNode body = Json.object().put("success", true);
    body.putObject("data").put("id", id).put("message", "success");
    Json.send(ctx, 200, body);
  }

  /**
   * The first attribute value Personio would refuse: a gender other than male, female or diverse,
   * or a hire date that is not an ISO date (a date-time counts by its date).
   */
  private static Optional<String> invalidAttribute(JsonNode input) {
    if (input.hasNonNull("gender") && !GENDERS.contains(input.get("gender").asText())) {
      return Optional.of("gender must be one of " + String.join(", ", GENDERS));
    }
    if (input.hasNonNull("hire_date") && instant(input.get("hire_date").asText()).isEmpty()) {
      return Optional.of("hire_date must be a date (YYYY-MM-DD)");
    }
    return Optional.empty();
  }

  private void applyEmployee(ObjectNode record, JsonNode input) {
    for (String field :
        List.of("email", "first_name", "last_name", "gender", "position", "private_email")) {
      if (input.hasNonNull(field)) {
        record.put(field, input.get(field).asText());
      }
    }
    if (input.hasNonNull("hire_date")) {
      Instant hired = instant(input.get("hire_date").asText()).orElseThrow();
      record.put("hire_date", LocalDate.ofInstant(hired, ZoneOffset.UTC).toString());
    }
    if (input.hasNonNull("weekly_hours")) {
      record.put("weekly_working_hours", input.get("weekly_hours").asText());
    }
    if (input.hasNonNull("department")) {
      int index = HrisSeed.departmentIndex(input.get("department").asText());
      if (index > 0) {
        record.set("department", named(281_500 + index, input.get("department").asText()));
      }
    }
    if (input.hasNonNull("office")) {
      HrisSeed.sites().stream()
          .filter(s -> s.city().equals(input.get("office").asText()))
          .findFirst()
          .ifPresent(s -> record.set("office", named(131_000 + s.index(), s.city())));
    }
    record.put("last_modified_at", Instant.now(clock).toString());
  }

  private void updateEmployee(RoutingContext ctx) {
    JsonNode input = employeeInput(ctx);
    Optional<ObjectNode> found = findEmployee(ctx.pathParam("id"));
    if (found.isEmpty()) {
      error(ctx, 404, "Employee not found");
    } else if (!input.isObject() || input.isEmpty()) {
      error(ctx, 400, "The request needs an employee object with the attributes to change");
    } else if (input.has("email")) {
      error(ctx, 400, "Updating the email attribute is not supported");
    } else if (invalidAttribute(input).isPresent()) {
      error(ctx, 400, "The employee could not be updated: " + invalidAttribute(input).get());
    } else {
      ObjectNode record = found.get().deepCopy();
      applyEmployee(record, input);
      employees.put(record);
      ObjectNode body = Json.object().put("success", true);
      body.putObject("data").put("id", record.get("id").asInt()).put("message", "success");
      Json.send(ctx, 200, body);
    }
  }

  private void balance(RoutingContext ctx) {
    Optional<ObjectNode> found = findEmployee(ctx.pathParam("id"));
    if (found.isEmpty()) {
      error(ctx, 404, "Employee not found");
      return;
    }
    int id = found.get().get("id").asInt();
    ArrayNode data = Json.array();
    for (String[] type : TIME_OFF_TYPES) {
      double used =
          timeOffs.all().stream()
              .filter(t -> t.get("employee_id").asInt() == id)
              .filter(t -> t.get("time_off_type_id").asText().equals(type[0]))
              .filter(t -> "approved".equals(t.get("status").asText()))
              .mapToDouble(t -> t.get("days_count").asDouble())
              .sum();
      double entitlement = type[2].equals("paid_vacation") ? 28 : 0;
      data.addObject()
          .put("id", Integer.parseInt(type[0]))
          .put("name", type[1])
          .put("category", type[2])
          .put("balance", entitlement - used);
    }
    Json.send(ctx, 200, Json.object().put("success", true).set("data", data));
  }

  private void attributes(RoutingContext ctx) {
    ArrayNode data = Json.array();
    for (String[] attribute : ATTRIBUTES) {
      data.addObject()
          .put("key", attribute[0])
          .put("label", attribute[1])
          .put("type", attribute[2])
          .put("universal_id", attribute[3]);
    }
    Json.send(ctx, 200, Json.object().put("success", true).set("data", data));
  }

  private static final String[][] ATTRIBUTES = {
    {"first_name", "First name", "standard", "first_name"},
    {"last_name", "Last name", "standard", "last_name"},
    {"preferred_name", "Preferred name", "standard", "preferred_name"},
    {"email", "Email", "standard", "email"},
    {"gender", "Gender", "standard", "gender"},
    {"status", "Status", "standard", "status"},
    {"position", "Position", "standard", "position"},
    {"supervisor", "Supervisor", "standard", "supervisor"},
    {"employment_type", "Employment type", "standard", "employment_type"},
    {"weekly_working_hours", "Weekly hours", "standard", "weekly_working_hours"},
    {"hire_date", "Hire date", "date", "hire_date"},
    {"termination_date", "Termination date", "date", "termination_date"},
    {"office", "Office", "standard", "office"},
    {"department", "Department", "standard", "department"},
    {"dynamic_180883", "Birthday", "date", "date_of_birth"},
    {"dynamic_21830", "Private email", "standard", "private_email"}
  };

  /** The v1 representation: every attribute as {@code {label, value, type, universal_id}}. */
  static ObjectNode render(ObjectNode record) {
    ObjectNode out = Json.object().put("type", "Employee");
    ObjectNode attributes = out.putObject("attributes");
    attribute(attributes, "id", "ID", record.get("id"), "integer", "id");
    for (String[] attribute : ATTRIBUTES) {
      String key = attribute[0];
      JsonNode value;
      switch (key) {
        case "supervisor" -> {
          int supervisor = record.path("supervisor_id").asInt(0);
          if (supervisor == 0) {
            value = null;
          } else {
            ObjectNode reference = Json.object().put("type", "Employee");
            attribute(
                reference.putObject("attributes"),
                "id",
                "ID",
                Json.MAPPER.valueToTree(supervisor),
                "integer",
                "id");
            value = reference;
          }
        }
        case "hire_date", "termination_date", "dynamic_180883" -> {
          String source = key.equals("dynamic_180883") ? "date_of_birth" : key;
          value =
              record.hasNonNull(source)
                  ? Json.MAPPER.valueToTree(record.get(source).asText() + "T00:00:00+00:00")
                  : null;
        }
        case "dynamic_21830" -> value = record.get("private_email");
        case "office", "department" -> {
          JsonNode named = record.get(key);
          value =
              named == null
                  ? null
                  : Json.object()
                      .put("type", key.equals("office") ? "Office" : "Department")
                      .set("attributes", named);
        }
        default -> value = record.get(key);
      }
      attribute(attributes, key, attribute[1], value, attribute[2], attribute[3]);
    }
    attribute(
        attributes, "created_at", "created_at", record.get("created_at"), "date", "created_at");
    attribute(
        attributes,
        "last_modified_at",
        "Last modified",
        record.get("last_modified_at"),
        "date",
        "last_modified_at");
    return out;
  }

  private static void attribute(
      ObjectNode attributes, String key, String label, JsonNode value, String type, String uid) {
    ObjectNode attribute = attributes.putObject(key).put("label", label);
    attribute.set("value", value == null ? Json.MAPPER.nullNode() : value);
    attribute.put("type", type).put("universal_id", uid);
  }

  private static ObjectNode named(int id, String name) {
    return Json.object().put("id", id).put("name", name);
  }

  // --- absences ---------------------------------------------------------------------------

  private void timeOffTypes(RoutingContext ctx) {
    ArrayNode data = Json.array();
    for (String[] type : TIME_OFF_TYPES) {
      ObjectNode attributes = data.addObject().put("type", "TimeOffType").putObject("attributes");
      attributes.put("id", Integer.parseInt(type[0])).put("name", type[1]);
      attributes.put("category", type[2]).put("unit", type[3]);
      attributes.put("half_day_requests_enabled", true).put("certification_required", false);
      attributes.put("substitute_option", "disabled").put("approval_required", true);
    }
    Json.send(ctx, 200, Json.object().put("success", true).set("data", data));
  }

  private void listTimeOffs(RoutingContext ctx) {
    MultiMap query = ctx.queryParams();
    Optional<LocalDate> start = date(query.get("start_date"));
    Optional<LocalDate> end = date(query.get("end_date"));
    Optional<Instant> updatedFrom =
        query.get("updated_from") == null ? Optional.empty() : instant(query.get("updated_from"));
    if (query.get("updated_from") != null && updatedFrom.isEmpty()) {
      error(ctx, 400, "updated_from must be an ISO 8601 date or date-time");
      return;
    }
    List<String> people = query.getAll("employees[]");
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode timeOff : timeOffs.all()) {
      LocalDate from = LocalDate.parse(timeOff.get("start_date").asText());
      LocalDate to = LocalDate.parse(timeOff.get("end_date").asText());
      boolean inRange =
          start.map(s -> !to.isBefore(s)).orElse(true)
              && end.map(e -> !from.isAfter(e)).orElse(true);
      boolean updated =
          updatedFrom
              .map(u -> !Instant.parse(timeOff.get("updated_at").asText()).isBefore(u))
              .orElse(true);
      boolean person = people.isEmpty() || people.contains(timeOff.get("employee_id").asText());
      if (inRange && updated && person) {
        matching.add(timeOff);
      }
    }
    page(ctx, matching, 200, 200, this::renderTimeOff);
  }

  private ObjectNode renderTimeOff(ObjectNode record) {
    ObjectNode out = Json.object().put("type", "TimeOffPeriod");
    ObjectNode attributes = out.putObject("attributes");
    attributes.put("id", record.get("id").asInt()).put("status", record.get("status").asText());
    attributes.put("start_date", record.get("start_date").asText() + "T00:00:00+00:00");
    attributes.put("end_date", record.get("end_date").asText() + "T00:00:00+00:00");
    attributes.put("days_count", record.get("days_count").asDouble());
    attributes.put("half_day_start", record.path("half_day_start").asBoolean());
    attributes.put("half_day_end", record.path("half_day_end").asBoolean());
    String[] type = timeOffType(record.get("time_off_type_id").asText()).orElseThrow();
    ObjectNode typeRef = attributes.putObject("time_off_type").put("type", "TimeOffType");
    typeRef
        .putObject("attributes")
        .put("id", Integer.parseInt(type[0]))
        .put("name", type[1])
        .put("category", type[2]);
    ObjectNode employee = attributes.putObject("employee").put("type", "Employee");
    ObjectNode employeeAttributes = employee.putObject("attributes");
    ObjectNode person = employees.get(record.get("employee_id").asText()).orElse(Json.object());
    attribute(employeeAttributes, "id", "id", record.get("employee_id"), "integer", "id");
    attribute(
        employeeAttributes,
        "first_name",
        "First name",
        person.get("first_name"),
        "standard",
        "first_name");
    attribute(
        employeeAttributes,
        "last_name",
        "Last name",
        person.get("last_name"),
        "standard",
        "last_name");
    attribute(employeeAttributes, "email", "Email", person.get("email"), "standard", "email");
    attributes.putObject("certificate").put("status", "not-required");
    attributes.put("comment", record.path("comment").asText(null));
    attributes.put("created_at", record.get("created_at").asText());
    attributes.put("updated_at", record.get("updated_at").asText());
    return out;
  }

  private static Optional<String[]> timeOffType(String id) {
    for (String[] type : TIME_OFF_TYPES) {
      if (type[0].equals(id)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private void timeOff(RoutingContext ctx) {
    timeOffs
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            t ->
                Json.send(
                    ctx, 200, Json.object().put("success", true).set("data", renderTimeOff(t))),
            () -> error(ctx, 404, "The absence period was not found."));
  }

  /** A form or JSON body as flat text values. */
  private static Map<String, String> fields(RoutingContext ctx) {
    Map<String, String> out = new java.util.HashMap<>();
    ctx.request().formAttributes().forEach(entry -> out.put(entry.getKey(), entry.getValue()));
    Json.body(ctx)
        .ifPresent(
            body ->
                body.fields()
                    .forEachRemaining(
                        f ->
                            out.put(
                                f.getKey(), f.getValue().isNull() ? null : f.getValue().asText())));
    return out;
  }

  private void createTimeOff(RoutingContext ctx) {
    Map<String, String> input = fields(ctx);
    Optional<LocalDate> start = date(input.get("start_date"));
    Optional<LocalDate> end = date(input.get("end_date"));
    String employeeId = input.getOrDefault("employee_id", "");
    String typeId = input.getOrDefault("time_off_type_id", "");
    List<String> problems = new ArrayList<>();
    if (employees.get(employeeId).isEmpty()) {
      problems.add("employee_id does not name an employee");
    }
    if (timeOffType(typeId).isEmpty()) {
      problems.add("time_off_type_id does not name a time-off type");
    }
    if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
      problems.add("start_date and end_date (YYYY-MM-DD) are required, end not before start");
    }
    if (!problems.isEmpty()) {
      error(ctx, 400, "Error when trying to insert absence period: " + String.join("; ", problems));
      return;
    }
    boolean halfStart = Boolean.parseBoolean(input.getOrDefault("half_day_start", "false"));
    boolean halfEnd = Boolean.parseBoolean(input.getOrDefault("half_day_end", "false"));
    double days =
        end.get().toEpochDay()
            - start.get().toEpochDay()
            + 1
            - (halfStart ? 0.5 : 0)
            - (halfEnd ? 0.5 : 0);
    boolean skip = Boolean.parseBoolean(input.getOrDefault("skip_approval", "true"));
    ObjectNode record =
        timeOffRecord(
            nextId.incrementAndGet(),
            Integer.parseInt(employeeId),
            typeId,
            start.get(),
            end.get(),
            skip ? "approved" : "pending",
            Instant.now(clock));
    record.put("days_count", days).put("half_day_start", halfStart).put("half_day_end", halfEnd);
    record.put("comment", input.get("comment"));
    timeOffs.put(record);
    Json.send(ctx, 200, Json.object().put("success", true).set("data", renderTimeOff(record)));
  }

  private void deleteTimeOff(RoutingContext ctx) {
    if (timeOffs.remove(ctx.pathParam("id"))) {
      ObjectNode body = Json.object().put("success", true);
      body.putObject("data").put("message", "The absence period was deleted.");
      Json.send(ctx, 200, body);
    } else {
      error(ctx, 404, "The absence period was not found.");
    }
  }

  // --- attendances and projects -----------------------------------------------------------

  private void listAttendances(RoutingContext ctx) {
    Optional<LocalDate> start = date(ctx.queryParams().get("start_date"));
    Optional<LocalDate> end = date(ctx.queryParams().get("end_date"));
    if (start.isEmpty() || end.isEmpty()) {
      error(ctx, 400, "start_date and end_date are required");
      return;
    }
    List<String> people = ctx.queryParams().getAll("employees[]");
    List<ObjectNode> matching =
        attendances.all().stream()
            .filter(
                a -> {
                  LocalDate day = LocalDate.parse(a.get("date").asText());
                  return !day.isBefore(start.get())
                      && !day.isAfter(end.get())
                      && (people.isEmpty() || people.contains(a.get("employee").asText()));
                })
            .toList();
    page(ctx, matching, 200, 200, this::renderAttendance);
  }

  private ObjectNode renderAttendance(ObjectNode record) {
    ObjectNode out =
        Json.object().put("id", record.get("id").asInt()).put("type", "AttendancePeriod");
    ObjectNode attributes = record.deepCopy();
    attributes.remove("id");
    int project = attributes.path("project_id").asInt(0);
    attributes.remove("project_id");
    if (project == 0) {
      attributes.putNull("project");
    } else {
      ObjectNode found = projects.get(Integer.toString(project)).orElse(Json.object());
      ObjectNode reference =
          attributes.putObject("project").put("id", project).put("type", "Project");
      reference
          .putObject("attributes")
          .put("name", found.path("name").asText())
          .put("active", found.path("active").asBoolean());
    }
    out.set("attributes", attributes);
    return out;
  }

  private void createAttendances(RoutingContext ctx) {
    JsonNode periods = Json.body(ctx).orElse(Json.object()).path("attendances");
    if (!periods.isArray() || periods.isEmpty()) {
      error(ctx, 400, "attendances must be a non-empty list of attendance periods");
      return;
    }
    List<ObjectNode> created = new ArrayList<>();
    for (JsonNode period : periods) {
      boolean valid =
          employees.get(period.path("employee").asText()).isPresent()
              && date(period.path("date").asText(null)).isPresent()
              && period.path("start_time").asText("").matches("\\d{2}:\\d{2}")
              && period.path("end_time").asText("").matches("\\d{2}:\\d{2}");
      if (!valid) {
        error(ctx, 400, "Error when trying to insert Attendances periods rows");
        return;
      }
      ObjectNode record = Json.object().put("id", nextId.incrementAndGet());
      record.put("employee", period.get("employee").asInt());
      record.put("date", period.get("date").asText());
      record.put("start_time", period.get("start_time").asText());
      record.put("end_time", period.get("end_time").asText());
      record.put("break", period.path("break").asInt(0));
      record.put("comment", period.path("comment").asText(""));
      record.put("project_id", period.path("project_id").asInt(0));
      record.put("status", "confirmed").put("is_holiday", false).put("is_on_time_off", false);
      record.put("updated_at", Instant.now(clock).toString());
      created.add(record);
    }
    created.forEach(attendances::put);
    ObjectNode body = Json.object().put("success", true);
    ObjectNode data = body.putObject("data");
    ArrayNode ids = data.putArray("id");
    created.forEach(record -> ids.add(record.get("id").asInt()));
    data.put("message", "success");
    Json.send(ctx, 200, body);
  }

  private void updateAttendance(RoutingContext ctx) {
    Optional<ObjectNode> found = attendances.get(ctx.pathParam("id"));
    JsonNode changes = Json.body(ctx).orElse(Json.object());
    if (found.isEmpty()) {
      error(ctx, 404, "The attendance period was not found.");
      return;
    }
    if (changes.has("employee")) {
      error(ctx, 400, "The employee of an attendance period cannot be changed");
      return;
    }
    ObjectNode record = found.get().deepCopy();
    for (String field : List.of("date", "start_time", "end_time", "comment")) {
      if (changes.hasNonNull(field)) {
        record.put(field, changes.get(field).asText());
      }
    }
    if (changes.hasNonNull("break")) {
      record.put("break", changes.get("break").asInt());
    }
    record.put("updated_at", Instant.now(clock).toString());
    attendances.put(record);
    ObjectNode body = Json.object().put("success", true);
    body.putObject("data").put("message", "The attendance period was updated.");
    Json.send(ctx, 200, body);
  }

  private void deleteAttendance(RoutingContext ctx) {
    if (attendances.remove(ctx.pathParam("id"))) {
      ObjectNode body = Json.object().put("success", true);
      body.putObject("data").put("message", "The attendance period was deleted.");
      Json.send(ctx, 200, body);
    } else {
      error(ctx, 404, "The attendance period was not found.");
    }
  }

  private ObjectNode renderProject(ObjectNode record) {
    ObjectNode out = Json.object().put("id", record.get("id").asInt()).put("type", "Project");
    out.putObject("attributes")
        .put("name", record.get("name").asText())
        .put("active", record.get("active").asBoolean())
        .put("created_at", record.get("created_at").asText())
        .put("updated_at", record.get("created_at").asText());
    return out;
  }

  private void listProjects(RoutingContext ctx) {
    ArrayNode data = Json.array();
    projects.all().forEach(p -> data.add(renderProject(p)));
    Json.send(ctx, 200, Json.object().put("success", true).set("data", data));
  }

  private void createProject(RoutingContext ctx) {
    JsonNode body = Json.body(ctx).orElse(Json.object());
    if (body.path("name").asText("").isBlank()) {
      ObjectNode error = Json.object().put("success", false);
      error.putObject("error").putArray("name").add("Project name cannot be empty");
      Json.send(ctx, 400, error);
      return;
    }
    ObjectNode record = Json.object().put("id", nextId.incrementAndGet());
    record
        .put("name", body.get("name").asText())
        .put("active", body.path("active").asBoolean(false));
    record.put("created_at", Instant.now(clock).toString());
    projects.put(record);
    Json.send(ctx, 200, Json.object().put("success", true).set("data", renderProject(record)));
  }

  private void documentCategories(RoutingContext ctx) {
    ArrayNode data = Json.array();
    for (int i = 0; i < DOCUMENT_CATEGORIES.length; i++) {
      data.addObject()
          .put("type", "DocumentCategory")
          .putObject("attributes")
          .put("id", 70_001 + i)
          .put("name", DOCUMENT_CATEGORIES[i]);
    }
    Json.send(ctx, 200, Json.object().put("success", true).set("data", data));
  }

  // --- v2 ---------------------------------------------------------------------------------

  private void orgUnits(RoutingContext ctx) {
    String type = ctx.queryParams().get("type");
    if (type != null && !List.of("department", "team").contains(type)) {
      error(ctx, 400, "type must be department or team");
      return;
    }
    ArrayNode data = Json.array();
    List<String> departments = HrisSeed.departments();
    if (type == null || type.equals("department")) {
      for (int i = 0; i < departments.size(); i++) {
        data.addObject()
            .put("id", Integer.toString(281_501 + i))
            .put("type", "department")
            .put("name", departments.get(i))
            .put(
                "abbreviation",
                departments.get(i).substring(0, 3).toUpperCase(java.util.Locale.ROOT))
            .putNull("parent");
      }
    }
    if (type == null || type.equals("team")) {
      for (int i = 0; i < departments.size(); i++) {
        ObjectNode team =
            data.addObject()
                .put("id", Integer.toString(59_001 + i))
                .put("type", "team")
                .put("name", departments.get(i) + " Core");
        team.putObject("parent").put("id", Integer.toString(281_501 + i)).put("type", "department");
      }
    }
    v2List(ctx, data);
  }

  private void legalEntities(RoutingContext ctx) {
    ArrayNode data = Json.array();
    LEGAL_ENTITIES.forEach(data::add);
    v2List(ctx, data);
  }

  private void legalEntity(RoutingContext ctx) {
    LEGAL_ENTITIES.stream()
        .filter(e -> e.get("id").asText().equals(ctx.pathParam("id")))
        .findFirst()
        .ifPresentOrElse(
            e -> Json.send(ctx, 200, e), () -> error(ctx, 404, "The legal entity was not found."));
  }

  private static ObjectNode legalEntity(String id, String name, String country, String from) {
    return Json.object()
        .put("id", id)
        .put("name", name)
        .put("country", country)
        .put("valid_from", from);
  }

  private static void v2List(RoutingContext ctx, ArrayNode data) {
    ObjectNode body = Json.object();
    body.set("_data", data);
    body.putObject("_meta")
        .putObject("links")
        .putObject("self")
        .put(
            "href", "https://api.personio.de" + ctx.request().uri().replaceFirst("^/personio", ""));
    Json.send(ctx, 200, body);
  }

  // --- seed -------------------------------------------------------------------------------

  private static List<ObjectNode> seedEmployees() {
    return HrisSeed.people(EMPLOYEES, DOMAIN).stream().map(Personio::employee).toList();
  }

  private static ObjectNode employee(Seed.Person person) {
    ObjectNode r = Json.object().put("id", EMPLOYEE_BASE + person.index());
    r.put("first_name", person.firstName()).put("last_name", person.lastName());
    r.put("preferred_name", person.firstName()).put("email", person.email());
    r.put("gender", person.index() % 29 == 0 ? "diverse" : person.gender());
    r.put(
        "status",
        switch (person.employmentStatus()) {
          case "terminated" -> "inactive";
          case "leave" -> "leave";
          default -> person.hireDate().isAfter(LocalDate.of(2024, 12, 1)) ? "onboarding" : "active";
        });
    r.put("position", person.jobTitle());
    if (person.managerIndex() != null) {
      r.put("supervisor_id", EMPLOYEE_BASE + person.managerIndex());
    }
    r.put(
        "employment_type", "contractor".equals(person.employmentType()) ? "external" : "internal");
    r.put("weekly_working_hours", "part_time".equals(person.employmentType()) ? "20" : "40");
    r.put("hire_date", person.hireDate().toString());
    LocalDate terminated = HrisSeed.terminationDate(person);
    r.put("termination_date", terminated == null ? null : terminated.toString());
    r.put("date_of_birth", person.birthDate().toString());
    r.put(
        "private_email",
        person.firstName().toLowerCase(java.util.Locale.ROOT)
            + person.index()
            + "@mail.example.org");
    r.set(
        "department",
        named(281_500 + HrisSeed.departmentIndex(person.department()), person.department()));
    r.set("office", named(131_000 + HrisSeed.siteIndex(person.city()), person.city()));
    r.put("created_at", person.createdAt().toString());
    r.put("last_modified_at", person.updatedAt().toString());
    return r;
  }

  private static List<ObjectNode> seedTimeOffs() {
    return HrisSeed.absences(90, EMPLOYEES).stream()
        .map(
            a ->
                timeOffRecord(
                        2_000_000 + a.index(),
                        EMPLOYEE_BASE + a.personIndex(),
                        TIME_OFF_TYPES[a.index() % 13 == 0 ? 3 : a.type()][0],
                        a.start(),
                        a.end(),
                        a.status().equals("declined") ? "rejected" : a.status(),
                        a.createdAt())
                    .put("days_count", (double) a.days()))
        .toList();
  }

  private static ObjectNode timeOffRecord(
      int id,
      int employeeId,
      String typeId,
      LocalDate start,
      LocalDate end,
      String status,
      Instant created) {
    ObjectNode r = Json.object().put("id", id).put("employee_id", employeeId);
    r.put("time_off_type_id", typeId).put("status", status);
    r.put("start_date", start.toString()).put("end_date", end.toString());
    r.put("days_count", (double) (end.toEpochDay() - start.toEpochDay() + 1));
    r.put("half_day_start", false).put("half_day_end", false);
    r.put("created_at", created.toString()).put("updated_at", created.toString());
    return r;
  }

  private static List<ObjectNode> seedAttendances() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      ObjectNode r = Json.object().put("id", 4_000_000 + i);
      r.put("employee", EMPLOYEE_BASE + 1 + i % 20);
      r.put("date", LocalDate.of(2026, 3, 2).plusDays(i / 20).toString());
      r.put("start_time", "09:00").put("end_time", i % 3 == 0 ? "17:30" : "18:00");
      r.put("break", 45).put("comment", "").put("project_id", i % 4 == 0 ? 567 : 0);
      r.put("status", "confirmed").put("is_holiday", false).put("is_on_time_off", false);
      r.put("updated_at", "2026-03-03T18:00:00Z");
      out.add(r);
    }
    return out;
  }

  private static List<ObjectNode> seedProjects() {
    return List.of(
        Json.object()
            .put("id", 567)
            .put("name", "Customer onboarding")
            .put("active", true)
            .put("created_at", "2025-06-01T09:00:00Z"),
        Json.object()
            .put("id", 568)
            .put("name", "Internal tooling")
            .put("active", false)
            .put("created_at", "2025-09-15T09:00:00Z"));
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException invalid) {
      return Optional.empty();
    }
  }

  /** An ISO date, local date-time (read as UTC) or offset date-time. */
  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        return date(text).map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
      }
    }
  }

  private static OptionalInt number(String text, int fallback) {
    if (text == null || text.isEmpty()) {
      return OptionalInt.of(fallback);
    }
    try {
      int value = Integer.parseInt(text);
      return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    } catch (NumberFormatException invalid) {
      return OptionalInt.empty();
    }
  }
}
