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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private final Records employees = new Records(BambooHr::seedEmployees, r -> r.get("id").asText());
  private final Records timeOff = new Records(BambooHr::seedTimeOff, r -> r.get("id").asText());

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
    nextId.set(EMPLOYEES + 1);
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
    router.get(BASE + "/employees/:id").handler(this::employee);
    router.post(BASE + "/employees").handler(this::createEmployee);
    router.post(BASE + "/employees/:id").handler(this::updateEmployee);
    router.get(BASE + "/time_off/requests").handler(this::timeOffRequests);
    router.get(BASE + "/meta/fields").handler(ctx -> Json.send(ctx, 200, metaFields()));
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
    String id = Integer.toString(nextId.getAndIncrement());
    ObjectNode record = body.deepCopy().put("id", id);
    record.put("displayName", body.get("firstName").asText() + " " + body.get("lastName").asText());
    record.put("status", body.path("status").asText("Active"));
    employees.put(record);
    String location = ctx.request().absoluteURI().replaceAll("/+$", "") + "/" + id;
    ctx.response().setStatusCode(201).putHeader("location", location).end();
  }

  private void updateEmployee(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(null);
    ObjectNode record = employees.get(ctx.pathParam("id")).orElse(null);
    if (record == null) {
      error(ctx, 404, "Employee not found");
    } else if (body == null) {
      error(ctx, 400, "A JSON object of fields is required");
    } else {
      ObjectNode updated = record.deepCopy();
      body.fields().forEachRemaining(field -> updated.set(field.getKey(), field.getValue()));
      updated.put("id", record.get("id").asText());
      employees.put(updated);
      ctx.response().setStatusCode(200).end();
    }
  }

  private void timeOffRequests(RoutingContext ctx) {
    LocalDate start;
    LocalDate end;
    try {
      start = LocalDate.parse(ctx.queryParams().get("start"));
      end = LocalDate.parse(ctx.queryParams().get("end"));
    } catch (DateTimeParseException | NullPointerException missing) {
      error(ctx, 400, "start and end (YYYY-MM-DD) are required");
      return;
    }
    String employeeId = ctx.queryParams().get("employeeId");
    ArrayNode out = Json.array();
    for (ObjectNode request : timeOff.all()) {
      LocalDate from = LocalDate.parse(request.get("start").asText());
      LocalDate to = LocalDate.parse(request.get("end").asText());
      boolean overlaps = !to.isBefore(start) && !from.isAfter(end);
      if (overlaps
          && (employeeId == null || employeeId.equals(request.get("employeeId").asText()))) {
        out.add(request);
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
    return record;
  }

  private static List<ObjectNode> seedTimeOff() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      LocalDate start = LocalDate.of(2026, 1, 5).plusDays(i * 5L % 300);
      ObjectNode request = Json.object().put("id", Integer.toString(1000 + i));
      request.put("employeeId", Integer.toString(1 + i * 7 % EMPLOYEES));
      request.putObject("status").put("status", i % 6 == 0 ? "requested" : "approved");
      request.put("name", Seed.person(1 + i * 7 % EMPLOYEES, "acme.example.com").displayName());
      request.put("start", start.toString());
      request.put("end", start.plusDays(i % 4).toString());
      request.put("created", start.minusDays(20).toString());
      request
          .putObject("type")
          .put("id", i % 3 == 0 ? "2" : "1")
          .put("name", i % 3 == 0 ? "Sick" : "Vacation");
      request.putObject("amount").put("unit", "days").put("amount", Integer.toString(1 + i % 4));
      out.add(request);
    }
    return out;
  }
}
