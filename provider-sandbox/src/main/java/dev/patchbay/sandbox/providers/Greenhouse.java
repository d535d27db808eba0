package dev.patchbay.sandbox.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.sandbox.Credentials;
import dev.patchbay.sandbox.Json;
import dev.patchbay.sandbox.Paging;
import dev.patchbay.sandbox.Provider;
import dev.patchbay.sandbox.Records;
import dev.patchbay.sandbox.Seed;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Greenhouse Harvest API v1 (https://developers.greenhouse.io/harvest.html): {@code
 * https://harvest.greenhouse.io/v1/}, HTTP Basic with the API token as user name and a blank
 * password. Collections page with {@code per_page} (1–500, default 100) and {@code page}, and an
 * RFC 5988 {@code Link} header (next, prev, last) when there is more than one page. Writes need an
 * {@code On-Behalf-Of} header naming a Greenhouse user. Errors are {@code {"message": …}};
 * validation failures are 422 with {@code errors[{message, field}]}.
 */
public final class Greenhouse implements Provider {
  static final String API_TOKEN = "sandbox-greenhouse-harvest-token";
  static final long USER_BASE = 900_000;
  static final long JOB_BASE = 4_000_000;
  static final long CANDIDATE_BASE = 2_000_000;
  static final long APPLICATION_BASE = 3_000_000;
  private static final String ORIGIN = "https://harvest.greenhouse.io";
  private static final long DEPARTMENT_BASE = 50_000;
  private static final long OFFICE_BASE = 60_000;
  private static final long STAGE_BASE = 7_000_000;
  private static final long SOURCE_BASE = 80_000;
  private static final long REJECTION_BASE = 81_000;
  private static final long JOB_POST_BASE = 4_100_000;

  /**
   * The seed application whose status is outside Harvest's documented four (active, rejected,
   * hired, converted), standing in for a value Greenhouse may add: clients must keep the record.
   */
  private static final int UNDOCUMENTED_STATUS_APPLICATION = 8;

  private final Clock clock;
  private final AtomicLong nextId = new AtomicLong();
  private final Records jobs = new Records(Greenhouse::seedJobs, Greenhouse::id);
  private final Records candidates = new Records(Greenhouse::seedCandidates, Greenhouse::id);
  private final Records applications = new Records(Greenhouse::seedApplications, Greenhouse::id);
  private final Records notes = new Records(List::of, Greenhouse::id);
  private final List<ObjectNode> users = seedUsers();
  private final List<ObjectNode> departments = seedDepartments();
  private final List<ObjectNode> offices = seedOffices();
  private final List<ObjectNode> sources = seedSources();
  private final List<ObjectNode> rejectionReasons = seedRejectionReasons();
  private final List<ObjectNode> scorecards = seedScorecards();
  private final List<ObjectNode> interviews = seedInterviews();
  private final List<ObjectNode> offers = seedOffers();
  private final List<ObjectNode> jobPosts = seedJobPosts();

  public Greenhouse(Clock clock) {
    this.clock = clock;
    reset();
  }

  @Override
  public String key() {
    return "greenhouse";
  }

  @Override
  public List<String> hosts() {
    return List.of("harvest.greenhouse.io");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("apiKey", API_TOKEN, "onBehalfOf", Long.toString(USER_BASE + 1));
  }

  @Override
  public void reset() {
    jobs.reset();
    candidates.reset();
    applications.reset();
    notes.reset();
    nextId.set(10_000_000);
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    Json.send(ctx, status, Json.object().put("message", message));
  }

  @Override
  public void mount(Router router) {
    router.route("/v1/*").handler(this::authenticate);
    router.get("/v1/jobs").handler(this::listJobs);
    router.post("/v1/jobs").handler(this::createJob);
    router.get("/v1/jobs/:id").handler(ctx -> send(ctx, jobs, "id"));
    router.patch("/v1/jobs/:id").handler(this::updateJob);
    router.get("/v1/jobs/:id/stages").handler(this::jobStages);
    router.get("/v1/job_posts").handler(this::listJobPosts);
    router.get("/v1/candidates").handler(this::listCandidates);
    router.post("/v1/candidates").handler(this::createCandidate);
    router.get("/v1/candidates/:id").handler(this::getCandidate);
    router.patch("/v1/candidates/:id").handler(this::updateCandidate);
    router.post("/v1/candidates/:id/applications").handler(this::addApplication);
    router.post("/v1/candidates/:id/activity_feed/notes").handler(this::addNote);
    router.get("/v1/applications").handler(this::listApplications);
    router.get("/v1/applications/:id").handler(ctx -> send(ctx, applications, "id"));
    router.post("/v1/applications/:id/move").handler(this::moveApplication);
    router.post("/v1/applications/:id/reject").handler(this::rejectApplication);
    router.get("/v1/scorecards").handler(ctx -> listUpdated(ctx, "/v1/scorecards", scorecards));
    router
        .get("/v1/scheduled_interviews")
        .handler(ctx -> listUpdated(ctx, "/v1/scheduled_interviews", interviews));
    router.get("/v1/offers").handler(this::listOffers);
    router.get("/v1/departments").handler(ctx -> page(ctx, "/v1/departments", departments));
    router.get("/v1/offices").handler(ctx -> page(ctx, "/v1/offices", offices));
    router.get("/v1/users").handler(ctx -> listUpdated(ctx, "/v1/users", users));
    router.get("/v1/sources").handler(ctx -> page(ctx, "/v1/sources", sources));
    router
        .get("/v1/rejection_reasons")
        .handler(ctx -> page(ctx, "/v1/rejection_reasons", rejectionReasons));
  }

  private void authenticate(RoutingContext ctx) {
    boolean valid =
        Credentials.basic(ctx)
            .filter(basic -> API_TOKEN.equals(basic.username()) && basic.password().isEmpty())
            .isPresent();
    if (!valid) {
      ctx.response().putHeader("www-authenticate", "Basic realm=\"Greenhouse Harvest API\"");
      error(ctx, 401, "Invalid Basic Auth credentials");
      return;
    }
    ctx.response().putHeader("x-ratelimit-limit", "50").putHeader("x-ratelimit-remaining", "49");
    boolean write = !ctx.request().method().name().equals("GET");
    if (write && actingUser(ctx).isEmpty()) {
      error(ctx, 403, "An On-Behalf-Of header naming a Greenhouse user is required");
      return;
    }
    ctx.next();
  }

  private Optional<ObjectNode> actingUser(RoutingContext ctx) {
    String id = Credentials.header(ctx, "on-behalf-of").orElse("");
    return users.stream().filter(user -> id.equals(id(user))).findFirst();
  }

  // ---- jobs

  private void listJobs(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Optional<Predicate<JsonNode>> times = timeFilters(ctx, "created_at", "updated_at");
    if (times.isEmpty()) {
      return;
    }
    Predicate<JsonNode> keep =
        times
            .get()
            .and(AtsHttp.equal("status", q.get("status")))
            .and(
                job ->
                    q.get("department_id") == null
                        || q.get("department_id")
                            .equals(job.path("departments").path(0).path("id").asText()))
            .and(
                job ->
                    q.get("office_id") == null
                        || q.get("office_id")
                            .equals(job.path("offices").path(0).path("id").asText()));
    page(ctx, "/v1/jobs", AtsHttp.filter(jobs.all(), keep));
  }

  private void createJob(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    List<String> missing = missing(body, "template_job_id", "number_of_openings");
    if (!missing.isEmpty()) {
      validation(ctx, missing);
      return;
    }
    ObjectNode template = jobs.get(body.get("template_job_id").asText()).orElse(null);
    if (template == null) {
      validation(ctx, "template_job_id", "Template job not found");
      return;
    }
    long id = nextId.incrementAndGet();
    String now = now();
    ObjectNode job = template.deepCopy();
    job.put("id", id).put("status", "draft").put("copied_from_id", template.get("id").asLong());
    job.put("name", body.path("job_name").asText(template.get("name").asText()));
    job.put("requisition_id", body.path("requisition_id").asText("REQ-" + id));
    job.put("created_at", now).put("updated_at", now).putNull("opened_at").putNull("closed_at");
    if (body.hasNonNull("department_id")) {
      Optional<ObjectNode> department =
          AtsHttp.byId(departments, body.get("department_id").asText());
      if (department.isEmpty()) {
        validation(ctx, "department_id", "Department not found");
        return;
      }
      job.putArray("departments").add(department.get());
    }
    if (body.has("office_ids")) {
      Optional<ArrayNode> list = offices(ctx, body.get("office_ids"));
      if (list.isEmpty()) {
        return;
      }
      job.set("offices", list.get());
    }
    ArrayNode openings = job.putArray("openings");
    for (int i = 1; i <= body.get("number_of_openings").asInt(1); i++) {
      openings
          .addObject()
          .put("id", id * 10 + i)
          .put("opening_id", "OPEN-" + id + "-" + i)
          .put("status", "open")
          .put("opened_at", now)
          .putNull("closed_at")
          .putNull("application_id")
          .putNull("close_reason");
    }
    jobs.put(job);
    Json.send(ctx, 201, job);
  }

  /** The offices named by {@code ids}; empty after answering 422 for an unknown one. */
  private Optional<ArrayNode> offices(RoutingContext ctx, JsonNode ids) {
    ArrayNode list = Json.array();
    for (JsonNode officeId : ids) {
      Optional<ObjectNode> office = AtsHttp.byId(offices, officeId.asText());
      if (office.isEmpty()) {
        validation(ctx, "office_ids", "Office " + officeId.asText() + " not found");
        return Optional.empty();
      }
      list.add(office.get());
    }
    return Optional.of(list);
  }

  private void updateJob(RoutingContext ctx) {
    ObjectNode job = jobs.get(ctx.pathParam("id")).orElse(null);
    if (job == null) {
      error(ctx, 404, "Resource not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(null);
    if (body == null || body.isEmpty()) {
      validation(ctx, "name", "At least one field to update is required");
      return;
    }
    ObjectNode updated = job.deepCopy();
    for (String field : List.of("name", "notes", "requisition_id", "anywhere")) {
      if (body.has(field)) {
        updated.set(field, body.get(field));
      }
    }
    if (body.hasNonNull("department_id")) {
      Optional<ObjectNode> department =
          AtsHttp.byId(departments, body.get("department_id").asText());
      if (department.isEmpty()) {
        validation(ctx, "department_id", "Department not found");
        return;
      }
      updated.putArray("departments").add(department.get());
    }
    if (body.has("office_ids")) {
      Optional<ArrayNode> list = offices(ctx, body.get("office_ids"));
      if (list.isEmpty()) {
        return;
      }
      updated.set("offices", list.get());
    }
    updated.put("updated_at", now());
    jobs.put(updated);
    Json.send(ctx, 200, updated);
  }

  private void jobStages(RoutingContext ctx) {
    ObjectNode job = jobs.get(ctx.pathParam("id")).orElse(null);
    if (job == null) {
      error(ctx, 404, "Resource not found");
      return;
    }
    page(ctx, "/v1/jobs/" + id(job) + "/stages", stagesOf(job.get("id").asLong()));
  }

  private void listJobPosts(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Optional<Predicate<JsonNode>> times = timeFilters(ctx, "created_at", "updated_at");
    if (times.isEmpty()) {
      return;
    }
    Predicate<JsonNode> keep =
        times
            .get()
            .and(AtsHttp.equal("live", q.get("live")))
            .and(AtsHttp.equal("active", q.get("active")));
    page(ctx, "/v1/job_posts", AtsHttp.filter(jobPosts, keep));
  }

  // ---- candidates

  private void listCandidates(RoutingContext ctx) {
    Optional<Predicate<JsonNode>> times = timeFilters(ctx, "created_at", "updated_at");
    if (times.isEmpty()) {
      return;
    }
    String jobId = ctx.queryParams().get("job_id");
    String email = ctx.queryParams().get("email");
    Predicate<JsonNode> keep =
        times
            .get()
            .and(
                candidate ->
                    email == null
                        || candidate.path("email_addresses").findValuesAsText("value").stream()
                            .anyMatch(email::equalsIgnoreCase))
            .and(
                candidate ->
                    jobId == null
                        || applicationsOf(candidate).stream()
                            .anyMatch(
                                a -> jobId.equals(a.path("jobs").path(0).path("id").asText())));
    page(
        ctx,
        "/v1/candidates",
        AtsHttp.filter(candidates.all(), keep).stream().map(this::render).toList());
  }

  private void getCandidate(RoutingContext ctx) {
    candidates
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            candidate -> Json.send(ctx, 200, render(candidate)),
            () -> error(ctx, 404, "Resource not found"));
  }

  private void createCandidate(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    List<String> missing = missing(body, "first_name", "last_name", "applications");
    if (!missing.isEmpty()) {
      validation(ctx, missing);
      return;
    }
    if (!body.get("applications").isArray() || body.get("applications").isEmpty()) {
      validation(ctx, "applications", "At least one application is required");
      return;
    }
    for (JsonNode application : body.get("applications")) {
      if (jobs.get(application.path("job_id").asText()).isEmpty()) {
        validation(
            ctx, "applications", "Job " + application.path("job_id").asText() + " not found");
        return;
      }
    }
    long id = nextId.incrementAndGet();
    String now = now();
    ObjectNode candidate = Json.object().put("id", id);
    for (String field : List.of("first_name", "last_name", "company", "title")) {
      candidate.set(field, body.hasNonNull(field) ? body.get(field) : Json.MAPPER.nullNode());
    }
    candidate.put("is_private", body.path("is_private").asBoolean(false));
    candidate.put("created_at", now).put("updated_at", now).put("last_activity", now);
    candidate.putNull("photo_url").putArray("attachments");
    for (String list :
        List.of(
            "phone_numbers",
            "addresses",
            "email_addresses",
            "website_addresses",
            "social_media_addresses",
            "tags")) {
      candidate.set(list, body.has(list) ? body.get(list).deepCopy() : Json.array());
    }
    candidate.set(
        "recruiter",
        body.hasNonNull("recruiter") ? userRef(body.path("recruiter").path("id").asText()) : null);
    candidate.putNull("coordinator").put("can_email", true);
    candidate.putArray("educations");
    candidate.putArray("employments");
    candidate.putObject("custom_fields");
    candidate.putObject("keyed_custom_fields");
    candidates.put(candidate);
    for (JsonNode application : body.get("applications")) {
      applications.put(
          newApplication(id, jobs.get(application.get("job_id").asText()).get(), application));
    }
    Json.send(ctx, 201, render(candidate));
  }

  private void updateCandidate(RoutingContext ctx) {
    ObjectNode candidate = candidates.get(ctx.pathParam("id")).orElse(null);
    if (candidate == null) {
      error(ctx, 404, "Resource not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(null);
    if (body == null || body.isEmpty()) {
      validation(ctx, "first_name", "At least one field to update is required");
      return;
    }
    ObjectNode updated = candidate.deepCopy();
    for (String field :
        List.of(
            "first_name",
            "last_name",
            "company",
            "title",
            "is_private",
            "phone_numbers",
            "addresses",
            "email_addresses",
            "website_addresses",
            "social_media_addresses",
            "tags")) {
      if (body.has(field)) {
        updated.set(field, body.get(field));
      }
    }
    updated.put("updated_at", now()).put("last_activity", now());
    candidates.put(updated);
    Json.send(ctx, 200, render(updated));
  }

  private void addApplication(RoutingContext ctx) {
    ObjectNode candidate = candidates.get(ctx.pathParam("id")).orElse(null);
    if (candidate == null) {
      error(ctx, 404, "Resource not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    if (!body.hasNonNull("job_id")) {
      validation(ctx, List.of("job_id"));
      return;
    }
    ObjectNode job = jobs.get(body.get("job_id").asText()).orElse(null);
    if (job == null) {
      validation(ctx, "job_id", "Job not found");
      return;
    }
    ObjectNode application = newApplication(candidate.get("id").asLong(), job, body);
    if (application == null) {
      validation(ctx, "initial_stage_id", "Stage is not a stage of this job");
      return;
    }
    applications.put(application);
    Json.send(ctx, 201, application);
  }

  private void addNote(RoutingContext ctx) {
    ObjectNode candidate = candidates.get(ctx.pathParam("id")).orElse(null);
    if (candidate == null) {
      error(ctx, 404, "Resource not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    List<String> missing = missing(body, "user_id", "body", "visibility");
    if (!missing.isEmpty()) {
      validation(ctx, missing);
      return;
    }
    String visibility = body.get("visibility").asText();
    if (!List.of("admin_only", "private", "public").contains(visibility)) {
      validation(ctx, "visibility", "Must be one of: admin_only, private, public");
      return;
    }
    if (AtsHttp.byId(users, body.get("user_id").asText()).isEmpty()) {
      validation(ctx, "user_id", "User not found");
      return;
    }
    ObjectNode note = Json.object().put("id", nextId.incrementAndGet()).put("created_at", now());
    note.put("body", body.get("body").asText());
    note.set("user", userRef(body.get("user_id").asText()));
    note.put("private", visibility.equals("private"));
    note.put("visiblity", visibility).put("visibility", visibility);
    note.put("candidate_id", candidate.get("id").asLong());
    notes.put(note);
    Json.send(ctx, 201, note);
  }

  // ---- applications

  private void listApplications(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Optional<Predicate<JsonNode>> times = timeFilters(ctx, "applied_at", null);
    if (times.isEmpty()) {
      return;
    }
    if (!AtsHttp.isInstantOrAbsent(q.get("last_activity_after"))) {
      validation(ctx, "last_activity_after", "Must be an ISO-8601 timestamp");
      return;
    }
    Predicate<JsonNode> keep =
        times
            .get()
            .and(AtsHttp.after("last_activity_at", AtsHttp.instant(q.get("last_activity_after"))))
            .and(AtsHttp.equal("status", q.get("status")))
            .and(
                a ->
                    q.get("job_id") == null
                        || q.get("job_id").equals(a.path("jobs").path(0).path("id").asText()));
    page(ctx, "/v1/applications", AtsHttp.filter(applications.all(), keep));
  }

  private void moveApplication(RoutingContext ctx) {
    ObjectNode application = applications.get(ctx.pathParam("id")).orElse(null);
    if (application == null) {
      error(ctx, 404, "Resource not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    List<String> missing = missing(body, "from_stage_id", "to_stage_id");
    if (!missing.isEmpty()) {
      validation(ctx, missing);
      return;
    }
    if (!application.path("status").asText().equals("active")) {
      validation(ctx, "application", "Only active applications can be moved");
      return;
    }
    if (!body.get("from_stage_id")
        .asText()
        .equals(application.path("current_stage").path("id").asText())) {
      validation(ctx, "from_stage_id", "The application is not in this stage");
      return;
    }
    long jobId = application.path("jobs").path(0).path("id").asLong();
    Optional<ObjectNode> target = AtsHttp.byId(stagesOf(jobId), body.get("to_stage_id").asText());
    if (target.isEmpty()) {
      validation(ctx, "to_stage_id", "Stage is not a stage of this job");
      return;
    }
    ObjectNode moved = application.deepCopy();
    moved
        .putObject("current_stage")
        .put("id", target.get().get("id").asLong())
        .put("name", target.get().get("name").asText());
    moved.put("last_activity_at", now());
    applications.put(moved);
    Json.send(ctx, 200, moved);
  }

  private void rejectApplication(RoutingContext ctx) {
    ObjectNode application = applications.get(ctx.pathParam("id")).orElse(null);
    if (application == null) {
      error(ctx, 404, "Resource not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    if (!body.hasNonNull("rejection_reason_id")) {
      validation(ctx, List.of("rejection_reason_id"));
      return;
    }
    Optional<ObjectNode> reason =
        AtsHttp.byId(rejectionReasons, body.get("rejection_reason_id").asText());
    if (reason.isEmpty()) {
      validation(ctx, "rejection_reason_id", "Rejection reason not found");
      return;
    }
    if (!application.path("status").asText().equals("active")) {
      validation(ctx, "application", "This application is not active");
      return;
    }
    String now = now();
    ObjectNode rejected = application.deepCopy();
    rejected.put("status", "rejected").put("rejected_at", now).put("last_activity_at", now);
    rejected.set("rejection_reason", reason.get());
    rejected.putObject("rejection_details").put("notes", body.path("notes").asText(null));
    applications.put(rejected);
    Json.send(ctx, 200, rejected);
  }

  private ObjectNode newApplication(long candidateId, ObjectNode job, JsonNode body) {
    List<ObjectNode> stages = stagesOf(job.get("id").asLong());
    ObjectNode stage = stages.get(0);
    if (body.hasNonNull("initial_stage_id")) {
      stage = AtsHttp.byId(stages, body.get("initial_stage_id").asText()).orElse(null);
      if (stage == null) {
        return null;
      }
    }
    String now = now();
    ObjectNode application = Json.object().put("id", nextId.incrementAndGet());
    application.put("candidate_id", candidateId).put("prospect", false);
    application.put("applied_at", now).putNull("rejected_at").put("last_activity_at", now);
    application.putNull("location");
    application.set(
        "source",
        AtsHttp.byId(sources, body.path("source_id").asText())
            .map(Greenhouse::sourceRef)
            .orElse(null));
    application.putNull("credited_to").putNull("rejection_reason").putNull("rejection_details");
    application
        .putArray("jobs")
        .addObject()
        .put("id", job.get("id").asLong())
        .put("name", job.get("name").asText());
    application.putNull("job_post_id").put("status", "active");
    application
        .putObject("current_stage")
        .put("id", stage.get("id").asLong())
        .put("name", stage.get("name").asText());
    application.putArray("answers");
    application.putObject("custom_fields");
    application.putObject("keyed_custom_fields");
    application.putArray("attachments");
    return application;
  }

  private void listOffers(RoutingContext ctx) {
    Optional<Predicate<JsonNode>> times = timeFilters(ctx, "created_at", "updated_at");
    if (times.isEmpty()) {
      return;
    }
    Predicate<JsonNode> keep =
        times.get().and(AtsHttp.equal("status", ctx.queryParams().get("status")));
    page(ctx, "/v1/offers", AtsHttp.filter(offers, keep));
  }

  private void listUpdated(RoutingContext ctx, String path, List<ObjectNode> items) {
    timeFilters(ctx, "created_at", "updated_at")
        .ifPresent(keep -> page(ctx, path, AtsHttp.filter(items, keep)));
  }

  // ---- rendering and paging

  /** The candidate as Harvest answers it: with its applications joined in. */
  private ObjectNode render(ObjectNode candidate) {
    ObjectNode out = candidate.deepCopy();
    List<ObjectNode> own = applicationsOf(candidate);
    ArrayNode ids = out.putArray("application_ids");
    own.forEach(a -> ids.add(a.get("id").asLong()));
    out.putArray("applications").addAll(own);
    return out;
  }

  private List<ObjectNode> applicationsOf(JsonNode candidate) {
    String id = candidate.get("id").asText();
    return AtsHttp.filter(applications.all(), AtsHttp.equal("candidate_id", id));
  }

  private void send(RoutingContext ctx, Records records, String param) {
    records
        .get(ctx.pathParam(param))
        .ifPresentOrElse(
            record -> Json.send(ctx, 200, record), () -> error(ctx, 404, "Resource not found"));
  }

  /**
   * Created/updated {@code _before}/{@code _after} filters on the given fields ({@code null} to
   * skip one); empty after answering 422 when a timestamp is malformed.
   */
  private Optional<Predicate<JsonNode>> timeFilters(
      RoutingContext ctx, String createdField, String updatedField) {
    MultiMap q = ctx.queryParams();
    Predicate<JsonNode> keep = record -> true;
    try {
      if (createdField != null) {
        keep =
            keep.and(AtsHttp.after(createdField, AtsHttp.instant(q.get("created_after"))))
                .and(AtsHttp.before(createdField, AtsHttp.instant(q.get("created_before"))));
      }
      if (updatedField != null) {
        keep =
            keep.and(AtsHttp.after(updatedField, AtsHttp.instant(q.get("updated_after"))))
                .and(AtsHttp.before(updatedField, AtsHttp.instant(q.get("updated_before"))));
      }
      return Optional.of(keep);
    } catch (DateTimeParseException malformed) {
      validation(ctx, "updated_after", "Timestamps must be in ISO-8601 format");
      return Optional.empty();
    }
  }

  /** One page of {@code items} with Harvest's {@code Link} header. */
  private void page(RoutingContext ctx, String path, List<ObjectNode> items) {
    MultiMap q = ctx.queryParams();
    OptionalInt perPage = Paging.limit(q.get("per_page"), 100, 500);
    OptionalInt page = Paging.limit(q.get("page"), 1, Integer.MAX_VALUE);
    if (perPage.isEmpty()) {
      validation(ctx, "per_page", "Must be an integer between 1 and 500");
      return;
    }
    if (page.isEmpty()) {
      validation(ctx, "page", "Must be a positive integer");
      return;
    }
    int size = perPage.getAsInt();
    int current = page.getAsInt();
    int last = Math.max(1, (items.size() + size - 1) / size);
    List<String> links = new ArrayList<>();
    if (last > 1) {
      if (current < last) {
        links.add(link(path, q, current + 1, size, "next"));
      }
      if (current > 1) {
        links.add(link(path, q, Math.min(current - 1, last), size, "prev"));
      }
      links.add(link(path, q, last, size, "last"));
    }
    if (!links.isEmpty()) {
      ctx.response().putHeader("link", String.join(", ", links));
    }
    ArrayNode out = Json.array();
    Paging.slice(items, (current - 1) * size, size).forEach(out::add);
    Json.send(ctx, 200, out);
  }

  private static String link(String path, MultiMap q, int page, int perPage, String rel) {
    StringBuilder url = new StringBuilder(ORIGIN).append(path).append('?');
    q.forEach(
        entry -> {
          if (!entry.getKey().equals("page") && !entry.getKey().equals("per_page")) {
            url.append(encode(entry.getKey()))
                .append('=')
                .append(encode(entry.getValue()))
                .append('&');
          }
        });
    url.append("page=").append(page).append("&per_page=").append(perPage);
    return "<" + url + ">; rel=\"" + rel + "\"";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private void validation(RoutingContext ctx, List<String> missing) {
    ObjectNode body = Json.object().put("message", "Validation error");
    ArrayNode errors = body.putArray("errors");
    missing.forEach(
        field ->
            errors
                .addObject()
                .put("message", "Missing required field: " + field)
                .put("field", field));
    Json.send(ctx, 422, body);
  }

  private void validation(RoutingContext ctx, String field, String message) {
    ObjectNode body = Json.object().put("message", "Validation error");
    body.putArray("errors").addObject().put("message", message).put("field", field);
    Json.send(ctx, 422, body);
  }

  private static List<String> missing(JsonNode body, String... fields) {
    List<String> out = new ArrayList<>();
    for (String field : fields) {
      if (!body.hasNonNull(field)
          || body.get(field).asText().isBlank() && !body.get(field).isContainerNode()) {
        out.add(field);
      }
    }
    return out;
  }

  private String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
  }

  private static String id(JsonNode record) {
    return record.get("id").asText();
  }

  // ---- seed

  private static ObjectNode userRef(String id) {
    return AtsHttp.byId(seedUsers(), id)
        .map(
            user ->
                Json.object()
                    .put("id", user.get("id").asLong())
                    .put("first_name", user.get("first_name").asText())
                    .put("last_name", user.get("last_name").asText())
                    .put("name", user.get("name").asText())
                    .putNull("employee_id"))
        .orElse(null);
  }

  private static ObjectNode userRef(int user) {
    return userRef(Long.toString(USER_BASE + user));
  }

  private static List<ObjectNode> seedUsers() {
    return IntStream.rangeClosed(1, AtsSeed.USERS)
        .mapToObj(
            i -> {
              Seed.Person person = AtsSeed.user(i);
              ObjectNode user = Json.object().put("id", USER_BASE + i);
              user.put("name", person.displayName()).put("first_name", person.firstName());
              user.put("last_name", person.lastName()).put("primary_email_address", person.email());
              user.put("updated_at", person.updatedAt().toString());
              user.put("created_at", person.createdAt().toString());
              user.put("disabled", false).put("site_admin", i == 1);
              user.putArray("emails").add(person.email());
              user.put("employee_id", "E" + (1000 + i));
              user.putArray("linked_candidate_ids");
              return user;
            })
        .toList();
  }

  private static List<ObjectNode> seedDepartments() {
    List<ObjectNode> out = new ArrayList<>();
    for (int d = 0; d < AtsSeed.DEPARTMENTS.size(); d++) {
      ObjectNode department = Json.object().put("id", DEPARTMENT_BASE + d + 1);
      department.put("name", AtsSeed.DEPARTMENTS.get(d)).putNull("parent_id");
      department.putNull("parent_department_external_id").putArray("child_ids");
      department.putArray("child_department_external_ids");
      department.put("external_id", "DEP-" + (d + 1));
      out.add(department);
    }
    return out;
  }

  private static List<ObjectNode> seedOffices() {
    List<ObjectNode> out = new ArrayList<>();
    for (int o = 0; o < AtsSeed.OFFICES.size(); o++) {
      ObjectNode office = Json.object().put("id", OFFICE_BASE + o + 1);
      office.put("name", AtsSeed.OFFICES.get(o));
      office
          .putObject("location")
          .put("name", AtsSeed.OFFICES.get(o) + ", " + AtsSeed.OFFICE_COUNTRIES.get(o));
      office.put("primary_contact_user_id", USER_BASE + 1 + o % AtsSeed.USERS);
      office.putNull("parent_id").putArray("child_ids");
      office.put("external_id", "OFF-" + (o + 1));
      out.add(office);
    }
    return out;
  }

  private static List<ObjectNode> seedSources() {
    List<ObjectNode> out = new ArrayList<>();
    for (int s = 0; s < AtsSeed.SOURCES.size(); s++) {
      ObjectNode source = Json.object().put("id", SOURCE_BASE + s + 1);
      source.put("name", AtsSeed.SOURCES.get(s));
      boolean referral = AtsSeed.SOURCES.get(s).equals("Referral");
      source
          .putObject("type")
          .put("id", referral ? 2 : 1)
          .put("name", referral ? "Referrals" : "Job boards");
      out.add(source);
    }
    return out;
  }

  private static ObjectNode sourceRef(ObjectNode source) {
    return Json.object()
        .put("id", source.get("id").asLong())
        .put("public_name", source.get("name").asText());
  }

  private static List<ObjectNode> seedRejectionReasons() {
    List<ObjectNode> out = new ArrayList<>();
    for (int r = 0; r < AtsSeed.REJECTION_REASONS.size(); r++) {
      ObjectNode reason = Json.object().put("id", REJECTION_BASE + r + 1);
      reason.put("name", AtsSeed.REJECTION_REASONS.get(r));
      boolean theirs = r == 1 || r == 2;
      reason
          .putObject("type")
          .put("id", theirs ? 2 : 1)
          .put("name", theirs ? "They rejected us" : "We rejected them");
      out.add(reason);
    }
    return out;
  }

  /** The six interview-plan stages of a job; their ids are the job's own, as in Greenhouse. */
  private static List<ObjectNode> stagesOf(long jobId) {
    List<ObjectNode> out = new ArrayList<>();
    long jobIndex = jobId - JOB_BASE;
    for (int s = 0; s < AtsSeed.STAGES.size(); s++) {
      ObjectNode stage = Json.object().put("id", STAGE_BASE + jobIndex * 10 + s);
      stage.put("name", AtsSeed.STAGES.get(s));
      stage.put("created_at", Seed.EPOCH.minusSeconds(86_400L * 400).toString());
      stage.put("updated_at", Seed.EPOCH.minusSeconds(86_400L * 30).toString());
      stage.put("job_id", jobId).put("priority", s);
      ArrayNode interviews = stage.putArray("interviews");
      if (s >= 1 && s <= 3) {
        interviews
            .addObject()
            .put("id", STAGE_BASE * 2 + jobIndex * 10 + s)
            .put("name", AtsSeed.STAGES.get(s))
            .put("schedulable", true)
            .put("estimated_minutes", s == 3 ? 180 : 30)
            .putArray("default_interviewer_users");
      }
      out.add(stage);
    }
    return out;
  }

  private static String stageId(AtsSeed.Application application) {
    return Long.toString(STAGE_BASE + application.job() * 10L + application.stage());
  }

  private static List<ObjectNode> seedJobs() {
    return IntStream.rangeClosed(1, AtsSeed.JOBS).mapToObj(Greenhouse::job).toList();
  }

  private static ObjectNode job(int i) {
    Seed.Job seed = AtsSeed.job(i);
    ObjectNode job = Json.object().put("id", JOB_BASE + i);
    job.put("name", seed.title()).put("requisition_id", "REQ-" + String.format("%04d", i));
    job.put("notes", "Hiring for the " + seed.department() + " team in " + seed.city() + ".");
    job.put("confidential", i % 11 == 0).put("is_template", false).putNull("copied_from_id");
    job.put("status", seed.status());
    job.put("created_at", seed.createdAt().toString());
    job.put("opened_at", seed.status().equals("draft") ? null : seed.createdAt().toString());
    job.put("closed_at", seed.status().equals("closed") ? seed.updatedAt().toString() : null);
    job.put("updated_at", seed.updatedAt().toString());
    job.putArray("departments").add(seedDepartments().get(AtsSeed.department(seed)));
    job.putArray("offices").add(seedOffices().get(AtsSeed.office(seed)));
    ObjectNode team = job.putObject("hiring_team");
    team.putArray("hiring_managers").add(userRef(1 + i % AtsSeed.USERS));
    team.putArray("recruiters").add(userRef(1 + (i + 4) % AtsSeed.USERS).put("responsible", true));
    team.putArray("coordinators")
        .add(userRef(1 + (i + 8) % AtsSeed.USERS).put("responsible", true));
    team.putArray("sourcers");
    job.putArray("openings")
        .addObject()
        .put("id", (JOB_BASE + i) * 10 + 1)
        .put("opening_id", "OPEN-" + i)
        .put("status", seed.status().equals("closed") ? "closed" : "open")
        .put("opened_at", seed.createdAt().toString())
        .putNull("closed_at")
        .putNull("application_id")
        .putNull("close_reason");
    job.putObject("custom_fields").put("employment_type", i % 9 == 0 ? "Part-time" : "Full-time");
    job.putObject("keyed_custom_fields")
        .putObject("employment_type")
        .put("name", "Employment Type")
        .put("type", "single_select")
        .put("value", i % 9 == 0 ? "Part-time" : "Full-time");
    return job;
  }

  private static List<ObjectNode> seedCandidates() {
    return IntStream.rangeClosed(1, AtsSeed.CANDIDATES).mapToObj(Greenhouse::candidate).toList();
  }

  private static ObjectNode candidate(int i) {
    Seed.Person person = AtsSeed.candidate(i);
    ObjectNode candidate = Json.object().put("id", CANDIDATE_BASE + i);
    candidate.put("first_name", person.firstName()).put("last_name", person.lastName());
    candidate.put("company", AtsSeed.company(i)).put("title", person.jobTitle());
    candidate.put("is_private", false);
    candidate.put("created_at", person.createdAt().toString());
    candidate.put("updated_at", person.updatedAt().toString());
    candidate.put("last_activity", person.updatedAt().toString());
    candidate.putNull("photo_url").putArray("attachments");
    candidate
        .putArray("phone_numbers")
        .addObject()
        .put("value", person.phone())
        .put("type", "mobile");
    candidate
        .putArray("addresses")
        .addObject()
        .put("value", person.city() + ", " + person.country())
        .put("type", "home");
    ArrayNode emails = candidate.putArray("email_addresses");
    emails.addObject().put("value", person.email()).put("type", "personal");
    if (i % 4 == 0) {
      emails
          .addObject()
          .put("value", person.email().replace("@mail.", "@work."))
          .put("type", "work");
    }
    candidate.putArray("website_addresses");
    candidate
        .putArray("social_media_addresses")
        .addObject()
        .put("value", "https://www.linkedin.com/in/" + person.email().replaceAll("@.*", ""));
    candidate.set("recruiter", userRef(1 + i % AtsSeed.USERS));
    candidate.putNull("coordinator").put("can_email", true);
    candidate.putArray("tags").add(i % 3 == 0 ? "Senior" : "Pipeline");
    candidate.putArray("educations");
    candidate.putArray("employments");
    candidate.putObject("custom_fields");
    candidate.putObject("keyed_custom_fields");
    return candidate;
  }

  private static List<ObjectNode> seedApplications() {
    return AtsSeed.applications().stream().map(Greenhouse::application).toList();
  }

  private static ObjectNode application(AtsSeed.Application seed) {
    Seed.Job job = AtsSeed.job(seed.job());
    ObjectNode application = Json.object().put("id", APPLICATION_BASE + seed.index());
    application.put("candidate_id", CANDIDATE_BASE + seed.candidate()).put("prospect", false);
    application.put("applied_at", seed.appliedAt().toString());
    application.put(
        "rejected_at", seed.status().equals("rejected") ? seed.updatedAt().toString() : null);
    application.put("last_activity_at", seed.updatedAt().toString());
    application.putObject("location").put("address", job.city());
    application.set("source", sourceRef(seedSources().get(seed.source())));
    application.set("credited_to", userRef(seed.recruiter()));
    if (seed.status().equals("rejected")) {
      application.set(
          "rejection_reason",
          seedRejectionReasons().get(seed.index() % AtsSeed.REJECTION_REASONS.size()));
      application.putObject("rejection_details").putNull("notes");
    } else {
      application.putNull("rejection_reason").putNull("rejection_details");
    }
    application
        .putArray("jobs")
        .addObject()
        .put("id", JOB_BASE + seed.job())
        .put("name", job.title());
    application.put("job_post_id", JOB_POST_BASE + seed.job());
    application.put(
        "status", seed.index() == UNDOCUMENTED_STATUS_APPLICATION ? "on_hold" : seed.status());
    application
        .putObject("current_stage")
        .put("id", Long.parseLong(stageId(seed)))
        .put("name", AtsSeed.STAGES.get(seed.stage()));
    application.putArray("answers");
    application.putObject("custom_fields");
    application.putObject("keyed_custom_fields");
    application.putArray("attachments");
    return application;
  }

  private static List<ObjectNode> seedScorecards() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Scorecard seed : AtsSeed.scorecards()) {
      AtsSeed.Application application = seed.application();
      ObjectNode scorecard = Json.object().put("id", 5_000_000L + seed.index());
      scorecard.put("updated_at", seed.submittedAt().toString());
      scorecard.put("created_at", seed.submittedAt().toString());
      scorecard.put("interview", AtsSeed.STAGES.get(3));
      scorecard
          .putObject("interview_step")
          .put("id", STAGE_BASE * 2 + application.job() * 10L + 3)
          .put("name", AtsSeed.STAGES.get(3));
      scorecard.put("candidate_id", CANDIDATE_BASE + application.candidate());
      scorecard.put("application_id", APPLICATION_BASE + application.index());
      scorecard.put("interviewed_at", seed.submittedAt().minusSeconds(10_800).toString());
      scorecard.set("submitted_by", userRef(seed.interviewer()));
      scorecard.set("interviewer", userRef(seed.interviewer()));
      scorecard.put("submitted_at", seed.submittedAt().toString());
      scorecard.put("overall_recommendation", seed.recommendation());
      scorecard
          .putArray("attributes")
          .addObject()
          .put("name", "Communication")
          .put("type", "Skills")
          .putNull("note")
          .put("rating", seed.recommendation().contains("yes") ? "yes" : "no");
      scorecard.putObject("ratings");
      scorecard
          .putArray("questions")
          .addObject()
          .putNull("id")
          .put("question", "Key Take-Aways")
          .put(
              "answer",
              "Interview " + seed.index() + ": " + seed.recommendation().replace('_', ' '));
      out.add(scorecard);
    }
    return out;
  }

  private static List<ObjectNode> seedInterviews() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Interview seed : AtsSeed.interviews()) {
      AtsSeed.Application application = seed.application();
      ObjectNode interview = Json.object().put("id", 6_000_000L + seed.index());
      interview.put("application_id", APPLICATION_BASE + application.index());
      interview.put("external_event_id", "evt-" + seed.index());
      interview.put("created_at", application.appliedAt().plusSeconds(86_400).toString());
      interview.put("updated_at", seed.end().toString());
      interview.putObject("start").put("date_time", seed.start().toString());
      interview.putObject("end").put("date_time", seed.end().toString());
      interview.put("location", AtsSeed.job(application.job()).city());
      interview.put("video_conferencing_url", "https://meet.example.com/gh-" + seed.index());
      interview.put("status", seed.complete() ? "complete" : "scheduled");
      int stage = Math.min(application.stage(), 3);
      interview
          .putObject("interview")
          .put("id", STAGE_BASE * 2 + application.job() * 10L + stage)
          .put("name", AtsSeed.STAGES.get(stage));
      interview.set("organizer", userRef(application.recruiter()));
      Seed.Person interviewer = AtsSeed.user(seed.interviewer());
      interview
          .putArray("interviewers")
          .addObject()
          .put("id", USER_BASE + seed.interviewer())
          .put("employee_id", "E" + (1000 + seed.interviewer()))
          .put("name", interviewer.displayName())
          .put("email", interviewer.email())
          .put("response_status", "accepted")
          .putNull("scorecard_id");
      out.add(interview);
    }
    return out;
  }

  private static List<ObjectNode> seedOffers() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Offer seed : AtsSeed.offers()) {
      AtsSeed.Application application = seed.application();
      ObjectNode offer = Json.object().put("id", 7_500_000L + seed.index()).put("version", 1);
      offer.put("application_id", APPLICATION_BASE + application.index());
      offer.put("created_at", seed.createdAt().toString());
      offer.put("updated_at", seed.createdAt().plusSeconds(86_400).toString());
      offer.put("sent_at", seed.createdAt().toString().substring(0, 10));
      offer.put(
          "resolved_at",
          seed.status().equals("accepted")
              ? seed.createdAt().plusSeconds(172_800).toString()
              : null);
      offer.put("starts_at", seed.startDate().toString());
      offer.put("status", seed.status());
      offer.put("job_id", JOB_BASE + application.job());
      offer.put("candidate_id", CANDIDATE_BASE + application.candidate());
      offer
          .putObject("opening")
          .put("id", (JOB_BASE + application.job()) * 10 + 1)
          .put("opening_id", "OPEN-" + application.job())
          .put("status", "open");
      offer
          .putObject("custom_fields")
          .put("employment_type", "Full-time")
          .put("salary", 50_000 + 1_000 * (application.index() % 40));
      out.add(offer);
    }
    return out;
  }

  private static List<ObjectNode> seedJobPosts() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= AtsSeed.JOBS; i++) {
      Seed.Job job = AtsSeed.job(i);
      boolean live = job.status().equals("open");
      ObjectNode post = Json.object().put("id", JOB_POST_BASE + i);
      post.put("title", job.title());
      post.putObject("location").put("name", job.city() + ", " + job.country());
      post.put("internal", false).put("external", true);
      post.put("active", !job.status().equals("closed")).put("live", live);
      post.put("first_published_at", live ? job.createdAt().toString() : null);
      post.put("job_id", JOB_BASE + i);
      post.put(
          "content", "<p>Join our " + job.department() + " team as a " + job.title() + ".</p>");
      post.putNull("internal_content");
      post.put("updated_at", job.updatedAt().toString());
      post.put("created_at", job.createdAt().toString());
      post.putNull("demographic_question_set_id");
      post.putArray("questions");
      out.add(post);
    }
    return out;
  }
}
