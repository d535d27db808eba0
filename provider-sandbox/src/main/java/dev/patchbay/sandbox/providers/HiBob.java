package dev.patchbay.sandbox.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.sandbox.Credentials;
import dev.patchbay.sandbox.Json;
import dev.patchbay.sandbox.Provider;
import dev.patchbay.sandbox.Records;
import dev.patchbay.sandbox.Seed;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HiBob ("Bob", https://apidocs.hibob.com): {@code https://api.hibob.com/v1/}, HTTP Basic with a
 * service user's id and token, errors as {@code {"key", "error"}}. People are read in bulk with
 * {@code POST /people/search} (fields, filters, showInactive; no pagination: one call returns every
 * match) and one at a time with {@code POST /people/{identifier}}. Departments and sites are the
 * company's named lists; time off is per employee, with a changes feed and who's out.
 */
public final class HiBob implements Provider {
  private static final List<String> GENDERS = List.of("Male", "Female", "Non-binary", "Other");
  private static final List<String> DATE_FIELDS = List.of("/work/startDate", "/personal/birthDate");
  static final String SERVICE_USER = "SERVICE-4401";
  static final String TOKEN = "sandbox-hibob-token";
  private static final String COMPANY_ID = "601234";
  private static final String DOMAIN = "bob.example.com";
  private static final int EMPLOYEES = 80;
  private static final List<String> POLICY_TYPES = List.of("Holiday", "Sick", "Unpaid");

  private final AtomicLong nextId = new AtomicLong();
  private final Records employees = new Records(HiBob::seedEmployees, r -> r.get("id").asText());
  private final Records requests =
      new Records(HiBob::seedRequests, r -> r.get("requestId").asText());
  private final Records listItems = new Records(HiBob::seedListItems, r -> r.get("id").asText());

  public HiBob() {
    nextId.set(9000);
  }

  @Override
  public String key() {
    return "hibob";
  }

  @Override
  public List<String> hosts() {
    return List.of("api.hibob.com");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("serviceUserId", SERVICE_USER, "serviceUserToken", TOKEN);
  }

  @Override
  public void reset() {
    employees.reset();
    requests.reset();
    listItems.reset();
    nextId.set(9000);
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    String key =
        switch (status) {
          case 400 -> "validation.error";
          case 401 -> "unauthorized";
          case 403 -> "forbidden";
          case 404 -> "not.found";
          case 429 -> "too.many.requests";
          default -> "internal.error";
        };
    Json.send(ctx, status, Json.object().put("key", key).put("error", message));
  }

  @Override
  public void mount(Router router) {
    router.route("/v1/*").handler(this::authenticate);
    router.post("/v1/people/search").handler(this::search);
    router.post("/v1/people").handler(this::create);
    router.post("/v1/people/:id").handler(this::read);
    router.get("/v1/people/:id/work").handler(ctx -> table(ctx, this::workHistory));
    router.get("/v1/people/:id/employment").handler(ctx -> table(ctx, this::employmentHistory));
    router.get("/v1/people/:id").handler(this::read);
    router.put("/v1/people/:id").handler(this::update);
    router.post("/v1/employees/:id/terminate").handler(this::terminate);
    router.get("/v1/company/people/fields").handler(ctx -> Json.send(ctx, 200, fields()));
    router.get("/v1/company/named-lists").handler(this::namedLists);
    router.get("/v1/company/named-lists/:list").handler(this::namedList);
    router.post("/v1/company/named-lists/:list").handler(this::addListItem);
    router.get("/v1/timeoff/requests/changes").handler(this::changes);
    router.get("/v1/timeoff/policy-types").handler(this::policyTypes);
    router.get("/v1/timeoff/whosout").handler(this::whosOut);
    router.get("/v1/timeoff/employees/:id/balance").handler(this::balance);
    router.post("/v1/timeoff/employees/:id/requests").handler(this::requestTimeOff);
    router.get("/v1/timeoff/employees/:id/requests/:requestId").handler(this::timeOffRequest);
    router.delete("/v1/timeoff/employees/:id/requests/:requestId").handler(this::cancel);
    router.get("/v1/docs/people/:id").handler(this::documents);
  }

  private void authenticate(RoutingContext ctx) {
    boolean valid =
        Credentials.basic(ctx)
            .filter(b -> SERVICE_USER.equals(b.username()) && TOKEN.equals(b.password()))
            .isPresent();
    if (valid) {
      ctx.next();
    } else {
      error(ctx, 401, "Unauthorized: the service user id or token is not valid");
    }
  }

  // --- people -----------------------------------------------------------------------------

  private void search(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    boolean showInactive = body.path("showInactive").asBoolean(false);
    List<String> fields = texts(body.path("fields"));
    ArrayNode out = Json.array();
    for (ObjectNode employee : employees.all()) {
      boolean active = "Active".equals(employee.at("/internal/status").asText());
      if ((showInactive || active) && matches(employee, body.path("filters"))) {
        out.add(project(employee, fields));
      }
    }
    Json.send(ctx, 200, Json.object().set("employees", out));
  }

  private static boolean matches(ObjectNode employee, JsonNode filters) {
    for (JsonNode filter : filters) {
      String operator = filter.path("operator").asText("equals");
      JsonNode value = employee.at(pointer(filter.path("fieldPath").asText()));
      List<String> values = texts(filter.path("values"));
      boolean hit = values.contains(value.asText());
      if (operator.equals("equals") != hit) {
        return false;
      }
    }
    return true;
  }

  /** {@code root.firstName} and {@code /work/title} style field paths as a JSON pointer. */
  private static String pointer(String fieldPath) {
    String path = fieldPath.startsWith("/") ? fieldPath.substring(1) : fieldPath;
    if (path.startsWith("root.")) {
      path = path.substring(5);
    }
    return "/" + path.replace('.', '/').replace("//", "/");
  }

  private static ObjectNode project(ObjectNode employee, List<String> fields) {
    if (fields.isEmpty()) {
      return employee;
    }
    ObjectNode out = Json.object().put("id", employee.get("id").asText());
    for (String field : fields) {
      String[] parts = pointer(field).substring(1).split("/");
      JsonNode value = employee;
      ObjectNode target = out;
      for (int i = 0; i < parts.length; i++) {
        value = value.path(parts[i]);
        if (value.isMissingNode()) {
          break;
        }
        if (i == parts.length - 1) {
          target.set(parts[i], value);
        } else {
          target =
              target.has(parts[i]) ? (ObjectNode) target.get(parts[i]) : target.putObject(parts[i]);
        }
      }
    }
    return out;
  }

  private Optional<ObjectNode> find(String identifier) {
    return employees
        .get(identifier)
        .or(
            () ->
                employees.all().stream()
                    .filter(e -> identifier.equalsIgnoreCase(e.path("email").asText()))
                    .findFirst());
  }

  private void read(RoutingContext ctx) {
    List<String> fields = texts(Json.body(ctx).orElse(Json.object()).path("fields"));
    find(ctx.pathParam("id"))
        .ifPresentOrElse(
            employee -> Json.send(ctx, 200, project(employee, fields)),
            () -> error(ctx, 404, "Employee " + ctx.pathParam("id") + " not found"));
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(null);
    List<String> missing = new ArrayList<>();
    for (String field :
        List.of("/firstName", "/surname", "/email", "/work/site", "/work/startDate")) {
      if (body == null || body.at(field).asText("").isBlank()) {
        missing.add(field.substring(1).replace('/', '.'));
      }
    }
    if (!missing.isEmpty()) {
      error(ctx, 400, "Missing mandatory fields: " + String.join(", ", missing));
      return;
    }
    if (find(body.get("email").asText()).isPresent()) {
      error(ctx, 400, "An employee with email " + body.get("email").asText() + " already exists");
      return;
    }
    Optional<String> invalid = invalidField(body);
    if (invalid.isPresent()) {
      error(ctx, 400, invalid.get());
      return;
    }
    String id = "3" + String.format(Locale.ROOT, "%018d", nextId.incrementAndGet() * 104_729L);
    ObjectNode employee = withDates(body.deepCopy());
    employee.put("id", id).put("companyId", COMPANY_ID);
    employee.put(
        "displayName", body.get("firstName").asText() + " " + body.get("surname").asText());
    employee.put("creationDateTime", java.time.Instant.now().toString());
    ObjectNode internal = employee.with("internal");
    internal.put("status", "Active").put("lifecycleStatus", "employed");
    employee.with("work").put("isManager", false);
    employees.put(employee);
    Json.send(ctx, 200, employee);
  }

  private void update(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(null);
    Optional<ObjectNode> found = find(ctx.pathParam("id"));
    if (found.isEmpty()) {
      error(ctx, 404, "Employee " + ctx.pathParam("id") + " not found");
    } else if (body == null || body.isEmpty()) {
      error(ctx, 400, "The request body holds no fields to update");
    } else if (body.has("email")) {
      error(ctx, 400, "email cannot be updated through this endpoint");
    } else if (invalidField(body).isPresent()) {
      error(ctx, 400, invalidField(body).get());
    } else {
      ObjectNode updated = found.get().deepCopy();
      merge(updated, withDates(body));
      updated.put(
          "displayName",
          updated.path("firstName").asText() + " " + updated.path("surname").asText());
      employees.put(updated);
      ctx.response().setStatusCode(200).end();
    }
  }

  /**
   * The first field value Bob would refuse: a gender that is not a value of its list, or a date
   * field that is not a date (a date-time counts by its date).
   */
  private static Optional<String> invalidField(ObjectNode body) {
    JsonNode gender = body.at("/personal/gender");
    if (!gender.isMissingNode() && !gender.isNull() && !GENDERS.contains(gender.asText())) {
      return Optional.of("personal.gender must be one of " + String.join(", ", GENDERS));
    }
    for (String field : DATE_FIELDS) {
      JsonNode value = body.at(field);
      if (!value.isMissingNode() && !value.isNull() && day(value.asText()).isEmpty()) {
        return Optional.of(field.substring(1).replace('/', '.') + " must be a date (YYYY-MM-DD)");
      }
    }
    return Optional.empty();
  }

  /** {@code body} with its date fields written as YYYY-MM-DD. */
  private static ObjectNode withDates(ObjectNode body) {
    for (String field : DATE_FIELDS) {
      JsonNode value = body.at(field);
      if (value.isTextual()) {
        int slash = field.lastIndexOf('/');
        ((ObjectNode) body.at(field.substring(0, slash)))
            .put(field.substring(slash + 1), day(value.asText()).orElseThrow().toString());
      }
    }
    return body;
  }

  /** The day of an ISO date or date-time. */
  private static Optional<LocalDate> day(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toLocalDate());
    } catch (DateTimeParseException notDateTime) {
      return date(text);
    }
  }

  private static void merge(ObjectNode target, ObjectNode changes) {
    changes
        .fields()
        .forEachRemaining(
            field -> {
              if (field.getValue().isObject() && target.path(field.getKey()).isObject()) {
                merge((ObjectNode) target.get(field.getKey()), (ObjectNode) field.getValue());
              } else {
                target.set(field.getKey(), field.getValue());
              }
            });
  }

  private void terminate(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    Optional<ObjectNode> found = find(ctx.pathParam("id"));
    if (found.isEmpty()) {
      error(ctx, 404, "Employee " + ctx.pathParam("id") + " not found");
      return;
    }
    Optional<LocalDate> date = date(body.path("terminationDate").asText(null));
    if (date.isEmpty()) {
      error(ctx, 400, "terminationDate (YYYY-MM-DD) is required");
      return;
    }
    ObjectNode updated = found.get().deepCopy();
    ObjectNode internal = updated.with("internal");
    internal.put("status", "Inactive").put("lifecycleStatus", "terminated");
    internal.put("terminationDate", date.get().toString());
    internal.put("terminationReason", body.path("terminationReason").asText(null));
    employees.put(updated);
    ctx.response().setStatusCode(200).end();
  }

  private void table(RoutingContext ctx, java.util.function.Function<ObjectNode, ArrayNode> rows) {
    find(ctx.pathParam("id"))
        .ifPresentOrElse(
            employee -> Json.send(ctx, 200, Json.object().set("values", rows.apply(employee))),
            () -> error(ctx, 404, "Employee " + ctx.pathParam("id") + " not found"));
  }

  private ArrayNode workHistory(ObjectNode employee) {
    ArrayNode rows = Json.array();
    JsonNode work = employee.path("work");
    String start = work.path("startDate").asText();
    long base = Long.parseLong(employee.get("id").asText().substring(12));
    rows.addObject()
        .put("id", base * 10 + 1)
        .put("effectiveDate", start)
        .put("title", "Associate " + work.path("title").asText())
        .put("department", work.path("department").asText())
        .put("site", work.path("site").asText())
        .put("siteId", work.path("siteId").asInt())
        .put("isCurrent", false)
        .putNull("reportsTo");
    ObjectNode current =
        rows.addObject()
            .put("id", base * 10 + 2)
            .put("effectiveDate", date(start).map(d -> d.plusYears(1).toString()).orElse(start))
            .put("title", work.path("title").asText())
            .put("department", work.path("department").asText())
            .put("site", work.path("site").asText())
            .put("siteId", work.path("siteId").asInt())
            .put("isCurrent", true);
    current.set("reportsTo", work.path("reportsTo"));
    return rows;
  }

  private ArrayNode employmentHistory(ObjectNode employee) {
    ArrayNode rows = Json.array();
    JsonNode employment = employee.at("/payroll/employment");
    rows.addObject()
        .put("id", Long.parseLong(employee.get("id").asText().substring(12)) * 10 + 3)
        .put("effectiveDate", employee.at("/work/startDate").asText())
        .put("type", employment.path("type").asText("Permanent"))
        .put("contract", employment.path("contract").asText("Full time"))
        .put("weeklyHours", employment.path("weeklyHours").asInt(40))
        .put("isCurrent", true);
    return rows;
  }

  // --- company ----------------------------------------------------------------------------

  private void namedLists(RoutingContext ctx) {
    ObjectNode out = Json.object();
    for (String list : List.of("department", "site")) {
      out.set(list, namedListBody(list));
    }
    Json.send(ctx, 200, out);
  }

  private ObjectNode namedListBody(String list) {
    ObjectNode body = Json.object().put("name", list);
    ArrayNode values = body.putArray("values");
    listItems.all().stream()
        .filter(item -> list.equals(item.path("list").asText()))
        .forEach(
            item -> {
              ObjectNode value = item.deepCopy();
              value.remove("list");
              values.add(value);
            });
    return body;
  }

  private void namedList(RoutingContext ctx) {
    String list = ctx.pathParam("list");
    if (!List.of("department", "site").contains(list)) {
      error(ctx, 404, "Named list " + list + " not found");
      return;
    }
    Json.send(ctx, 200, namedListBody(list));
  }

  private void addListItem(RoutingContext ctx) {
    String list = ctx.pathParam("list");
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    if (!List.of("department", "site").contains(list)) {
      error(ctx, 404, "Named list " + list + " not found");
    } else if (body.path("name").asText("").isBlank()) {
      error(ctx, 400, "name is required");
    } else {
      String id = Long.toString(nextId.incrementAndGet());
      ObjectNode item = listItem(list, id, body.get("name").asText());
      listItems.put(item);
      ObjectNode out = item.deepCopy();
      out.remove("list");
      Json.send(ctx, 200, out);
    }
  }

  private static ArrayNode fields() {
    ArrayNode out = Json.array();
    String[][] fields = {
      {"root.id", "Employee ID", "root", "text"},
      {"root.firstName", "First name", "root", "text"},
      {"root.surname", "Last name", "root", "text"},
      {"root.email", "Email", "root", "text"},
      {"root.displayName", "Display name", "root", "text"},
      {"personal.gender", "Gender", "personal", "list"},
      {"personal.birthDate", "Birth date", "personal", "date"},
      {"work.title", "Job title", "work", "list"},
      {"work.department", "Department", "work", "list"},
      {"work.site", "Site", "work", "list"},
      {"work.startDate", "Start date", "work", "date"},
      {"work.reportsTo", "Reports to", "work", "employee-reference"},
      {"internal.status", "Status", "internal", "list"},
      {"internal.terminationDate", "Termination date", "internal", "date"},
      {"payroll.employment.type", "Employment type", "payroll", "list"},
      {"home.privateEmail", "Personal email", "home", "text"}
    };
    for (String[] field : fields) {
      out.addObject()
          .put("id", field[0])
          .put("name", field[1])
          .put("category", field[2])
          .put("type", field[3])
          .put("jsonPath", field[0].replace("root.", ""))
          .put("historical", field[2].equals("work"));
    }
    return out;
  }

  private void documents(RoutingContext ctx) {
    find(ctx.pathParam("id"))
        .ifPresentOrElse(
            employee -> {
              ArrayNode docs = Json.array();
              String id = employee.get("id").asText();
              String[] names = {"Employment contract.pdf", "Passport.jpg"};
              for (int i = 0; i < names.length; i++) {
                docs.addObject()
                    .put("id", Long.parseLong(id.substring(12)) * 100 + i)
                    .put("name", names[i])
                    .put("folderId", i == 0 ? 1 : 2)
                    .put("uploadDate", employee.at("/work/startDate").asText())
                    .put("documentLink", "https://files.bob.example.com/docs/" + id + "/" + i);
              }
              Json.send(ctx, 200, Json.object().set("documents", docs));
            },
            () -> error(ctx, 404, "Employee " + ctx.pathParam("id") + " not found"));
  }

  // --- time off ---------------------------------------------------------------------------

  private void changes(RoutingContext ctx) {
    String since = ctx.queryParams().get("since");
    java.time.Instant from;
    try {
      from = java.time.OffsetDateTime.parse(since).toInstant();
    } catch (DateTimeParseException | NullPointerException invalid) {
      error(ctx, 400, "since is required, as an ISO date-time");
      return;
    }
    ArrayNode out = Json.array();
    for (ObjectNode request : requests.all()) {
      if (!java.time.Instant.parse(request.get("createdOn").asText()).isBefore(from)) {
        ObjectNode change = summary(request);
        change.put(
            "changeType",
            "canceled".equals(request.path("status").asText()) ? "Deleted" : "Created");
        out.add(change);
      }
    }
    Json.send(ctx, 200, Json.object().set("changes", out));
  }

  private ObjectNode summary(ObjectNode request) {
    ObjectNode out = Json.object();
    out.put("requestId", request.get("requestId").asLong());
    out.put("employeeId", request.get("employeeId").asText());
    employees
        .get(request.get("employeeId").asText())
        .ifPresent(
            e ->
                out.put("employeeDisplayName", e.path("displayName").asText())
                    .put("employeeEmail", e.path("email").asText()));
    out.put("policyTypeDisplayName", request.get("policyTypeDisplayName").asText());
    out.put("type", "days");
    out.put("startDate", request.get("startDate").asText());
    out.put("startPortion", request.get("startDatePortion").asText());
    out.put("endDate", request.get("endDate").asText());
    out.put("endPortion", request.get("endDatePortion").asText());
    out.put("status", request.get("status").asText());
    return out;
  }

  private void policyTypes(RoutingContext ctx) {
    ArrayNode types = Json.array();
    POLICY_TYPES.forEach(types::add);
    Json.send(ctx, 200, Json.object().set("policyTypes", types));
  }

  private void whosOut(RoutingContext ctx) {
    Optional<LocalDate> from = date(ctx.queryParams().get("from"));
    Optional<LocalDate> to = date(ctx.queryParams().get("to"));
    if (from.isEmpty() || to.isEmpty()) {
      error(ctx, 400, "from and to (YYYY-MM-DD) are required");
      return;
    }
    ArrayNode outs = Json.array();
    for (ObjectNode request : requests.all()) {
      LocalDate start = LocalDate.parse(request.get("startDate").asText());
      LocalDate end = LocalDate.parse(request.get("endDate").asText());
      boolean approved = "approved".equals(request.get("status").asText());
      if (approved && !end.isBefore(from.get()) && !start.isAfter(to.get())) {
        outs.add(summary(request));
      }
    }
    Json.send(ctx, 200, Json.object().set("outs", outs));
  }

  private void balance(RoutingContext ctx) {
    String policyType = ctx.queryParams().get("policyType");
    Optional<LocalDate> date = date(ctx.queryParams().get("date"));
    Optional<ObjectNode> employee = find(ctx.pathParam("id"));
    if (employee.isEmpty()) {
      error(ctx, 404, "Employee " + ctx.pathParam("id") + " not found");
    } else if (policyType == null || !POLICY_TYPES.contains(policyType) || date.isEmpty()) {
      error(ctx, 400, "policyType (one of " + POLICY_TYPES + ") and date are required");
    } else {
      String id = employee.get().get("id").asText();
      double used =
          requests.all().stream()
              .filter(r -> id.equals(r.get("employeeId").asText()))
              .filter(r -> policyType.equals(r.get("policyType").asText()))
              .filter(r -> "approved".equals(r.get("status").asText()))
              .mapToDouble(r -> r.get("totalDuration").asDouble())
              .sum();
      double allowance = policyType.equals("Holiday") ? 25 : policyType.equals("Sick") ? 10 : 0;
      ObjectNode out = Json.object().put("employeeId", id).put("policyType", policyType);
      out.put("date", date.get().toString()).put("unit", "days");
      out.put("used", used).put("totalBalanceAsOfDate", allowance - used);
      Json.send(ctx, 200, out);
    }
  }

  private void requestTimeOff(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    Optional<ObjectNode> employee = find(ctx.pathParam("id"));
    Optional<LocalDate> start = date(body.path("startDate").asText(null));
    Optional<LocalDate> end = date(body.path("endDate").asText(null));
    String policyType = body.path("policyType").asText("");
    if (employee.isEmpty()) {
      error(ctx, 404, "Employee " + ctx.pathParam("id") + " not found");
    } else if (!POLICY_TYPES.contains(policyType)) {
      error(ctx, 400, "policyType must be one of " + POLICY_TYPES);
    } else if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
      error(ctx, 400, "startDate and endDate (YYYY-MM-DD, end not before start) are required");
    } else {
      ObjectNode request =
          request(
              nextId.incrementAndGet(),
              employee.get().get("id").asText(),
              policyType,
              start.get(),
              end.get(),
              body.path("skipManagerApproval").asBoolean(false) ? "approved" : "pending",
              java.time.Instant.now());
      request.put("startDatePortion", body.path("startDatePortion").asText("all_day"));
      request.put("endDatePortion", body.path("endDatePortion").asText("all_day"));
      request.put("description", body.path("description").asText(null));
      requests.put(request);
      Json.send(ctx, 200, request);
    }
  }

  private Optional<ObjectNode> request(RoutingContext ctx) {
    return requests
        .get(ctx.pathParam("requestId"))
        .filter(r -> r.get("employeeId").asText().equals(ctx.pathParam("id")));
  }

  private void timeOffRequest(RoutingContext ctx) {
    request(ctx)
        .ifPresentOrElse(
            r -> Json.send(ctx, 200, r),
            () -> error(ctx, 404, "Time off request " + ctx.pathParam("requestId") + " not found"));
  }

  private void cancel(RoutingContext ctx) {
    request(ctx)
        .ifPresentOrElse(
            r -> {
              ObjectNode canceled = r.deepCopy().put("status", "canceled");
              requests.put(canceled);
              ctx.response().setStatusCode(200).end();
            },
            () -> error(ctx, 404, "Time off request " + ctx.pathParam("requestId") + " not found"));
  }

  // --- seed -------------------------------------------------------------------------------

  static String employeeId(int index) {
    return "3" + String.format(Locale.ROOT, "%018d", 4_410_000_000_000_000L + index * 104_729L);
  }

  private static List<ObjectNode> seedEmployees() {
    return HrisSeed.people(EMPLOYEES, DOMAIN).stream().map(HiBob::employee).toList();
  }

  private static ObjectNode employee(Seed.Person person) {
    ObjectNode e = Json.object().put("id", employeeId(person.index()));
    e.put("firstName", person.firstName()).put("surname", person.lastName());
    e.put("email", person.email()).put("displayName", person.displayName());
    e.put("companyId", COMPANY_ID).put("creationDateTime", person.createdAt().toString());
    ObjectNode personal = e.putObject("personal");
    personal.put("gender", person.index() % 29 == 0 ? "Other" : capitalise(person.gender()));
    personal.put("birthDate", person.birthDate().toString());
    personal.put("shortBirthDate", person.birthDate().toString().substring(5));
    ObjectNode work = e.putObject("work");
    work.put("title", person.jobTitle()).put("department", person.department());
    work.put("site", person.city()).put("siteId", HrisSeed.siteIndex(person.city()));
    work.put("startDate", person.hireDate().toString());
    work.put("employeeIdInCompany", person.index());
    work.put("isManager", person.index() <= EMPLOYEES / 8);
    if (person.managerIndex() == null) {
      work.putNull("reportsTo");
    } else {
      Seed.Person manager = Seed.person(person.managerIndex(), DOMAIN);
      work.putObject("reportsTo")
          .put("id", employeeId(manager.index()))
          .put("displayName", manager.displayName())
          .put("email", manager.email());
    }
    ObjectNode internal = e.putObject("internal");
    boolean terminated = "terminated".equals(person.employmentStatus());
    internal.put("status", terminated ? "Inactive" : "Active");
    internal.put(
        "lifecycleStatus",
        terminated
            ? "terminated"
            : "leave".equals(person.employmentStatus()) ? "leave" : "employed");
    LocalDate terminatedOn = HrisSeed.terminationDate(person);
    internal.put("terminationDate", terminatedOn == null ? null : terminatedOn.toString());
    ObjectNode employment = e.putObject("payroll").putObject("employment");
    employment.put(
        "type",
        switch (person.employmentType()) {
          case "contractor" -> "Contractor";
          case "part_time" -> "Permanent";
          default -> person.index() % 31 == 0 ? "Intern" : "Permanent";
        });
    employment.put(
        "contract", "part_time".equals(person.employmentType()) ? "Part time" : "Full time");
    employment.put("weeklyHours", "part_time".equals(person.employmentType()) ? 20 : 40);
    e.putObject("home")
        .put(
            "privateEmail",
            person.firstName().toLowerCase(Locale.ROOT) + person.index() + "@mail.example.org")
        .put("mobilePhone", person.phone());
    return e;
  }

  private static List<ObjectNode> seedRequests() {
    return HrisSeed.absences(60, EMPLOYEES).stream()
        .map(
            a ->
                request(
                    5000 + a.index(),
                    employeeId(a.personIndex()),
                    POLICY_TYPES.get(a.type()),
                    a.start(),
                    a.end(),
                    a.status(),
                    a.createdAt()))
        .toList();
  }

  private static ObjectNode request(
      long id,
      String employeeId,
      String policyType,
      LocalDate start,
      LocalDate end,
      String status,
      java.time.Instant created) {
    ObjectNode r = Json.object().put("requestId", id).put("employeeId", employeeId);
    r.put("policyType", policyType).put("policyTypeDisplayName", policyType);
    r.put("type", "days").put("requestRangeType", "days");
    r.put("startDate", start.toString()).put("startDatePortion", "all_day");
    r.put("endDate", end.toString()).put("endDatePortion", "all_day");
    r.put("status", status).put("approved", "approved".equals(status));
    r.put("durationUnit", "days").put("totalDuration", end.toEpochDay() - start.toEpochDay() + 1);
    r.put("createdOn", created.toString());
    return r;
  }

  private static List<ObjectNode> seedListItems() {
    List<ObjectNode> items = new ArrayList<>();
    List<String> departments = HrisSeed.departments();
    for (int i = 0; i < departments.size(); i++) {
      items.add(listItem("department", Integer.toString(251_100 + i), departments.get(i)));
    }
    HrisSeed.sites()
        .forEach(site -> items.add(listItem("site", Integer.toString(site.index()), site.city())));
    return items;
  }

  private static ObjectNode listItem(String list, String id, String name) {
    ObjectNode item = Json.object().put("list", list).put("id", id);
    item.put("value", name).put("name", name).put("archived", false);
    item.putArray("children");
    return item;
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException invalid) {
      return Optional.empty();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }

  private static String capitalise(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
