package dev.patchbay.sandbox.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.sandbox.Credentials;
import dev.patchbay.sandbox.Json;
import dev.patchbay.sandbox.Provider;
import dev.patchbay.sandbox.Records;
import dev.patchbay.sandbox.Seed;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * BambooHR (https://documentation.bamboohr.com/reference): {@code
 * https://api.bamboohr.com/api/gateway.php/{companyDomain}/v1/}, HTTP Basic with the API key as
 * user name and any password, errors as status plus an {@code X-BambooHR-Error-Message} header.
 */
public final class BambooHr implements Provider {
  static final String API_KEY = "sandbox-bamboohr-key";
  static final String COMPANY = "acme";
  private static final int EMPLOYEES = 120;
  private static final String BASE = "/api/gateway.php/:company/v1";
  private static final List<String> DIRECTORY_FIELDS =
      List.of(
          "displayName",
          "firstName",
          "lastName",
          "jobTitle",
          "workEmail",
          "department",
          "location",
          "supervisor");

  private final AtomicInteger nextId = new AtomicInteger(EMPLOYEES + 1);
  private final AtomicInteger nextRowId = new AtomicInteger(100_000);
  private final Records employees = new Records(BambooHr::seedEmployees, r -> r.get("id").asText());
  private final Records timeOff = new Records(BambooHr::seedTimeOff, r -> r.get("id").asText());
  private final Records tableRows = new Records(BambooHr::seedTableRows, r -> r.get("id").asText());

  @Override
  public String key() {
    return "bamboohr";
  }

  @Override
  public List<String> hosts() {
    return List.of("api.bamboohr.com");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("apiKey", API_KEY, "subdomain", COMPANY);
  }

  @Override
  public void reset() {
    employees.reset();
    timeOff.reset();
    tableRows.reset();
    nextId.set(EMPLOYEES + 1);
    nextRowId.set(100_000);
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("x-bamboohr-error-message", message)
        .putHeader("content-type", "text/plain; charset=utf-8")
        .end(message);
  }

  @Override
  public void mount(Router router) {
    router.route(BASE + "/*").handler(this::authenticate);
    router.get(BASE + "/employees/directory").handler(this::directory);
    router.get(BASE + "/employees/changed").handler(this::changed);
    router.get(BASE + "/employees/:id").handler(this::employee);
    router.post(BASE + "/employees").handler(this::createEmployee);
    router.post(BASE + "/employees/:id").handler(this::updateEmployee);
    router.get(BASE + "/employees/:id/tables/:table").handler(this::tableRows);
    router.post(BASE + "/employees/:id/tables/:table").handler(this::addTableRow);
    router.get(BASE + "/employees/:id/files/view").handler(this::files);
    router.get(BASE + "/employees/:id/time_off/calculator").handler(this::calculator);
    router.put(BASE + "/employees/:id/time_off/request").handler(this::requestTimeOff);
    router.post(BASE + "/reports/custom").handler(this::customReport);
    router.get(BASE + "/time_off/requests").handler(this::timeOffRequests);
    router.put(BASE + "/time_off/requests/:id/status").handler(this::changeRequestStatus);
    router.get(BASE + "/time_off/whos_out").handler(this::whosOut);
    router.get(BASE + "/meta/fields").handler(ctx -> Json.send(ctx, 200, metaFields()));
    router.get(BASE + "/meta/lists").handler(ctx -> Json.send(ctx, 200, metaLists()));
    router.get(BASE + "/meta/time_off/types").handler(ctx -> Json.send(ctx, 200, timeOffTypes()));
    router
        .get(BASE + "/meta/time_off/policies")
        .handler(ctx -> Json.send(ctx, 200, timeOffPolicies()));
    router.get(BASE + "/company_information").handler(ctx -> Json.send(ctx, 200, company()));
  }

  private void authenticate(RoutingContext ctx) {
    boolean keyOk = Credentials.basic(ctx).filter(b -> API_KEY.equals(b.username())).isPresent();
    if (!keyOk) {
      ctx.response().putHeader("www-authenticate", "Basic realm=\"BambooHR API\"");
      error(ctx, 401, "Invalid API key");
    } else if (!COMPANY.equals(ctx.pathParam("company"))) {
      error(ctx, 404, "Company not found");
    } else {
      ctx.next();
    }
  }

  private void directory(RoutingContext ctx) {
    ObjectNode body = Json.object();
    ArrayNode fields = body.putArray("fields");
    DIRECTORY_FIELDS.forEach(
        name -> fields.addObject().put("id", name).put("type", "text").put("name", name));
    ArrayNode list = body.putArray("employees");
    employees.all().forEach(record -> list.add(project(record, DIRECTORY_FIELDS)));
    Json.send(ctx, 200, body);
  }

  private void employee(RoutingContext ctx) {
    String fieldsParam = ctx.queryParams().get("fields");
    List<String> fields =
        fieldsParam == null || fieldsParam.isBlank()
            ? List.of("firstName", "lastName")
            : List.of(fieldsParam.split(","));
    employees
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            record -> Json.send(ctx, 200, project(record, fields)),
            () -> error(ctx, 404, "Employee not found"));
  }

  private void createEmployee(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(null);
    if (body == null || !body.hasNonNull("firstName") || !body.hasNonNull("lastName")) {
      error(ctx, 400, "firstName and lastName are required");
      return;
    }
    Optional<String> invalid = invalidField(body);
    if (invalid.isPresent()) {
      error(ctx, 400, invalid.get());
      return;
    }
    String id = Integer.toString(nextId.getAndIncrement());
    ObjectNode record = withDates(body.deepCopy()).put("id", id);
    record.put("displayName", body.get("firstName").asText() + " " + body.get("lastName").asText());
    record.put("status", body.path("status").asText("Active"));
    record.put("created", true);
    record.put("lastChanged", Instant.now().toString());
    employees.put(record);
    String location =
        "https://api.bamboohr.com/api/gateway.php/"
            + ctx.pathParam("company")
            + "/v1/employees/"
            + id;
    ctx.response().setStatusCode(201).putHeader("location", location).end();
  }

  /**
   * The first field value BambooHR would refuse: a gender other than Male, Female or Non-binary, or
   * a date field that is not a date (a date-time counts by its date).
   */
  private static Optional<String> invalidField(ObjectNode body) {
    if (body.hasNonNull("gender") && !GENDERS.contains(body.get("gender").asText())) {
      return Optional.of("gender must be one of " + String.join(", ", GENDERS));
    }
    for (String field : DATE_FIELDS) {
      if (body.hasNonNull(field) && day(body.get(field).asText()).isEmpty()) {
        return Optional.of(field + " must be a date (YYYY-MM-DD)");
      }
    }
    return Optional.empty();
  }

  /** {@code record} with its date fields written as YYYY-MM-DD. */
  private static ObjectNode withDates(ObjectNode record) {
    for (String field : DATE_FIELDS) {
      if (record.hasNonNull(field)) {
        record.put(field, day(record.get(field).asText()).orElseThrow().toString());
      }
    }
    return record;
  }

  /** The day of an ISO date or date-time. */
  private static Optional<LocalDate> day(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toLocalDate());
    } catch (DateTimeParseException notDateTime) {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private void updateEmployee(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(null);
    ObjectNode record = employees.get(ctx.pathParam("id")).orElse(null);
    if (record == null) {
      error(ctx, 404, "Employee not found");
    } else if (body == null) {
      error(ctx, 400, "A JSON object of fields is required");
    } else if (invalidField(body).isPresent()) {
      error(ctx, 400, invalidField(body).get());
    } else {
      ObjectNode updated = record.deepCopy();
      withDates(body)
          .fields()
          .forEachRemaining(field -> updated.set(field.getKey(), field.getValue()));
      updated.put("id", record.get("id").asText());
      updated.put("lastChanged", Instant.now().toString());
      employees.put(updated);
      ctx.response().setStatusCode(200).end();
    }
  }

  private void timeOffRequests(RoutingContext ctx) {
    MultiMap query = ctx.queryParams();
    String id = query.get("id");
    LocalDate start;
    LocalDate end;
    try {
      start = LocalDate.parse(query.get("start"));
      end = LocalDate.parse(query.get("end"));
    } catch (DateTimeParseException | NullPointerException missing) {
      error(ctx, 400, "start and end (YYYY-MM-DD) are required");
      return;
    }
    String employeeId = query.get("employeeId");
    List<String> statuses =
        query.get("status") == null ? List.of() : List.of(query.get("status").split(","));
    List<String> types =
        query.get("type") == null ? List.of() : List.of(query.get("type").split(","));
    ArrayNode out = Json.array();
    for (ObjectNode request : timeOff.all()) {
      LocalDate from = LocalDate.parse(request.get("start").asText());
      LocalDate to = LocalDate.parse(request.get("end").asText());
      boolean overlaps = !to.isBefore(start) && !from.isAfter(end);
      boolean wanted =
          (id == null || id.equals(request.get("id").asText()))
              && (employeeId == null || employeeId.equals(request.get("employeeId").asText()))
              && (statuses.isEmpty() || statuses.contains(request.at("/status/status").asText()))
              && (types.isEmpty() || types.contains(request.at("/type/id").asText()));
      if (overlaps && wanted) {
        out.add(request);
      }
    }
    Json.send(ctx, 200, out);
  }

  private void changed(RoutingContext ctx) {
    Instant since;
    try {
      since = OffsetDateTime.parse(ctx.queryParams().get("since")).toInstant();
    } catch (DateTimeParseException | NullPointerException missing) {
      error(ctx, 400, "since must be an ISO 8601 timestamp");
      return;
    }
    ObjectNode body = Json.object().put("latest", Instant.now().toString());
    ObjectNode changedEmployees = body.putObject("employees");
    for (ObjectNode record : employees.all()) {
      Instant changedAt = Instant.parse(record.path("lastChanged").asText(Seed.EPOCH.toString()));
      if (!changedAt.isBefore(since)) {
        String id = record.get("id").asText();
        changedEmployees
            .putObject(id)
            .put("id", id)
            .put("action", record.has("created") ? "Inserted" : "Updated")
            .put("lastChanged", changedAt.toString());
      }
    }
    Json.send(ctx, 200, body);
  }

  private void customReport(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(null);
    if (body == null || !body.path("fields").isArray() || body.path("fields").isEmpty()) {
      error(ctx, 400, "A report needs a list of fields");
      return;
    }
    List<String> fields = new ArrayList<>();
    body.get("fields").forEach(field -> fields.add(field.asText()));
    JsonNode lastChanged = body.at("/filters/lastChanged");
    Instant since = null;
    if (lastChanged.hasNonNull("value")) {
      try {
        since = OffsetDateTime.parse(lastChanged.get("value").asText()).toInstant();
      } catch (DateTimeParseException invalid) {
        error(ctx, 400, "filters.lastChanged.value must be an ISO 8601 timestamp");
        return;
      }
    }
    ObjectNode report = Json.object().put("title", body.path("title").asText("Report"));
    ArrayNode reportFields = report.putArray("fields");
    fields.forEach(
        field -> reportFields.addObject().put("id", field).put("type", "text").put("name", field));
    ArrayNode rows = report.putArray("employees");
    for (ObjectNode record : employees.all()) {
      Instant changedAt = Instant.parse(record.path("lastChanged").asText(Seed.EPOCH.toString()));
      // onlyCurrent only matters for future-dated table rows, which the seed does not have
      if (since == null || !changedAt.isBefore(since)) {
        rows.add(project(record, fields));
      }
    }
    Json.send(ctx, 200, report);
  }

  private static final List<String> TABLES = List.of("jobInfo", "employmentStatus", "compensation");

  private void tableRows(RoutingContext ctx) {
    String table = ctx.pathParam("table");
    String id = ctx.pathParam("id");
    if (!TABLES.contains(table)) {
      error(ctx, 404, "Table not found");
    } else if (employees.get(id).isEmpty()) {
      error(ctx, 404, "Employee not found");
    } else {
      ArrayNode rows = Json.array();
      tableRows.all().stream()
          .filter(
              r -> table.equals(r.get("table").asText()) && id.equals(r.get("employeeId").asText()))
          .forEach(
              r -> {
                ObjectNode row = r.deepCopy();
                row.remove("table");
                rows.add(row);
              });
      Json.send(ctx, 200, rows);
    }
  }

  private void addTableRow(RoutingContext ctx) {
    String table = ctx.pathParam("table");
    String id = ctx.pathParam("id");
    ObjectNode body = Json.body(ctx).orElse(null);
    Optional<ObjectNode> employee = employees.get(id);
    if (!TABLES.contains(table)) {
      error(ctx, 404, "Table not found");
    } else if (employee.isEmpty()) {
      error(ctx, 404, "Employee not found");
    } else if (body == null || !body.hasNonNull("date")) {
      error(ctx, 400, "A table row needs a date (YYYY-MM-DD)");
    } else {
      ObjectNode row = body.deepCopy();
      row.put("id", Integer.toString(nextRowId.incrementAndGet()));
      row.put("employeeId", id).put("table", table);
      tableRows.put(row);
      ObjectNode updated = employee.get().deepCopy();
      if (table.equals("employmentStatus") && row.hasNonNull("employmentStatus")) {
        String status = row.get("employmentStatus").asText();
        updated.put("employmentHistoryStatus", status);
        if (status.equalsIgnoreCase("Terminated")) {
          updated.put("status", "Inactive").put("terminationDate", row.get("date").asText());
        }
      } else if (table.equals("jobInfo")) {
        for (String field : List.of("jobTitle", "department", "division", "location")) {
          if (row.hasNonNull(field)) {
            updated.put(field, row.get(field).asText());
          }
        }
      }
      updated.put("lastChanged", Instant.now().toString());
      employees.put(updated);
      ctx.response().setStatusCode(200).end();
    }
  }

  private void files(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Optional<ObjectNode> employee = employees.get(id);
    if (employee.isEmpty()) {
      error(ctx, 404, "Employee not found");
      return;
    }
    ObjectNode body = Json.object();
    body.putObject("employee").put("id", id);
    ArrayNode categories = body.putArray("categories");
    String[][] folders = {{"12", "Signed Documents"}, {"13", "Training"}};
    for (int i = 0; i < folders.length; i++) {
      ObjectNode category = categories.addObject().put("id", folders[i][0]);
      category.put("name", folders[i][1]).put("canUploadFiles", "yes");
      ArrayNode list = category.putArray("files");
      if (i == 0) {
        list.addObject()
            .put("id", Integer.toString(5000 + Integer.parseInt(id)))
            .put("name", "Offer letter")
            .put("originalFileName", "offer-letter.pdf")
            .put("size", 48_213)
            .put("dateCreated", employee.get().path("hireDate").asText() + " 09:00:00")
            .put("createdBy", "HR Admin")
            .put("shareWithEmployee", "yes");
      }
    }
    Json.send(ctx, 200, body);
  }

  private void calculator(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    if (employees.get(id).isEmpty()) {
      error(ctx, 404, "Employee not found");
      return;
    }
    String endParam = ctx.queryParams().get("end");
    LocalDate end;
    try {
      end = endParam == null ? LocalDate.of(2026, 12, 31) : LocalDate.parse(endParam);
    } catch (DateTimeParseException invalid) {
      error(ctx, 400, "end must be YYYY-MM-DD");
      return;
    }
    ArrayNode out = Json.array();
    for (String[] type : TIME_OFF_TYPES) {
      double used =
          timeOff.all().stream()
              .filter(r -> id.equals(r.get("employeeId").asText()))
              .filter(r -> type[0].equals(r.at("/type/id").asText()))
              .filter(r -> "approved".equals(r.at("/status/status").asText()))
              .filter(r -> !LocalDate.parse(r.get("start").asText()).isAfter(end))
              .mapToDouble(r -> r.at("/amount/amount").asDouble())
              .sum();
      double accrued = type[0].equals("1") ? 20 : type[0].equals("2") ? 8 : 0;
      out.addObject()
          .put("timeOffType", type[0])
          .put("name", type[1])
          .put("units", "days")
          .put("balance", String.valueOf(accrued - used))
          .put("end", end.toString())
          .put("policyType", type[0].equals("3") ? "manual" : "accruing")
          .put("usedYearToDate", String.valueOf(used));
    }
    Json.send(ctx, 200, out);
  }

  private void requestTimeOff(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    Optional<ObjectNode> employee = employees.get(id);
    String typeId = body.path("timeOffTypeId").asText("");
    LocalDate start;
    LocalDate end;
    try {
      start = LocalDate.parse(body.path("start").asText());
      end = LocalDate.parse(body.path("end").asText());
    } catch (DateTimeParseException invalid) {
      start = null;
      end = null;
    }
    if (employee.isEmpty()) {
      error(ctx, 404, "Employee not found");
    } else if (Arrays.stream(TIME_OFF_TYPES).noneMatch(t -> t[0].equals(typeId))) {
      error(ctx, 400, "timeOffTypeId is not a time off type");
    } else if (start == null || end.isBefore(start)) {
      error(ctx, 400, "start and end (YYYY-MM-DD, end not before start) are required");
    } else if (!List.of("approved", "requested", "denied").contains(body.path("status").asText())) {
      error(ctx, 400, "status must be approved, requested or denied");
    } else {
      String requestId = Integer.toString(nextRowId.incrementAndGet());
      String amount =
          body.hasNonNull("amount")
              ? body.get("amount").asText()
              : Long.toString(end.toEpochDay() - start.toEpochDay() + 1);
      ObjectNode request =
          timeOffRequest(
              requestId,
              id,
              employee.get().get("displayName").asText(),
              body.get("status").asText(),
              start,
              end,
              LocalDate.now(),
              typeId,
              amount);
      timeOff.put(request);
      ctx.response().putHeader("location", ctx.request().absoluteURI() + "/" + requestId);
      Json.send(ctx, 201, request);
    }
  }

  private void changeRequestStatus(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    Optional<ObjectNode> request = timeOff.get(ctx.pathParam("id"));
    String status = body.path("status").asText("");
    if (request.isEmpty()) {
      error(ctx, 404, "Time off request not found");
    } else if (!List.of("approved", "denied", "canceled").contains(status)) {
      error(ctx, 400, "status must be approved, denied or canceled");
    } else {
      ObjectNode updated = request.get().deepCopy();
      updated
          .putObject("status")
          .put("status", status)
          .put("lastChanged", LocalDate.now().toString());
      timeOff.put(updated);
      ctx.response().setStatusCode(200).end();
    }
  }

  private void whosOut(RoutingContext ctx) {
    LocalDate start;
    LocalDate end;
    try {
      String startParam = ctx.queryParams().get("start");
      start = startParam == null ? LocalDate.now() : LocalDate.parse(startParam);
      String endParam = ctx.queryParams().get("end");
      end = endParam == null ? start.plusDays(14) : LocalDate.parse(endParam);
    } catch (DateTimeParseException invalid) {
      error(ctx, 400, "start and end must be YYYY-MM-DD");
      return;
    }
    ArrayNode out = Json.array();
    for (ObjectNode request : timeOff.all()) {
      LocalDate from = LocalDate.parse(request.get("start").asText());
      LocalDate to = LocalDate.parse(request.get("end").asText());
      if ("approved".equals(request.at("/status/status").asText())
          && !to.isBefore(start)
          && !from.isAfter(end)) {
        out.addObject()
            .put("id", Integer.parseInt(request.get("id").asText()))
            .put("type", "timeOff")
            .put("employeeId", Integer.parseInt(request.get("employeeId").asText()))
            .put("name", request.get("name").asText())
            .put("start", from.toString())
            .put("end", to.toString());
      }
    }
    Json.send(ctx, 200, out);
  }

  private static ObjectNode project(JsonNode record, List<String> fields) {
    ObjectNode out = Json.object().put("id", record.get("id").asText());
    fields.forEach(field -> out.set(field, record.has(field) ? record.get(field) : null));
    return out;
  }

  private static ArrayNode metaFields() {
    ArrayNode out = Json.array();
    String[][] fields = {
      {"1", "First Name", "text", "firstName"},
      {"2", "Last Name", "text", "lastName"},
      {"3", "Hire Date", "date", "hireDate"},
      {"4", "Job Title", "list", "jobTitle"},
      {"5", "Work Email", "email", "workEmail"},
      {"6", "Department", "list", "department"},
      {"7", "Employment Status", "list", "employmentHistoryStatus"}
    };
    for (String[] field : fields) {
      out.addObject()
          .put("id", field[0])
          .put("name", field[1])
          .put("type", field[2])
          .put("alias", field[3]);
    }
    return out;
  }

  private static final List<String> GENDERS = List.of("Male", "Female", "Non-binary");
  private static final List<String> DATE_FIELDS = List.of("dateOfBirth", "hireDate");

  static final String[][] TIME_OFF_TYPES = {
    {"1", "Vacation", "palm-trees"}, {"2", "Sick", "medicine-bottle"}, {"3", "Unpaid", "stopwatch"}
  };

  private static ArrayNode metaLists() {
    ArrayNode out = Json.array();
    addList(out, 4, "department", "Department", HrisSeed.departments());
    addList(out, 17, "division", "Division", List.of("North America", "Europe", "Asia Pacific"));
    addList(
        out,
        18,
        "location",
        "Location",
        HrisSeed.sites().stream().map(HrisSeed.Site::city).toList());
    addList(
        out,
        16,
        "employmentHistoryStatus",
        "Employment Status",
        List.of("Full-Time", "Part-Time", "Contractor", "Intern", "Terminated"));
    return out;
  }

  private static void addList(
      ArrayNode out, int fieldId, String alias, String name, List<String> values) {
    ObjectNode list = out.addObject().put("fieldId", fieldId).put("alias", alias);
    list.put("manageable", "yes").put("multiple", "no").put("name", name);
    ArrayNode options = list.putArray("options");
    for (int i = 0; i < values.size(); i++) {
      options
          .addObject()
          .put("id", fieldId * 1000 + i + 1)
          .put("archived", "no")
          .put("createdDate", "2015-01-05T09:00:00+00:00")
          .putNull("archivedDate")
          .put("name", values.get(i));
    }
  }

  private static ObjectNode timeOffTypes() {
    ObjectNode body = Json.object();
    ArrayNode types = body.putArray("timeOffTypes");
    for (String[] type : TIME_OFF_TYPES) {
      types
          .addObject()
          .put("id", type[0])
          .put("name", type[1])
          .put("units", "days")
          .putNull("color")
          .put("icon", type[2]);
    }
    ArrayNode hours = body.putArray("defaultHours");
    for (String day : List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")) {
      hours.addObject().put("name", day).put("amount", day.startsWith("S") ? "0" : "8");
    }
    return body;
  }

  private static ArrayNode timeOffPolicies() {
    ArrayNode out = Json.array();
    String[][] policies = {
      {"10", "1", "Vacation - full time", "accruing"},
      {"11", "1", "Vacation - part time", "accruing"},
      {"20", "2", "Sick leave", "accruing"},
      {"30", "3", "Unpaid leave", "manual"}
    };
    for (String[] policy : policies) {
      out.addObject()
          .put("id", policy[0])
          .put("timeOffTypeId", policy[1])
          .put("name", policy[2])
          .put("effectiveDate", "2020-01-01")
          .put("type", policy[3]);
    }
    return out;
  }

  private static ObjectNode company() {
    ObjectNode body = Json.object().put("legalName", "Acme Incorporated");
    body.put("displayName", "Acme");
    body.putObject("address")
        .put("line1", "1 Main Street")
        .putNull("line2")
        .put("city", "Lindon")
        .put("state", "UT")
        .put("country", "United States")
        .put("zip", "84042");
    body.put("phone", "+1 801 555 0100");
    return body;
  }

  private static List<ObjectNode> seedEmployees() {
    return IntStream.rangeClosed(1, EMPLOYEES)
        .mapToObj(i -> Seed.person(i, "acme.example.com"))
        .map(BambooHr::employee)
        .toList();
  }

  private static ObjectNode employee(Seed.Person person) {
    ObjectNode record = Json.object().put("id", Integer.toString(person.index()));
    record.put("displayName", person.displayName());
    record.put("firstName", person.firstName());
    record.put("lastName", person.lastName());
    record.put("jobTitle", person.jobTitle());
    record.put("workEmail", person.email());
    record.put("workPhone", person.phone());
    record.put("department", person.department());
    record.put("location", person.city());
    record.put("country", person.country());
    record.put("gender", person.gender().equals("female") ? "Female" : "Male");
    record.put("dateOfBirth", person.birthDate().toString());
    record.put("hireDate", person.hireDate().toString());
    record.put(
        "employmentHistoryStatus",
        switch (person.employmentType()) {
          case "part_time" -> "Part-Time";
          case "contractor" -> "Contractor";
          default -> "Full-Time";
        });
    record.put("status", person.employmentStatus().equals("terminated") ? "Inactive" : "Active");
    record.put(
        "supervisor",
        person.managerIndex() == null
            ? null
            : Seed.person(person.managerIndex(), "acme.example.com").displayName());
    record.put("lastChanged", person.updatedAt().toString());
    record.put("employeeNumber", Integer.toString(person.index()));
    record.put("preferredName", person.firstName());
    record.put("mobilePhone", person.phone());
    record.put(
        "homeEmail",
        person.firstName().toLowerCase(java.util.Locale.ROOT)
            + person.index()
            + "@mail.example.org");
    record.put("division", person.index() % 3 == 0 ? "Europe" : "North America");
    record.put(
        "supervisorEId",
        person.managerIndex() == null ? null : Integer.toString(person.managerIndex()));
    java.time.LocalDate terminated = HrisSeed.terminationDate(person);
    record.put("terminationDate", terminated == null ? null : terminated.toString());
    record.put(
        "employmentHistoryStatus",
        person.employmentStatus().equals("terminated")
            ? "Terminated"
            : record.get("employmentHistoryStatus").asText());
    return record;
  }

  private static List<ObjectNode> seedTimeOff() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      LocalDate start = LocalDate.of(2026, 1, 5).plusDays(i * 5L % 300);
      int employee = 1 + i * 7 % EMPLOYEES;
      out.add(
          timeOffRequest(
              Integer.toString(1000 + i),
              Integer.toString(employee),
              Seed.person(employee, "acme.example.com").displayName(),
              i % 17 == 0 ? "superceded" : i % 6 == 0 ? "requested" : "approved",
              start,
              start.plusDays(i % 4),
              start.minusDays(20),
              i % 3 == 0 ? "2" : "1",
              Integer.toString(1 + i % 4)));
    }
    return out;
  }

  private static ObjectNode timeOffRequest(
      String id,
      String employeeId,
      String name,
      String status,
      LocalDate start,
      LocalDate end,
      LocalDate created,
      String typeId,
      String amount) {
    ObjectNode request = Json.object().put("id", id);
    request.put("employeeId", employeeId);
    request.putObject("status").put("status", status).put("lastChanged", created.toString());
    request.put("name", name);
    request.put("start", start.toString());
    request.put("end", end.toString());
    request.put("created", created.toString());
    String[] type =
        Arrays.stream(TIME_OFF_TYPES).filter(t -> t[0].equals(typeId)).findFirst().orElseThrow();
    request.putObject("type").put("id", type[0]).put("name", type[1]).put("icon", type[2]);
    request.putObject("amount").put("unit", "days").put("amount", amount);
    return request;
  }

  private static List<ObjectNode> seedTableRows() {
    List<ObjectNode> out = new ArrayList<>();
    int row = 1;
    for (int i = 1; i <= EMPLOYEES; i++) {
      Seed.Person person = Seed.person(i, "acme.example.com");
      String id = Integer.toString(i);
      String hired = person.hireDate().toString();
      ObjectNode job = Json.object().put("id", Integer.toString(row++)).put("table", "jobInfo");
      job.put("employeeId", id).put("date", hired).put("location", person.city());
      job.put("department", person.department())
          .put("division", i % 3 == 0 ? "Europe" : "North America");
      job.put("jobTitle", person.jobTitle());
      job.put(
          "reportsTo",
          person.managerIndex() == null
              ? null
              : Seed.person(person.managerIndex(), "acme.example.com").displayName());
      out.add(job);
      ObjectNode status =
          Json.object().put("id", Integer.toString(row++)).put("table", "employmentStatus");
      status.put("employeeId", id).put("date", hired);
      status.put(
          "employmentStatus",
          switch (person.employmentType()) {
            case "part_time" -> "Part-Time";
            case "contractor" -> "Contractor";
            default -> "Full-Time";
          });
      status.putNull("terminationTypeId").putNull("terminationReasonId");
      out.add(status);
      LocalDate terminated = HrisSeed.terminationDate(person);
      if (terminated != null) {
        ObjectNode end =
            Json.object().put("id", Integer.toString(row++)).put("table", "employmentStatus");
        end.put("employeeId", id).put("date", terminated.toString());
        end.put("employmentStatus", "Terminated").put("terminationTypeId", "1");
        end.put("terminationReasonId", "2");
        out.add(end);
      }
      ObjectNode pay =
          Json.object().put("id", Integer.toString(row++)).put("table", "compensation");
      pay.put("employeeId", id).put("startDate", hired).put("date", hired);
      pay.putObject("rate").put("currency", "USD").put("value", Integer.toString(50_000 + i * 500));
      pay.put("type", "Salary").put("paidPer", "Year").put("paySchedule", "Twice a month");
      pay.put("reason", "New Hire");
      out.add(pay);
    }
    return out;
  }
}
