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
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Ashby (https://developers.ashbyhq.com): every endpoint is a {@code POST
 * https://api.ashbyhq.com/<object>.<verb>} with a JSON body, HTTP Basic with the API key as user
 * name and a blank password. Answers are {@code {success, results}}. Lists take {@code limit}
 * (1–100, default 100) and {@code cursor} and answer {@code moreDataAvailable} with {@code
 * nextCursor}, then a {@code syncToken} on the last page for incremental syncs. What would be a 4xx
 * is a 200 with {@code success: false}, {@code errors} and {@code errorInfo}; a wrong key is a 401
 * and throttling a 429.
 */
public final class Ashby implements Provider {
  static final String API_KEY = "sandbox-ashby-api-key";
  static final int JOB = 21;
  static final int CANDIDATE = 22;
  static final int APPLICATION = 23;
  static final int USER = 24;
  static final int DEPARTMENT = 25;
  static final int LOCATION = 26;
  static final int PLAN = 27;
  static final int STAGE = 28;
  static final int SOURCE = 29;
  static final int ARCHIVE_REASON = 30;
  private static final int SCHEDULE = 31;
  private static final int EVENT = 32;
  private static final int FEEDBACK = 33;
  private static final int OFFER = 34;
  private static final int POSTING = 35;
  private static final int NOTE = 36;

  /**
   * The seed application whose status is outside Ashby's documented four (Active, Hired, Archived,
   * Lead), standing in for a value Ashby may add: clients must keep the record.
   */
  private static final int UNDOCUMENTED_STATUS_APPLICATION = 8;

  /** The interview plan every job uses: title and stage type. */
  private static final List<String[]> PLAN_STAGES =
      List.of(
          new String[] {"Lead", "Lead"},
          new String[] {"Application Review", "PreInterviewScreen"},
          new String[] {"Recruiter Screen", "Active"},
          new String[] {"Phone Interview", "Active"},
          new String[] {"Onsite Interview", "Active"},
          new String[] {"Offer", "Offer"},
          new String[] {"Hired", "Hired"},
          new String[] {"Archived", "Archived"});

  private final Clock clock;
  private final AtomicLong nextId = new AtomicLong();
  private final Records jobs = new Records(Ashby::seedJobs, Ashby::id);
  private final Records candidates = new Records(Ashby::seedCandidates, Ashby::id);
  private final Records applications = new Records(Ashby::seedApplications, Ashby::id);
  private final Records notes = new Records(List::of, Ashby::id);
  private final List<ObjectNode> users = seedUsers();
  private final List<ObjectNode> departments = seedDepartments();
  private final List<ObjectNode> locations = seedLocations();
  private final List<ObjectNode> stages = seedStages();
  private final List<ObjectNode> sources = seedSources();
  private final List<ObjectNode> archiveReasons = seedArchiveReasons();
  private final List<ObjectNode> schedules = seedSchedules();
  private final List<ObjectNode> feedback = seedFeedback();
  private final List<ObjectNode> offers = seedOffers();
  private final List<ObjectNode> postings = seedPostings();

  public Ashby(Clock clock) {
    this.clock = clock;
    reset();
  }

  @Override
  public String key() {
    return "ashby";
  }

  @Override
  public List<String> hosts() {
    return List.of("api.ashbyhq.com");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("apiKey", API_KEY);
  }

  @Override
  public void reset() {
    jobs.reset();
    candidates.reset();
    applications.reset();
    notes.reset();
    nextId.set(5_000);
  }

  /**
   * Authentication failures, throttling and server errors keep their HTTP status; anything else is
   * Ashby's 200 with {@code success: false}.
   */
  @Override
  public void error(RoutingContext ctx, int status, String message) {
    String code =
        switch (status) {
          case 401 -> "invalid_api_key";
          case 403 -> "permission_denied";
          case 404 -> "not_found";
          case 429 -> "rate_limit_exceeded";
          default -> status >= 500 ? "internal_server_error" : "invalid_input";
        };
    boolean keepsStatus = status == 401 || status == 403 || status == 429 || status >= 500;
    Json.send(ctx, keepsStatus ? status : 200, failure(code, message));
  }

  @Override
  public void mount(Router router) {
    router.route().handler(this::authenticate);
    router.post("/job.list").handler(ctx -> with(ctx, this::listJobs));
    router.post("/job.info").handler(ctx -> info(ctx, jobs, "id", "job_not_found"));
    router.post("/job.create").handler(ctx -> with(ctx, this::createJob));
    router.post("/job.update").handler(ctx -> with(ctx, this::updateJob));
    router.post("/job.setStatus").handler(ctx -> with(ctx, this::setJobStatus));
    router
        .post("/candidate.list")
        .handler(ctx -> with(ctx, (c, b) -> page(c, b, candidates.all())));
    router
        .post("/candidate.info")
        .handler(ctx -> info(ctx, candidates, "id", "candidate_not_found"));
    router.post("/candidate.create").handler(ctx -> with(ctx, this::createCandidate));
    router.post("/candidate.update").handler(ctx -> with(ctx, this::updateCandidate));
    router.post("/candidate.createNote").handler(ctx -> with(ctx, this::createNote));
    router.post("/application.list").handler(ctx -> with(ctx, this::listApplications));
    router
        .post("/application.info")
        .handler(ctx -> info(ctx, applications, "applicationId", "application_not_found"));
    router.post("/application.create").handler(ctx -> with(ctx, this::createApplication));
    router.post("/application.changeStage").handler(ctx -> with(ctx, this::changeStage));
    router
        .post("/interviewSchedule.list")
        .handler(ctx -> with(ctx, (c, b) -> page(c, b, byApplication(schedules, b))));
    router
        .post("/applicationFeedback.list")
        .handler(ctx -> with(ctx, (c, b) -> page(c, b, byApplication(feedback, b))));
    router
        .post("/offer.list")
        .handler(ctx -> with(ctx, (c, b) -> page(c, b, byApplication(offers, b))));
    router.post("/department.list").handler(ctx -> with(ctx, (c, b) -> all(c, departments)));
    router.post("/location.list").handler(ctx -> with(ctx, (c, b) -> all(c, locations)));
    router.post("/user.list").handler(ctx -> with(ctx, (c, b) -> page(c, b, users)));
    router.post("/source.list").handler(ctx -> with(ctx, (c, b) -> all(c, sources)));
    router.post("/archiveReason.list").handler(ctx -> with(ctx, (c, b) -> all(c, archiveReasons)));
    router.post("/jobPosting.list").handler(ctx -> with(ctx, this::listPostings));
    router.post("/interviewStage.list").handler(ctx -> with(ctx, this::listStages));
  }

  private void authenticate(RoutingContext ctx) {
    boolean valid =
        Credentials.basic(ctx)
            .filter(basic -> API_KEY.equals(basic.username()) && basic.password().isEmpty())
            .isPresent();
    if (!valid) {
      ctx.response().putHeader("www-authenticate", "Basic realm=\"Ashby API\"");
      Json.send(ctx, 401, failure("invalid_api_key", "The API key is missing or invalid"));
    } else if (!ctx.request().method().name().equals("POST")) {
      Json.send(ctx, 405, failure("method_not_allowed", "Every Ashby endpoint is a POST"));
    } else {
      ctx.next();
    }
  }

  // ---- request plumbing

  /** Runs {@code handler} with the JSON body ({@code {}} when empty); a non-object is invalid. */
  private void with(RoutingContext ctx, BiConsumer<RoutingContext, ObjectNode> handler) {
    String text = ctx.body().asString();
    if (text == null || text.isBlank()) {
      handler.accept(ctx, Json.object());
      return;
    }
    Json.body(ctx)
        .ifPresentOrElse(
            body -> handler.accept(ctx, body),
            () -> fail(ctx, "invalid_input", "The request body must be a JSON object"));
  }

  private void info(RoutingContext ctx, Records records, String idField, String notFound) {
    with(
        ctx,
        (c, body) -> {
          if (!body.hasNonNull(idField)) {
            fail(c, "invalid_input", idField + " is required");
            return;
          }
          records
              .get(body.get(idField).asText())
              .ifPresentOrElse(
                  record -> ok(c, record),
                  () ->
                      fail(
                          c,
                          notFound,
                          notFound.replace('_', ' ') + ": " + body.get(idField).asText()));
        });
  }

  /** Every record at once, for the small lists that do not page. */
  private void all(RoutingContext ctx, List<ObjectNode> items) {
    ObjectNode answer = Json.object().put("success", true);
    answer.putArray("results").addAll(items);
    answer.put("moreDataAvailable", false);
    Json.send(ctx, 200, answer);
  }

  /**
   * One page of {@code items}: {@code limit}, {@code cursor} and {@code syncToken} (only records
   * updated since the token's sync). The last page carries a new {@code syncToken}.
   */
  private void page(RoutingContext ctx, ObjectNode body, List<ObjectNode> items) {
    JsonNode requested = body.path("limit");
    OptionalInt limit =
        Paging.limit(
            requested.isIntegralNumber() || requested.isNumber() && requested.asDouble() % 1 == 0
                ? Integer.toString(requested.asInt())
                : requested.asText(null),
            100,
            100);
    if (limit.isEmpty()) {
      fail(ctx, "invalid_input", "limit must be an integer from 1 to 100");
      return;
    }
    OptionalInt offset = Paging.offsetOf(body.path("cursor").asText(null));
    if (offset.isEmpty()) {
      fail(ctx, "invalid_cursor", "The cursor is not valid");
      return;
    }
    List<ObjectNode> visible = items;
    if (body.hasNonNull("syncToken")) {
      Optional<Instant> since = syncTime(body.get("syncToken").asText());
      if (since.isEmpty()) {
        fail(ctx, "sync_token_expired", "The sync token is not valid; run a full sync");
        return;
      }
      visible = AtsHttp.filter(items, AtsHttp.after("updatedAt", since));
    }
    int to = offset.getAsInt() + limit.getAsInt();
    ObjectNode answer = Json.object().put("success", true);
    ArrayNode results = answer.putArray("results");
    Paging.slice(visible, offset.getAsInt(), limit.getAsInt()).forEach(results::add);
    boolean more = to < visible.size();
    answer.put("moreDataAvailable", more);
    if (more) {
      answer.put("nextCursor", Paging.cursor(to));
    } else {
      answer.put("syncToken", syncToken(Instant.now(clock)));
    }
    Json.send(ctx, 200, answer);
  }

  private static String syncToken(Instant at) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("sync:" + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<Instant> syncTime(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      return text.startsWith("sync:")
          ? Optional.of(Instant.ofEpochMilli(Long.parseLong(text.substring(5))))
          : Optional.empty();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static void ok(RoutingContext ctx, JsonNode results) {
    Json.send(ctx, 200, Json.object().put("success", true).set("results", results));
  }

  private void fail(RoutingContext ctx, String code, String message) {
    Json.send(ctx, 200, failure(code, message));
  }

  private ObjectNode failure(String code, String message) {
    ObjectNode body = Json.object().put("success", false);
    body.putArray("errors").add(code);
    body.putObject("errorInfo")
        .put("code", code)
        .put("message", message)
        .put(
            "requestId",
            Long.toHexString(clock.millis()).toUpperCase() + Long.toHexString(nextId.get()));
    return body;
  }

  private String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
  }

  // ---- jobs

  private void listJobs(RoutingContext ctx, ObjectNode body) {
    List<String> statuses = new ArrayList<>();
    JsonNode status = body.path("status");
    if (status.isArray()) {
      status.forEach(s -> statuses.add(s.asText()));
    } else if (status.isTextual()) {
      statuses.add(status.asText());
    }
    Predicate<JsonNode> keep =
        job -> statuses.isEmpty() || statuses.contains(job.path("status").asText());
    page(ctx, body, AtsHttp.filter(jobs.all(), keep));
  }

  private void createJob(RoutingContext ctx, ObjectNode body) {
    if (!body.hasNonNull("title") || !body.hasNonNull("teamId") || !body.hasNonNull("locationId")) {
      fail(ctx, "invalid_input", "title, teamId and locationId are required");
      return;
    }
    Optional<ObjectNode> department = AtsHttp.byId(departments, body.get("teamId").asText());
    Optional<ObjectNode> location = AtsHttp.byId(locations, body.get("locationId").asText());
    if (department.isEmpty()) {
      fail(ctx, "department_not_found", "No department " + body.get("teamId").asText());
      return;
    }
    if (location.isEmpty()) {
      fail(ctx, "location_not_found", "No location " + body.get("locationId").asText());
      return;
    }
    String now = now();
    ObjectNode job = Json.object().put("id", AtsSeed.uuid(JOB, nextId.incrementAndGet()));
    job.put("title", body.get("title").asText()).put("confidential", false).put("status", "Draft");
    job.put("employmentType", body.path("employmentType").asText("FullTime"));
    job.put("locationId", location.get().get("id").asText());
    job.put("departmentId", department.get().get("id").asText());
    job.put("defaultInterviewPlanId", AtsSeed.uuid(PLAN, 1));
    job.putArray("interviewPlanIds").add(AtsSeed.uuid(PLAN, 1));
    job.putArray("customFields");
    job.putArray("jobPostingIds");
    job.put("customRequisitionId", body.path("customRequisitionId").asText(null));
    job.putNull("brandId");
    job.putArray("hiringTeam");
    job.put("createdAt", now).put("updatedAt", now).putNull("openedAt").putNull("closedAt");
    job.putObject("location")
        .put("id", location.get().get("id").asText())
        .put("name", location.get().get("name").asText());
    job.putArray("secondaryLocations");
    job.putArray("openings");
    jobs.put(job);
    ok(ctx, job);
  }

  private void updateJob(RoutingContext ctx, ObjectNode body) {
    ObjectNode job =
        body.hasNonNull("jobId") ? jobs.get(body.get("jobId").asText()).orElse(null) : null;
    if (!body.hasNonNull("jobId")) {
      fail(ctx, "invalid_input", "jobId is required");
      return;
    }
    if (job == null) {
      fail(ctx, "job_not_found", "No job " + body.get("jobId").asText());
      return;
    }
    ObjectNode updated = job.deepCopy();
    if (body.hasNonNull("title")) {
      updated.put("title", body.get("title").asText());
    }
    if (body.hasNonNull("customRequisitionId")) {
      updated.put("customRequisitionId", body.get("customRequisitionId").asText());
    }
    if (body.hasNonNull("teamId")) {
      if (AtsHttp.byId(departments, body.get("teamId").asText()).isEmpty()) {
        fail(ctx, "department_not_found", "No department " + body.get("teamId").asText());
        return;
      }
      updated.put("departmentId", body.get("teamId").asText());
    }
    if (body.hasNonNull("locationId")) {
      Optional<ObjectNode> location = AtsHttp.byId(locations, body.get("locationId").asText());
      if (location.isEmpty()) {
        fail(ctx, "location_not_found", "No location " + body.get("locationId").asText());
        return;
      }
      updated.put("locationId", location.get().get("id").asText());
      updated
          .putObject("location")
          .put("id", location.get().get("id").asText())
          .put("name", location.get().get("name").asText());
    }
    updated.put("updatedAt", now());
    jobs.put(updated);
    ok(ctx, updated);
  }

  private void setJobStatus(RoutingContext ctx, ObjectNode body) {
    if (!body.hasNonNull("jobId") || !body.hasNonNull("status")) {
      fail(ctx, "invalid_input", "jobId and status are required");
      return;
    }
    ObjectNode job = jobs.get(body.get("jobId").asText()).orElse(null);
    if (job == null) {
      fail(ctx, "job_not_found", "No job " + body.get("jobId").asText());
      return;
    }
    String status = body.get("status").asText();
    if (!List.of("Draft", "Open", "Closed", "Archived").contains(status)) {
      fail(ctx, "invalid_input", "status must be Draft, Open, Closed or Archived");
      return;
    }
    String now = now();
    ObjectNode updated = job.deepCopy().put("status", status).put("updatedAt", now);
    if (status.equals("Open") && updated.path("openedAt").isNull()) {
      updated.put("openedAt", now);
    }
    if (status.equals("Closed")) {
      updated.put("closedAt", now);
    }
    jobs.put(updated);
    ok(ctx, updated);
  }

  private void listPostings(RoutingContext ctx, ObjectNode body) {
    Predicate<JsonNode> keep =
        p ->
            !body.has("listedOnly")
                || !body.get("listedOnly").asBoolean()
                || p.path("isListed").asBoolean();
    all(ctx, AtsHttp.filter(postings, keep));
  }

  private void listStages(RoutingContext ctx, ObjectNode body) {
    if (!body.hasNonNull("interviewPlanId")) {
      fail(ctx, "invalid_input", "interviewPlanId is required");
      return;
    }
    if (!AtsSeed.uuid(PLAN, 1).equals(body.get("interviewPlanId").asText())) {
      fail(
          ctx,
          "interview_plan_not_found",
          "No interview plan " + body.get("interviewPlanId").asText());
      return;
    }
    all(ctx, stages);
  }

  // ---- candidates

  private void createCandidate(RoutingContext ctx, ObjectNode body) {
    if (!body.hasNonNull("name") || body.get("name").asText().isBlank()) {
      fail(ctx, "invalid_input", "name is required");
      return;
    }
    String email = body.path("email").asText(null);
    if (email != null
        && candidates.all().stream()
            .anyMatch(c -> email.equals(c.path("primaryEmailAddress").path("value").asText()))) {
      fail(ctx, "duplicate_candidate", "A candidate with e-mail " + email + " already exists");
      return;
    }
    String now = now();
    ObjectNode candidate =
        Json.object().put("id", AtsSeed.uuid(CANDIDATE, nextId.incrementAndGet()));
    candidate.put("createdAt", now).put("updatedAt", now).put("name", body.get("name").asText());
    contact(candidate, email, body.path("phoneNumber").asText(null));
    ArrayNode links = candidate.putArray("socialLinks");
    if (body.hasNonNull("linkedInUrl")) {
      links.addObject().put("type", "LinkedIn").put("url", body.get("linkedInUrl").asText());
    }
    candidate.putArray("tags");
    candidate.put("position", body.path("position").asText(null));
    candidate.put("company", body.path("company").asText(null));
    candidate.putNull("school").putArray("applicationIds");
    candidate.putNull("resumeFileHandle").putArray("fileHandles");
    candidate.putArray("customFields");
    candidate.put(
        "profileUrl", "https://app.ashbyhq.com/candidates/" + candidate.get("id").asText());
    candidate.set("source", AtsHttp.byId(sources, body.path("sourceId").asText()).orElse(null));
    candidate.set(
        "creditedToUser", AtsHttp.byId(users, body.path("creditedToUserId").asText()).orElse(null));
    candidate.putNull("timezone");
    candidates.put(candidate);
    ok(ctx, candidate);
  }

  private void updateCandidate(RoutingContext ctx, ObjectNode body) {
    if (!body.hasNonNull("candidateId")) {
      fail(ctx, "invalid_input", "candidateId is required");
      return;
    }
    ObjectNode candidate = candidates.get(body.get("candidateId").asText()).orElse(null);
    if (candidate == null) {
      fail(ctx, "candidate_not_found", "No candidate " + body.get("candidateId").asText());
      return;
    }
    ObjectNode updated = candidate.deepCopy();
    for (String field : List.of("name", "position", "company", "school")) {
      if (body.hasNonNull(field)) {
        updated.put(field, body.get(field).asText());
      }
    }
    if (body.hasNonNull("email") || body.hasNonNull("phoneNumber")) {
      contact(
          updated,
          body.path("email").asText(updated.path("primaryEmailAddress").path("value").asText(null)),
          body.path("phoneNumber")
              .asText(updated.path("primaryPhoneNumber").path("value").asText(null)));
    }
    updated.put("updatedAt", now());
    candidates.put(updated);
    ok(ctx, updated);
  }

  private void createNote(RoutingContext ctx, ObjectNode body) {
    if (!body.hasNonNull("candidateId") || !body.hasNonNull("note")) {
      fail(ctx, "invalid_input", "candidateId and note are required");
      return;
    }
    if (candidates.get(body.get("candidateId").asText()).isEmpty()) {
      fail(ctx, "candidate_not_found", "No candidate " + body.get("candidateId").asText());
      return;
    }
    JsonNode note = body.get("note");
    String content = note.isObject() ? note.path("value").asText("") : note.asText();
    ObjectNode created = Json.object().put("id", AtsSeed.uuid(NOTE, nextId.incrementAndGet()));
    created.put("createdAt", now()).put("content", content);
    ObjectNode author = users.get(0);
    created
        .putObject("author")
        .put("id", author.get("id").asText())
        .put("firstName", author.get("firstName").asText())
        .put("lastName", author.get("lastName").asText())
        .put("email", author.get("email").asText());
    created.put("candidateId", body.get("candidateId").asText());
    notes.put(created);
    ok(ctx, created);
  }

  // ---- applications

  private void listApplications(RoutingContext ctx, ObjectNode body) {
    String status = body.path("status").asText(null);
    String jobId = body.path("jobId").asText(null);
    Long createdAfter = body.hasNonNull("createdAfter") ? body.get("createdAfter").asLong() : null;
    Predicate<JsonNode> keep =
        a ->
            (status == null || status.equals(a.path("status").asText()))
                && (jobId == null || jobId.equals(a.path("job").path("id").asText()))
                && (createdAfter == null
                    || Instant.parse(a.path("createdAt").asText()).toEpochMilli() > createdAfter);
    page(ctx, body, AtsHttp.filter(applications.all(), keep));
  }

  private void createApplication(RoutingContext ctx, ObjectNode body) {
    if (!body.hasNonNull("candidateId") || !body.hasNonNull("jobId")) {
      fail(ctx, "invalid_input", "candidateId and jobId are required");
      return;
    }
    ObjectNode candidate = candidates.get(body.get("candidateId").asText()).orElse(null);
    if (candidate == null) {
      fail(ctx, "candidate_not_found", "No candidate " + body.get("candidateId").asText());
      return;
    }
    ObjectNode job = jobs.get(body.get("jobId").asText()).orElse(null);
    if (job == null) {
      fail(ctx, "job_not_found", "No job " + body.get("jobId").asText());
      return;
    }
    String stageId = body.path("interviewStageId").asText(AtsSeed.uuid(STAGE, 1));
    Optional<ObjectNode> stage = AtsHttp.byId(stages, stageId);
    if (stage.isEmpty()) {
      fail(ctx, "interview_stage_not_found", "No interview stage " + stageId);
      return;
    }
    boolean applied =
        applications.all().stream()
            .anyMatch(
                a ->
                    a.path("candidate").path("id").asText().equals(id(candidate))
                        && a.path("job").path("id").asText().equals(id(job)));
    if (applied) {
      fail(
          ctx,
          "application_already_exists",
          "The candidate already has an application for this job");
      return;
    }
    String now = now();
    ObjectNode application =
        application(
            AtsSeed.uuid(APPLICATION, nextId.incrementAndGet()),
            candidate,
            job,
            stage.get(),
            AtsHttp.byId(sources, body.path("sourceId").asText()).orElse(null),
            AtsHttp.byId(users, body.path("creditedToUserId").asText()).orElse(null),
            now,
            now);
    applications.put(application);
    ObjectNode withApplication = candidate.deepCopy();
    withApplication.withArray("applicationIds").add(application.get("id").asText());
    candidates.put(withApplication);
    ok(ctx, application);
  }

  private void changeStage(RoutingContext ctx, ObjectNode body) {
    if (!body.hasNonNull("applicationId") || !body.hasNonNull("interviewStageId")) {
      fail(ctx, "invalid_input", "applicationId and interviewStageId are required");
      return;
    }
    ObjectNode application = applications.get(body.get("applicationId").asText()).orElse(null);
    if (application == null) {
      fail(ctx, "application_not_found", "No application " + body.get("applicationId").asText());
      return;
    }
    Optional<ObjectNode> stage = AtsHttp.byId(stages, body.get("interviewStageId").asText());
    if (stage.isEmpty()) {
      fail(
          ctx,
          "interview_stage_not_found",
          "No interview stage " + body.get("interviewStageId").asText());
      return;
    }
    String type = stage.get().get("type").asText();
    boolean archiving = type.equals("Archived");
    if (archiving && !body.hasNonNull("archiveReasonId")) {
      fail(ctx, "invalid_input", "Archive reason ID is required for archive stages");
      return;
    }
    if (!archiving && body.hasNonNull("archiveReasonId")) {
      fail(ctx, "invalid_input", "Archive fields are not allowed for non-archive stages");
      return;
    }
    Optional<ObjectNode> reason =
        archiving
            ? AtsHttp.byId(archiveReasons, body.get("archiveReasonId").asText())
            : Optional.empty();
    if (archiving && reason.isEmpty()) {
      fail(
          ctx,
          "archive_reason_not_found",
          "No archive reason " + body.get("archiveReasonId").asText());
      return;
    }
    String now = now();
    ObjectNode moved = application.deepCopy();
    moved.set("currentInterviewStage", stage.get());
    moved.put("status", statusOf(type));
    moved.set("archiveReason", reason.orElse(null));
    moved.put("archivedAt", archiving ? now : null);
    moved.put("updatedAt", now);
    applications.put(moved);
    ok(ctx, moved);
  }

  private static String statusOf(String stageType) {
    return switch (stageType) {
      case "Hired" -> "Hired";
      case "Archived" -> "Archived";
      case "Lead" -> "Lead";
      default -> "Active";
    };
  }

  private static List<ObjectNode> byApplication(List<ObjectNode> items, ObjectNode body) {
    String applicationId = body.path("applicationId").asText(null);
    return AtsHttp.filter(items, AtsHttp.equal("applicationId", applicationId));
  }

  private static String id(JsonNode record) {
    return record.get("id").asText();
  }

  // ---- seed

  private static void contact(ObjectNode candidate, String email, String phone) {
    ObjectNode primaryEmail =
        email == null
            ? null
            : Json.object().put("value", email).put("type", "Personal").put("isPrimary", true);
    candidate.set("primaryEmailAddress", primaryEmail);
    ArrayNode emails = candidate.putArray("emailAddresses");
    if (primaryEmail != null) {
      emails.add(primaryEmail);
    }
    ObjectNode primaryPhone =
        phone == null
            ? null
            : Json.object().put("value", phone).put("type", "Mobile").put("isPrimary", true);
    candidate.set("primaryPhoneNumber", primaryPhone);
    ArrayNode phones = candidate.putArray("phoneNumbers");
    if (primaryPhone != null) {
      phones.add(primaryPhone);
    }
  }

  private static List<ObjectNode> seedUsers() {
    return IntStream.rangeClosed(1, AtsSeed.USERS)
        .mapToObj(
            i -> {
              Seed.Person person = AtsSeed.user(i);
              ObjectNode user = Json.object().put("id", AtsSeed.uuid(USER, i));
              user.put("firstName", person.firstName()).put("lastName", person.lastName());
              user.put("email", person.email());
              user.put(
                  "globalRole",
                  i == 1 ? "Organization Admin" : i <= 4 ? "Elevated Access" : "Interviewer");
              user.put("isEnabled", true).put("updatedAt", person.updatedAt().toString());
              return user;
            })
        .toList();
  }

  private static ObjectNode user(int index) {
    return seedUsers().get(index - 1);
  }

  private static List<ObjectNode> seedDepartments() {
    List<ObjectNode> out = new ArrayList<>();
    for (int d = 0; d < AtsSeed.DEPARTMENTS.size(); d++) {
      out.add(
          Json.object()
              .put("id", AtsSeed.uuid(DEPARTMENT, d + 1))
              .put("name", AtsSeed.DEPARTMENTS.get(d))
              .put("isArchived", false)
              .putNull("parentId"));
    }
    return out;
  }

  private static List<ObjectNode> seedLocations() {
    List<ObjectNode> out = new ArrayList<>();
    for (int o = 0; o < AtsSeed.OFFICES.size(); o++) {
      ObjectNode location = Json.object().put("id", AtsSeed.uuid(LOCATION, o + 1));
      location.put("name", AtsSeed.OFFICES.get(o)).put("isArchived", false).put("isRemote", false);
      location
          .putObject("address")
          .putObject("postalAddress")
          .put("addressLocality", AtsSeed.OFFICES.get(o))
          .put("addressCountry", AtsSeed.OFFICE_COUNTRIES.get(o));
      location.putNull("parentLocationId");
      out.add(location);
    }
    return out;
  }

  private static List<ObjectNode> seedStages() {
    List<ObjectNode> out = new ArrayList<>();
    for (int s = 0; s < PLAN_STAGES.size(); s++) {
      out.add(
          Json.object()
              .put("id", AtsSeed.uuid(STAGE, s + 1))
              .put("title", PLAN_STAGES.get(s)[0])
              .put("type", PLAN_STAGES.get(s)[1])
              .put("orderInInterviewPlan", s)
              .put("interviewPlanId", AtsSeed.uuid(PLAN, 1)));
    }
    return out;
  }

  /** The plan stage of an ATS seed application: archived when rejected. */
  private static ObjectNode stageOf(AtsSeed.Application application) {
    int index = application.status().equals("rejected") ? 7 : application.stage() + 1;
    return seedStages().get(index);
  }

  private static List<ObjectNode> seedSources() {
    List<ObjectNode> out = new ArrayList<>();
    for (int s = 0; s < AtsSeed.SOURCES.size(); s++) {
      ObjectNode source = Json.object().put("id", AtsSeed.uuid(SOURCE, s + 1));
      source.put("title", AtsSeed.SOURCES.get(s)).put("isArchived", false);
      boolean referral = AtsSeed.SOURCES.get(s).equals("Referral");
      source
          .putObject("sourceType")
          .put("id", AtsSeed.uuid(SOURCE, referral ? 101 : 100))
          .put("title", referral ? "Referral" : "Inbound")
          .put("isArchived", false);
      out.add(source);
    }
    return out;
  }

  private static List<ObjectNode> seedArchiveReasons() {
    List<ObjectNode> out = new ArrayList<>();
    for (int r = 0; r < AtsSeed.REJECTION_REASONS.size(); r++) {
      out.add(
          Json.object()
              .put("id", AtsSeed.uuid(ARCHIVE_REASON, r + 1))
              .put("text", AtsSeed.REJECTION_REASONS.get(r))
              .put("reasonType", r == 1 || r == 2 ? "RejectedByCandidate" : "RejectedByOrg")
              .put("isArchived", false));
    }
    return out;
  }

  private static List<ObjectNode> seedJobs() {
    return IntStream.rangeClosed(1, AtsSeed.JOBS).mapToObj(Ashby::job).toList();
  }

  private static ObjectNode job(int i) {
    Seed.Job seed = AtsSeed.job(i);
    ObjectNode job = Json.object().put("id", AtsSeed.uuid(JOB, i));
    job.put("title", seed.title()).put("confidential", i % 11 == 0);
    job.put(
        "status",
        i % 15 == 0
            ? "Archived"
            : switch (seed.status()) {
              case "closed" -> "Closed";
              case "draft" -> "Draft";
              default -> "Open";
            });
    job.put("employmentType", i % 9 == 0 ? "PartTime" : "FullTime");
    String locationId = AtsSeed.uuid(LOCATION, AtsSeed.office(seed) + 1);
    job.put("locationId", locationId);
    job.put("departmentId", AtsSeed.uuid(DEPARTMENT, AtsSeed.department(seed) + 1));
    job.put("defaultInterviewPlanId", AtsSeed.uuid(PLAN, 1));
    job.putArray("interviewPlanIds").add(AtsSeed.uuid(PLAN, 1));
    job.putArray("customFields");
    job.putArray("jobPostingIds").add(AtsSeed.uuid(POSTING, i));
    job.put("customRequisitionId", "REQ-" + String.format("%04d", i));
    job.putNull("brandId");
    ArrayNode team = job.putArray("hiringTeam");
    member(team, user(1 + i % AtsSeed.USERS), "Hiring Manager");
    member(team, user(1 + (i + 4) % AtsSeed.USERS), "Recruiter");
    job.put("createdAt", seed.createdAt().toString()).put("updatedAt", seed.updatedAt().toString());
    job.put("openedAt", seed.status().equals("draft") ? null : seed.createdAt().toString());
    job.put("closedAt", seed.status().equals("closed") ? seed.updatedAt().toString() : null);
    job.putObject("location").put("id", locationId).put("name", seed.city());
    job.putArray("secondaryLocations");
    job.putArray("openings");
    return job;
  }

  private static void member(ArrayNode team, ObjectNode user, String role) {
    team.addObject()
        .put("email", user.get("email").asText())
        .put("firstName", user.get("firstName").asText())
        .put("lastName", user.get("lastName").asText())
        .put("role", role)
        .put("userId", user.get("id").asText());
  }

  private static List<ObjectNode> seedCandidates() {
    List<ObjectNode> out = new ArrayList<>();
    List<AtsSeed.Application> all = AtsSeed.applications();
    for (int i = 1; i <= AtsSeed.CANDIDATES; i++) {
      Seed.Person person = AtsSeed.candidate(i);
      ObjectNode candidate = Json.object().put("id", AtsSeed.uuid(CANDIDATE, i));
      candidate.put("createdAt", person.createdAt().toString());
      candidate.put("updatedAt", person.updatedAt().toString());
      candidate.put("name", person.displayName());
      contact(candidate, person.email(), person.phone());
      candidate
          .putArray("socialLinks")
          .addObject()
          .put("type", "LinkedIn")
          .put("url", "https://www.linkedin.com/in/" + person.email().replaceAll("@.*", ""));
      candidate
          .putArray("tags")
          .addObject()
          .put("id", AtsSeed.uuid(99, i % 3 == 0 ? 1 : 2))
          .put("title", i % 3 == 0 ? "Senior" : "Pipeline")
          .put("isArchived", false);
      candidate.put("position", person.jobTitle()).put("company", AtsSeed.company(i));
      candidate.putNull("school");
      ArrayNode ids = candidate.putArray("applicationIds");
      int index = i;
      all.stream()
          .filter(a -> a.candidate() == index)
          .forEach(a -> ids.add(AtsSeed.uuid(APPLICATION, a.index())));
      candidate.putNull("resumeFileHandle").putArray("fileHandles");
      candidate.putArray("customFields");
      candidate.put(
          "profileUrl", "https://app.ashbyhq.com/candidates/" + candidate.get("id").asText());
      candidate.set("source", seedSources().get(i % AtsSeed.SOURCES.size()));
      candidate.set("creditedToUser", user(1 + i % AtsSeed.USERS));
      candidate.put("timezone", "Europe/London");
      candidate
          .putObject("location")
          .put("id", AtsSeed.uuid(98, i))
          .put("locationSummary", person.city() + ", " + person.country());
      out.add(candidate);
    }
    return out;
  }

  private static List<ObjectNode> seedApplications() {
    List<ObjectNode> candidates = seedCandidates();
    List<ObjectNode> jobs = seedJobs();
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Application seed : AtsSeed.applications()) {
      ObjectNode application =
          application(
              AtsSeed.uuid(APPLICATION, seed.index()),
              candidates.get(seed.candidate() - 1),
              jobs.get(seed.job() - 1),
              stageOf(seed),
              seedSources().get(seed.source()),
              user(seed.recruiter()),
              seed.appliedAt().toString(),
              seed.updatedAt().toString());
      if (seed.index() == UNDOCUMENTED_STATUS_APPLICATION) {
        application.put("status", "OnHold");
      }
      if (seed.status().equals("rejected")) {
        application.set(
            "archiveReason",
            seedArchiveReasons().get(seed.index() % AtsSeed.REJECTION_REASONS.size()));
        application.put("archivedAt", seed.updatedAt().toString());
      }
      out.add(application);
    }
    return out;
  }

  private static ObjectNode application(
      String id,
      ObjectNode candidate,
      ObjectNode job,
      ObjectNode stage,
      ObjectNode source,
      ObjectNode creditedTo,
      String createdAt,
      String updatedAt) {
    ObjectNode application = Json.object().put("id", id);
    application.put("createdAt", createdAt).put("updatedAt", updatedAt);
    application.put("status", statusOf(stage.get("type").asText()));
    application.putArray("customFields");
    ObjectNode who = application.putObject("candidate");
    who.put("id", candidate.get("id").asText()).put("name", candidate.get("name").asText());
    who.set("primaryEmailAddress", candidate.get("primaryEmailAddress"));
    who.set("primaryPhoneNumber", candidate.get("primaryPhoneNumber"));
    application.set("currentInterviewStage", stage);
    application.set("source", source);
    application.putNull("archiveReason").putNull("archivedAt");
    application
        .putObject("job")
        .put("id", job.get("id").asText())
        .put("title", job.get("title").asText())
        .put("locationId", job.get("locationId").asText())
        .put("departmentId", job.get("departmentId").asText());
    application.set("creditedToUser", creditedTo);
    application.set("hiringTeam", job.get("hiringTeam").deepCopy());
    application.set(
        "appliedViaJobPostingId",
        job.path("jobPostingIds").path(0).isMissingNode()
            ? null
            : job.path("jobPostingIds").get(0));
    return application;
  }

  private static List<ObjectNode> seedSchedules() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Interview seed : AtsSeed.interviews()) {
      AtsSeed.Application application = seed.application();
      ObjectNode schedule = Json.object().put("id", AtsSeed.uuid(SCHEDULE, seed.index()));
      schedule.put("applicationId", AtsSeed.uuid(APPLICATION, application.index()));
      schedule.put("interviewStageId", stageOf(application).get("id").asText());
      schedule.put("status", seed.complete() ? "Complete" : "Scheduled");
      schedule.put("createdAt", application.appliedAt().plus(1, ChronoUnit.DAYS).toString());
      schedule.put("updatedAt", seed.end().toString());
      ObjectNode event = schedule.putArray("interviewEvents").addObject();
      event.put("id", AtsSeed.uuid(EVENT, seed.index()));
      event.put("interviewId", AtsSeed.uuid(EVENT, 1000 + Math.min(application.stage(), 3)));
      event.put("interviewScheduleId", schedule.get("id").asText());
      event.putArray("interviewerUserIds").add(AtsSeed.uuid(USER, seed.interviewer()));
      event
          .put("createdAt", schedule.get("createdAt").asText())
          .put("updatedAt", seed.end().toString());
      event.put("startTime", seed.start().toString()).put("endTime", seed.end().toString());
      event.put(
          "feedbackLink",
          "https://app.ashbyhq.com/interview-briefings/" + seed.index() + "/feedback");
      event
          .putNull("location")
          .put("meetingLink", "https://meet.example.com/ashby-" + seed.index());
      event.put("hasSubmittedFeedback", seed.complete());
      out.add(schedule);
    }
    return out;
  }

  private static List<ObjectNode> seedFeedback() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Scorecard seed : AtsSeed.scorecards()) {
      AtsSeed.Application application = seed.application();
      ObjectNode form = Json.object().put("id", AtsSeed.uuid(FEEDBACK, seed.index()));
      form.put("applicationId", AtsSeed.uuid(APPLICATION, application.index()));
      form.put("feedbackFormDefinitionId", AtsSeed.uuid(FEEDBACK, 0));
      form.put("interviewId", AtsSeed.uuid(EVENT, 1003));
      int score = AtsSeed.RECOMMENDATIONS.indexOf(seed.recommendation()) + 1;
      form.putObject("submittedValues")
          .put("overall_recommendation", Integer.toString(score))
          .put("notes", "Recommendation: " + seed.recommendation().replace('_', ' '));
      form.put("submittedAt", seed.submittedAt().toString());
      form.set("submittedByUser", user(seed.interviewer()));
      out.add(form);
    }
    return out;
  }

  private static List<ObjectNode> seedOffers() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Offer seed : AtsSeed.offers()) {
      AtsSeed.Application application = seed.application();
      boolean accepted = seed.status().equals("accepted");
      ObjectNode offer = Json.object().put("id", AtsSeed.uuid(OFFER, seed.index()));
      offer.put(
          "decidedAt", accepted ? seed.createdAt().plus(2, ChronoUnit.DAYS).toString() : null);
      offer.put("applicationId", AtsSeed.uuid(APPLICATION, application.index()));
      offer.put("acceptanceStatus", accepted ? "Accepted" : "WaitingOnResponse");
      offer.put("offerStatus", accepted ? "CandidateAccepted" : "WaitingOnCandidateResponse");
      ObjectNode version = offer.putObject("latestVersion");
      version.put("id", AtsSeed.uuid(OFFER, 1000 + seed.index()));
      version.put("startDate", seed.startDate().toString());
      version
          .putObject("salary")
          .put("currencyCode", "GBP")
          .put("value", 50_000 + 1_000 * (application.index() % 40));
      version.put("createdAt", seed.createdAt().toString());
      version.putNull("openingId").putArray("customFields");
      version.putArray("fileHandles");
      version.set("author", user(application.recruiter()));
      version.put("approvalStatus", "Approved");
      out.add(offer);
    }
    return out;
  }

  private static List<ObjectNode> seedPostings() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= AtsSeed.JOBS; i++) {
      Seed.Job job = AtsSeed.job(i);
      boolean listed = job.status().equals("open") && i % 15 != 0;
      ObjectNode posting = Json.object().put("id", AtsSeed.uuid(POSTING, i));
      posting.put("title", job.title()).put("jobId", AtsSeed.uuid(JOB, i));
      posting.put("departmentName", job.department()).put("teamName", job.department());
      posting.put("locationName", job.city());
      posting
          .putObject("locationIds")
          .put("primaryLocationId", AtsSeed.uuid(LOCATION, AtsSeed.office(job) + 1))
          .putArray("secondaryLocationIds");
      posting.put("workplaceType", i % 5 == 1 ? "Remote" : i % 5 == 2 ? "Hybrid" : "OnSite");
      posting.put("employmentType", i % 9 == 0 ? "PartTime" : "FullTime");
      posting.put("isListed", listed);
      posting.put("publishedDate", listed ? job.createdAt().toString().substring(0, 10) : null);
      posting.putNull("applicationDeadline");
      posting.put("externalLink", "https://jobs.ashbyhq.com/acme/" + posting.get("id").asText());
      posting.put(
          "applyLink",
          "https://jobs.ashbyhq.com/acme/" + posting.get("id").asText() + "/application");
      posting.put("updatedAt", job.updatedAt().toString());
      out.add(posting);
    }
    return out;
  }
}
