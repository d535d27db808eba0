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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

/**
 * Factorial (https://apidoc.factorialhr.com): {@code
 * https://api.factorialhr.com/api/<version>/resources/<module>/<resource>}, authorised by an OAuth
 * 2.0 access token ({@code /oauth/authorize}, {@code /oauth/token}; tokens last an hour) or a
 * company API key in {@code x-api-key}. Lists answer {@code {meta, data}} and page by cursor
 * ({@code limit}, at most and by default 100, and {@code after_id}, the previous page's {@code
 * meta.end_cursor}; records sorted by id) or, when {@code page} is given, by page number. A single
 * record is answered bare. Factorial does not document its error body; this simulator answers
 * {@code {"error": {"code", "message"}}}.
 */
public final class Factorial implements Provider {
  static final String API_KEY = "sandbox-factorial-key";
  private static final int COMPANY_ID = 4242;
  private static final int EMPLOYEES = 130;
  private static final int EMPLOYEE_BASE = 2000;
  private static final String DOMAIN = "factorial-demo.example.com";
  private static final String[][] LEAVE_TYPES = {
    {"1", "Vacation", "holiday", "#4dd0e1"},
    {"2", "Sick leave", "sick_leave", "#ef5350"},
    {"3", "Unpaid leave", "unpaid", "#9575cd"},
    {"4", "Remote work", "remote_work", "#8d6e63"}
  };
  private static final List<String> GENDERS = List.of("male", "female");

  private final Clock clock;
  private final OAuthServer oauth;
  private final AtomicInteger nextId = new AtomicInteger();
  private final Records employees =
      new Records(Factorial::seedEmployees, r -> r.get("id").asText());
  private final Records contracts =
      new Records(Factorial::seedContracts, r -> r.get("id").asText());
  private final Records teams = new Records(Factorial::seedTeams, r -> r.get("id").asText());
  private final Records leaves = new Records(Factorial::seedLeaves, r -> r.get("id").asText());
  private final Records documents =
      new Records(Factorial::seedDocuments, r -> r.get("id").asText());

  public Factorial(Clock clock) {
    this.clock = clock;
    this.oauth = new OAuthServer("factorial", Duration.ofHours(1), clock);
    nextId.set(90_000);
  }

  @Override
  public String key() {
    return "factorial";
  }

  @Override
  public List<String> hosts() {
    return List.of("api.factorialhr.com");
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
    employees.reset();
    contracts.reset();
    teams.reset();
    leaves.reset();
    documents.reset();
    nextId.set(90_000);
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    String code =
        switch (status) {
          case 400 -> "bad_request";
          case 401 -> "unauthorized";
          case 404 -> "not_found";
          case 422 -> "unprocessable_entity";
          case 429 -> "too_many_requests";
          default -> "internal_server_error";
        };
    ObjectNode body = Json.object();
    body.putObject("error").put("code", code).put("message", message);
    Json.send(ctx, status, body);
  }

  private static final String R = "/api/:version/resources/";

  @Override
  public void mount(Router router) {
    oauth.mountAuthorize(router, "/oauth/authorize");
    oauth.mountToken(router, "/oauth/token");
    router.route("/api/:version/resources/*").handler(this::authenticate);
    router
        .get(R + "employees/employees")
        .handler(ctx -> list(ctx, employees, Factorial::employeeFilter));
    router.post(R + "employees/employees").handler(this::createEmployee);
    router.post(R + "employees/employees/terminate").handler(ctx -> termination(ctx, true));
    router.post(R + "employees/employees/unterminate").handler(ctx -> termination(ctx, false));
    router.get(R + "employees/employees/:id").handler(ctx -> one(ctx, employees, "Employee"));
    router.put(R + "employees/employees/:id").handler(this::updateEmployee);
    router
        .get(R + "contracts/contract_versions")
        .handler(ctx -> list(ctx, contracts, Factorial::byEmployee));
    router.get(R + "teams/teams").handler(ctx -> list(ctx, teams, (q, r) -> true));
    router.post(R + "teams/teams").handler(this::createTeam);
    router.get(R + "teams/teams/:id").handler(ctx -> one(ctx, teams, "Team"));
    router.get(R + "locations/locations").handler(ctx -> list(ctx, locations(), (q, r) -> true));
    router
        .get(R + "companies/legal_entities")
        .handler(ctx -> list(ctx, legalEntities(), (q, r) -> true));
    router.get(R + "companies/legal_entities/:id").handler(this::legalEntity);
    router.get(R + "timeoff/leaves").handler(ctx -> list(ctx, leaves, this::leaveFilter));
    router.post(R + "timeoff/leaves").handler(this::createLeave);
    router.post(R + "timeoff/leaves/approve").handler(this::approveLeave);
    router.get(R + "timeoff/leaves/:id").handler(ctx -> one(ctx, leaves, "Leave"));
    router.delete(R + "timeoff/leaves/:id").handler(this::deleteLeave);
    router.get(R + "timeoff/leave_types").handler(ctx -> list(ctx, leaveTypes(), (q, r) -> true));
    router
        .get(R + "timeoff/allowance_stats")
        .handler(ctx -> list(ctx, allowanceStats(), Factorial::byEmployee));
    router
        .get(R + "custom_fields/fields")
        .handler(ctx -> list(ctx, customFields(), (q, r) -> true));
    router
        .get(R + "documents/documents")
        .handler(ctx -> list(ctx, documents, Factorial::byEmployee));
    router.get(R + "documents/documents/:id").handler(ctx -> one(ctx, documents, "Document"));
  }

  private void authenticate(RoutingContext ctx) {
    boolean keyOk = Credentials.header(ctx, "x-api-key").filter(API_KEY::equals).isPresent();
    boolean tokenOk = Credentials.bearer(ctx).filter(oauth::acceptsAccessToken).isPresent();
    if (keyOk || tokenOk) {
      ctx.next();
    } else {
      error(ctx, 401, "Invalid or expired credentials");
    }
  }

  // --- generic collections ----------------------------------------------------------------

  /**
   * One page of {@code records} that pass {@code filter}: by cursor ({@code after_id}) unless a
   * {@code page} number is given.
   */
  private void list(
      RoutingContext ctx, Records records, BiPredicate<io.vertx.core.MultiMap, ObjectNode> filter) {
    list(ctx, records.all(), filter);
  }

  private void list(
      RoutingContext ctx,
      List<ObjectNode> records,
      BiPredicate<io.vertx.core.MultiMap, ObjectNode> filter) {
    io.vertx.core.MultiMap query = ctx.queryParams();
    OptionalInt limit = Paging.limit(query.get("limit"), 100, 100);
    if (limit.isEmpty()) {
      error(ctx, 400, "limit must be a number between 1 and 100");
      return;
    }
    List<String> ids = query.getAll("ids[]");
    List<ObjectNode> matching =
        records.stream()
            .filter(r -> ids.isEmpty() || ids.contains(r.get("id").asText()))
            .filter(r -> filter.test(query, r))
            .sorted((a, b) -> Long.compare(a.get("id").asLong(), b.get("id").asLong()))
            .toList();
    int size = limit.getAsInt();
    int from;
    boolean cursorMode = query.get("page") == null;
    if (cursorMode) {
      String after = query.get("after_id");
      if (after == null || after.isEmpty()) {
        from = 0;
      } else {
        Optional<Long> afterId = decodeCursor(after);
        if (afterId.isEmpty()) {
          error(ctx, 400, "after_id is not a valid cursor");
          return;
        }
        from = (int) matching.stream().filter(r -> r.get("id").asLong() <= afterId.get()).count();
      }
    } else {
      OptionalInt page = Paging.limit(query.get("page"), 1, Integer.MAX_VALUE);
      if (page.isEmpty()) {
        error(ctx, 400, "page must be a positive number");
        return;
      }
      from = (page.getAsInt() - 1) * size;
    }
    List<ObjectNode> slice = Paging.slice(matching, from, size);
    ObjectNode body = Json.object();
    ObjectNode meta = body.putObject("meta");
    meta.put("has_next_page", from + slice.size() < matching.size());
    meta.put("has_previous_page", from > 0);
    if (cursorMode) {
      meta.put("start_cursor", slice.isEmpty() ? null : cursor(slice.get(0)));
      meta.put("end_cursor", slice.isEmpty() ? null : cursor(slice.get(slice.size() - 1)));
    }
    meta.put("total", matching.size()).put("limit", size);
    ArrayNode data = body.putArray("data");
    slice.forEach(data::add);
    Json.send(ctx, 200, body);
  }

  private static String cursor(ObjectNode record) {
    return Base64.getEncoder()
        .encodeToString(record.get("id").asText().getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<Long> decodeCursor(String cursor) {
    try {
      return Optional.of(
          Long.parseLong(new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  private void one(RoutingContext ctx, Records records, String what) {
    records
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            r -> Json.send(ctx, 200, r),
            () -> error(ctx, 404, what + " " + ctx.pathParam("id") + " not found"));
  }

  private static boolean byEmployee(io.vertx.core.MultiMap query, ObjectNode record) {
    List<String> people = query.getAll("employee_ids[]");
    return people.isEmpty() || people.contains(record.path("employee_id").asText());
  }

  private static boolean employeeFilter(io.vertx.core.MultiMap query, ObjectNode record) {
    if ("true".equals(query.get("only_active")) && !record.path("active").asBoolean()) {
      return false;
    }
    List<String> emails = query.getAll("emails[]");
    List<String> locations = query.getAll("location_ids[]");
    return (emails.isEmpty() || emails.contains(record.path("email").asText()))
        && (locations.isEmpty() || locations.contains(record.path("location_id").asText()));
  }

  // --- employees --------------------------------------------------------------------------

  private Optional<ObjectNode> body(RoutingContext ctx) {
    Optional<ObjectNode> body = Json.body(ctx);
    if (body.isEmpty()) {
      error(ctx, 400, "A JSON object body is required");
    }
    return body;
  }

  private void createEmployee(RoutingContext ctx) {
    Optional<ObjectNode> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    ObjectNode input = body.get();
    List<String> missing = new ArrayList<>();
    for (String field : List.of("first_name", "last_name", "email")) {
      if (input.path(field).asText("").isBlank()) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      error(ctx, 422, "Missing required attributes: " + String.join(", ", missing));
      return;
    }
    Optional<String> invalid = invalidAttribute(input);
    if (invalid.isPresent()) {
      error(ctx, 422, invalid.get());
      return;
    }
    String email = input.get("email").asText();
    if (employees.all().stream().anyMatch(e -> email.equals(e.path("email").asText()))) {
      error(ctx, 422, "Email has already been taken");
      return;
    }
    int id = nextId.incrementAndGet();
    ObjectNode employee = Json.object().put("id", id).put("access_id", id + 500_000);
    employee.put("company_id", COMPANY_ID);
    String now = Instant.now(clock).toString();
    employee.put("created_at", now).put("updated_at", now);
    employee.put("active", true).put("is_terminating", false).put("attendable", true);
    employee.putNull("terminated_on").putNull("manager_id");
    employee.put("location_id", input.path("location_id").asInt(1));
    apply(employee, input);
    employees.put(employee);
    Json.send(ctx, 201, employee);
  }

  private static final List<String> EDITABLE =
      List.of(
          "first_name",
          "last_name",
          "preferred_name",
          "email",
          "personal_email",
          "gender",
          "birthday_on",
          "nationality",
          "phone_number",
          "city",
          "country",
          "company_identifier",
          "location_id",
          "manager_id",
          "legal_entity_id");

  /**
   * The first attribute Factorial would refuse: a blank name or e-mail, a gender other than male or
   * female, or a birthday that is not a date (a date-time counts by its date).
   */
  private static Optional<String> invalidAttribute(ObjectNode input) {
    for (String field : List.of("first_name", "last_name", "email")) {
      if (input.has(field) && input.path(field).asText("").isBlank()) {
        return Optional.of(field + " cannot be blank");
      }
    }
    if (input.hasNonNull("gender") && !GENDERS.contains(input.get("gender").asText())) {
      return Optional.of("gender must be one of " + String.join(", ", GENDERS));
    }
    if (input.hasNonNull("birthday_on") && day(input.get("birthday_on").asText()).isEmpty()) {
      return Optional.of("birthday_on must be a date (YYYY-MM-DD)");
    }
    return Optional.empty();
  }

  /** The day of an ISO date or date-time. */
  private static Optional<LocalDate> day(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toLocalDate());
    } catch (DateTimeParseException notDateTime) {
      return date(text);
    }
  }

  private void apply(ObjectNode employee, ObjectNode input) {
    for (String field : EDITABLE) {
      if (input.has(field)) {
        employee.set(field, input.get(field));
      }
    }
    if (input.hasNonNull("birthday_on")) {
      employee.put("birthday_on", day(input.get("birthday_on").asText()).orElseThrow().toString());
    }
    employee.put(
        "full_name",
        employee.path("first_name").asText() + " " + employee.path("last_name").asText());
    employee.put("login_email", employee.path("email").asText());
    employee.put("updated_at", Instant.now(clock).toString());
  }

  private void updateEmployee(RoutingContext ctx) {
    Optional<ObjectNode> found = employees.get(ctx.pathParam("id"));
    if (found.isEmpty()) {
      error(ctx, 404, "Employee " + ctx.pathParam("id") + " not found");
      return;
    }
    Optional<ObjectNode> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    Optional<String> invalid = invalidAttribute(body.get());
    if (invalid.isPresent()) {
      error(ctx, 422, invalid.get());
      return;
    }
    ObjectNode employee = found.get().deepCopy();
    apply(employee, body.get());
    employees.put(employee);
    Json.send(ctx, 200, employee);
  }

  private void termination(RoutingContext ctx, boolean terminate) {
    Optional<ObjectNode> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    Optional<ObjectNode> found = employees.get(id(body.get().path("employee_id")));
    if (found.isEmpty()) {
      error(ctx, 404, "Employee " + body.get().path("employee_id").asText() + " not found");
      return;
    }
    ObjectNode employee = found.get().deepCopy();
    if (terminate) {
      Optional<LocalDate> on = date(body.get().path("terminated_on").asText(null));
      if (on.isEmpty()) {
        error(ctx, 422, "terminated_on (YYYY-MM-DD) is required");
        return;
      }
      employee.put("terminated_on", on.get().toString());
      employee.put("is_terminating", !on.get().isBefore(LocalDate.now(clock)));
      employee.put("active", on.get().isAfter(LocalDate.now(clock)));
      employee.put("termination_reason", body.get().path("terminated_reason").asText(null));
      employee.put(
          "termination_reason_type", body.get().path("termination_reason_type").asText(null));
    } else {
      employee.putNull("terminated_on").putNull("termination_reason");
      employee.put("is_terminating", false).put("active", true);
    }
    employee.put("updated_at", Instant.now(clock).toString());
    employees.put(employee);
    Json.send(ctx, 200, employee);
  }

  // --- teams, locations, legal entities ---------------------------------------------------

  private void createTeam(RoutingContext ctx) {
    Optional<ObjectNode> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    if (body.get().path("name").asText("").isBlank()) {
      error(ctx, 422, "name can't be blank");
      return;
    }
    ObjectNode team = Json.object().put("id", nextId.incrementAndGet());
    team.put("name", body.get().get("name").asText());
    team.put("description", body.get().path("description").asText(null));
    team.putNull("avatar");
    team.set(
        "employee_ids",
        body.get().has("employee_ids") ? body.get().get("employee_ids") : Json.array());
    team.set("lead_ids", body.get().has("lead_ids") ? body.get().get("lead_ids") : Json.array());
    team.put("company_id", COMPANY_ID);
    teams.put(team);
    Json.send(ctx, 201, team);
  }

  private static List<ObjectNode> locations() {
    return HrisSeed.sites().stream()
        .map(
            site -> {
              ObjectNode location = Json.object().put("id", site.index());
              location.put("company_id", COMPANY_ID).put("name", site.city() + " office");
              location.put("country", site.country()).put("city", site.city());
              location.put("address_line_1", site.index() + " Main Street");
              location.put(
                  "postal_code", String.format(Locale.ROOT, "%05d", 10_000 + site.index()));
              location.put("main", site.index() == 1);
              location.put("timezone", "UTC");
              return location;
            })
        .toList();
  }

  private void legalEntity(RoutingContext ctx) {
    legalEntities().stream()
        .filter(e -> e.get("id").asText().equals(ctx.pathParam("id")))
        .findFirst()
        .ifPresentOrElse(
            e -> Json.send(ctx, 200, e),
            () -> error(ctx, 404, "Legal entity " + ctx.pathParam("id") + " not found"));
  }

  private static List<ObjectNode> legalEntities() {
    return List.of(
        Json.object()
            .put("id", 11)
            .put("company_id", COMPANY_ID)
            .put("legal_name", "Patchbay Demo S.L.")
            .put("country", "ES")
            .put("currency", "EUR")
            .put("tin", "B12345678")
            .put("city", "Barcelona")
            .put("created_at", "2018-02-01T09:00:00Z")
            .put("updated_at", "2025-02-01T09:00:00Z"),
        Json.object()
            .put("id", 12)
            .put("company_id", COMPANY_ID)
            .put("legal_name", "Patchbay Demo Ltd")
            .put("country", "GB")
            .put("currency", "GBP")
            .put("tin", "GB123456789")
            .put("city", "London")
            .put("created_at", "2020-06-01T09:00:00Z")
            .put("updated_at", "2025-06-01T09:00:00Z"));
  }

  private static List<ObjectNode> customFields() {
    String[][] fields = {
      {"301", "T-shirt size", "single_choice"},
      {"302", "Emergency contact", "text"},
      {"303", "Laptop serial number", "text"}
    };
    List<ObjectNode> out = new ArrayList<>();
    for (String[] field : fields) {
      out.add(
          Json.object()
              .put("id", Integer.parseInt(field[0]))
              .put("label", field[1])
              .put("field_type", field[2])
              .put("editable", "owned")
              .put("visible", true)
              .put("required", false)
              .put("slug_name", field[1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_")));
    }
    return out;
  }

  // --- time off ---------------------------------------------------------------------------

  private static List<ObjectNode> leaveTypes() {
    List<ObjectNode> out = new ArrayList<>();
    for (String[] type : LEAVE_TYPES) {
      ObjectNode leaveType = Json.object().put("id", Integer.parseInt(type[0]));
      leaveType.put("name", type[1]).put("translated_name", type[1]).put("identifier", type[2]);
      leaveType.put("color", type[3]).put("active", true).put("editable", true);
      leaveType.put("approval_required", true).put("accrues", type[2].equals("holiday"));
      leaveType.put("attachment", type[2].equals("sick_leave")).put("visibility", true);
      leaveType.put("workable", false).put("payable", !type[2].equals("unpaid"));
      leaveType.put("company_id", COMPANY_ID);
      leaveType.putArray("allowance_ids").add(Integer.parseInt(type[0]) * 10);
      out.add(leaveType);
    }
    return out;
  }

  private boolean leaveFilter(io.vertx.core.MultiMap query, ObjectNode leave) {
    if (leave.hasNonNull("deleted_at") || !byEmployee(query, leave)) {
      return false;
    }
    Optional<LocalDate> from = date(query.get("from"));
    Optional<LocalDate> to = date(query.get("to"));
    LocalDate start = LocalDate.parse(leave.get("start_on").asText());
    LocalDate finish = LocalDate.parse(leave.get("finish_on").asText());
    return from.map(f -> !finish.isBefore(f)).orElse(true)
        && to.map(t -> !start.isAfter(t)).orElse(true);
  }

  private void createLeave(RoutingContext ctx) {
    Optional<ObjectNode> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    ObjectNode input = body.get();
    Optional<ObjectNode> employee = employees.get(id(input.path("employee_id")));
    Optional<LocalDate> start = date(input.path("start_on").asText(null));
    Optional<LocalDate> finish = date(input.path("finish_on").asText(null));
    int typeId = input.path("leave_type_id").asInt(0);
    if (employee.isEmpty()) {
      error(ctx, 422, "employee_id does not name an employee");
    } else if (typeId < 1 || typeId > LEAVE_TYPES.length) {
      error(ctx, 422, "leave_type_id does not name a leave type");
    } else if (start.isEmpty() || finish.isEmpty() || finish.get().isBefore(start.get())) {
      error(ctx, 422, "start_on and finish_on (YYYY-MM-DD, finish not before start) are required");
    } else {
      ObjectNode leave =
          leave(
              nextId.incrementAndGet(),
              employee.get(),
              typeId,
              start.get(),
              finish.get(),
              false,
              Instant.now(clock));
      leave.put("description", input.path("description").asText(null));
      leave.put("half_day", input.path("half_day").asText(null));
      leaves.put(leave);
      Json.send(ctx, 201, leave);
    }
  }

  private void approveLeave(RoutingContext ctx) {
    Optional<ObjectNode> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    Optional<ObjectNode> found =
        leaves.get(id(body.get().path("id"))).filter(l -> !l.hasNonNull("deleted_at"));
    if (found.isEmpty()) {
      error(ctx, 404, "Leave " + body.get().path("id").asText() + " not found");
      return;
    }
    ObjectNode leave = found.get().deepCopy().put("approved", true);
    leave.put("updated_at", Instant.now(clock).toString());
    leaves.put(leave);
    Json.send(ctx, 200, leave);
  }

  private void deleteLeave(RoutingContext ctx) {
    Optional<ObjectNode> found =
        leaves.get(ctx.pathParam("id")).filter(l -> !l.hasNonNull("deleted_at"));
    if (found.isEmpty()) {
      error(ctx, 404, "Leave " + ctx.pathParam("id") + " not found");
      return;
    }
    ObjectNode leave = found.get().deepCopy();
    leave.put("deleted_at", Instant.now(clock).toString());
    leaves.put(leave);
    Json.send(ctx, 200, leave);
  }

  /**
   * One stat per employee and allowance for 2026. Factorial documents these objects' fields ({@code
   * total}, {@code used_days}, {@code available_days}, ...) as objects without their members; here
   * each is {@code {units, unit}}.
   */
  private List<ObjectNode> allowanceStats() {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode employee : employees.all()) {
      int id = employee.get("id").asInt();
      for (int type = 1; type <= 2; type++) {
        final int leaveType = type;
        double used =
            leaves.all().stream()
                .filter(l -> l.get("employee_id").asInt() == id)
                .filter(l -> l.get("leave_type_id").asInt() == leaveType)
                .filter(l -> l.path("approved").asBoolean() && !l.hasNonNull("deleted_at"))
                .mapToDouble(
                    l ->
                        LocalDate.parse(l.get("finish_on").asText()).toEpochDay()
                            - LocalDate.parse(l.get("start_on").asText()).toEpochDay()
                            + 1)
                .sum();
        double total = leaveType == 1 ? 23 : 10;
        ObjectNode stat = Json.object().put("id", leaveType * 10 + "_" + id + "_2026");
        stat.put("allowance_id", leaveType * 10).put("employee_id", id).put("year", 2026);
        stat.put("cycles", "2026-01-01/2026-12-31");
        stat.putObject("total").put("units", total).put("unit", "days");
        stat.putObject("used_days").put("units", used).put("unit", "days");
        stat.putObject("available_days").put("units", total - used).put("unit", "days");
        out.add(stat);
      }
    }
    return out;
  }

  // --- seed -------------------------------------------------------------------------------

  private static List<ObjectNode> seedEmployees() {
    return HrisSeed.people(EMPLOYEES, DOMAIN).stream().map(Factorial::employee).toList();
  }

  private static ObjectNode employee(Seed.Person person) {
    int id = EMPLOYEE_BASE + person.index();
    ObjectNode e = Json.object().put("id", id).put("access_id", id + 500_000);
    e.put("first_name", person.firstName()).put("last_name", person.lastName());
    e.put("full_name", person.displayName()).putNull("preferred_name");
    e.put("gender", person.index() % 29 == 0 ? null : person.gender());
    e.put("email", person.email()).put("login_email", person.email());
    e.put(
        "personal_email",
        person.firstName().toLowerCase(Locale.ROOT) + person.index() + "@mail.example.org");
    e.put("birthday_on", person.birthDate().toString());
    e.put("nationality", person.country()).put("country", person.country());
    e.put("city", person.city()).put("phone_number", person.phone());
    e.put("company_id", COMPANY_ID).put("legal_entity_id", person.country().equals("GB") ? 12 : 11);
    e.put("location_id", HrisSeed.siteIndex(person.city()));
    e.put("created_at", person.createdAt().toString());
    e.put("updated_at", person.updatedAt().toString());
    LocalDate terminated = HrisSeed.terminationDate(person);
    e.put("terminated_on", terminated == null ? null : terminated.toString());
    e.put("is_terminating", false);
    e.put("termination_reason", terminated == null ? null : "Moved on");
    e.put("termination_reason_type", terminated == null ? null : "voluntary");
    Integer manager = person.managerIndex();
    if (manager == null) {
      e.putNull("manager_id");
    } else {
      e.put("manager_id", EMPLOYEE_BASE + manager);
    }
    e.put("company_identifier", String.format(Locale.ROOT, "EMP-%04d", person.index()));
    e.put("seniority_calculation_date", person.hireDate().toString());
    e.put("active", terminated == null);
    e.put("attendable", true);
    return e;
  }

  private static List<ObjectNode> seedContracts() {
    List<ObjectNode> out = new ArrayList<>();
    for (Seed.Person person : HrisSeed.people(EMPLOYEES, DOMAIN)) {
      int hours = "part_time".equals(person.employmentType()) ? 2000 : 4000;
      ObjectNode c = Json.object().put("id", 30_000 + person.index());
      c.put("employee_id", EMPLOYEE_BASE + person.index());
      c.put("effective_on", person.hireDate().toString());
      c.put("starts_on", person.hireDate().toString());
      LocalDate terminated = HrisSeed.terminationDate(person);
      c.put("ends_on", terminated == null ? null : terminated.toString());
      c.put("job_title", person.jobTitle());
      c.put("working_hours", hours).put("working_hours_frequency", "week");
      c.put("working_week_days", "monday,tuesday,wednesday,thursday,friday");
      c.put("salary_amount", 4_500_000 + person.index() * 10_000L)
          .put("salary_frequency", "yearly");
      c.put(
          "contract_type",
          "contractor".equals(person.employmentType()) ? "freelance" : "indefinite");
      c.put("has_trial_period", false);
      out.add(c);
    }
    return out;
  }

  private static List<ObjectNode> seedTeams() {
    List<ObjectNode> out = new ArrayList<>();
    List<String> departments = HrisSeed.departments();
    List<Seed.Person> people = HrisSeed.people(EMPLOYEES, DOMAIN);
    for (int i = 0; i < departments.size(); i++) {
      String department = departments.get(i);
      ObjectNode team = Json.object().put("id", 700 + i + 1).put("name", department);
      team.put("description", department + " team").putNull("avatar");
      ArrayNode members = team.putArray("employee_ids");
      people.stream()
          .filter(p -> p.department().equals(department))
          .forEach(p -> members.add(EMPLOYEE_BASE + p.index()));
      team.putArray("lead_ids").add(members.get(0).asInt());
      team.put("company_id", COMPANY_ID);
      out.add(team);
    }
    return out;
  }

  private static List<ObjectNode> seedLeaves() {
    return HrisSeed.absences(80, EMPLOYEES).stream()
        .map(
            a ->
                leave(
                    60_000 + a.index(),
                    employee(Seed.person(a.personIndex(), DOMAIN)),
                    a.index() % 13 == 0 ? 4 : a.type() + 1,
                    a.start(),
                    a.end(),
                    a.status().equals("approved"),
                    a.createdAt()))
        .toList();
  }

  private static ObjectNode leave(
      int id,
      ObjectNode employee,
      int typeId,
      LocalDate start,
      LocalDate finish,
      boolean approved,
      Instant created) {
    ObjectNode l = Json.object().put("id", id).put("company_id", COMPANY_ID);
    l.put("employee_id", employee.get("id").asInt());
    l.put("employee_full_name", employee.get("full_name").asText());
    l.put("start_on", start.toString()).put("finish_on", finish.toString());
    l.putNull("half_day").putNull("description").putNull("reason");
    l.put("leave_type_id", typeId).put("leave_type_name", LEAVE_TYPES[typeId - 1][1]);
    l.put("approved", approved);
    l.put("days_taken", finish.toEpochDay() - start.toEpochDay() + 1);
    l.putNull("deleted_at");
    l.put("created_at", created.toString()).put("updated_at", created.toString());
    return l;
  }

  private static List<ObjectNode> seedDocuments() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      ObjectNode d = Json.object().put("id", 80_000 + i).put("company_id", COMPANY_ID);
      d.put("employee_id", EMPLOYEE_BASE + 1 + (i - 1) / 2);
      d.put("folder_id", i % 2 == 0 ? 2 : 1);
      d.put("filename", i % 2 == 0 ? "payslip-2026-0" + (1 + i % 9) + ".pdf" : "contract.pdf");
      d.put("content_type", "application/pdf").put("public", false);
      d.putArray("signee_ids");
      d.put("created_at", "2026-01-1" + i % 10 + "T09:00:00Z");
      d.put("updated_at", "2026-01-1" + i % 10 + "T09:00:00Z");
      out.add(d);
    }
    return out;
  }

  /** An id sent as a JSON number (integral, maybe written 2007.0) or a string. */
  private static String id(JsonNode node) {
    return node.isNumber() ? Long.toString(node.asLong()) : node.asText("");
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException invalid) {
      return Optional.empty();
    }
  }
}
