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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Workable SPI v3 (https://workable.readme.io): {@code https://{subdomain}.workable.com/spi/v3/},
 * with a Bearer API access token. Lists answer {@code {<items>, paging: {next}}}: {@code limit}
 * (1–100, default 50) and {@code since_id}/{@code max_id}, both inclusive, over records in id
 * order; {@code paging.next} is the full URL of the next page. A candidate belongs to one job (it
 * is the application); jobs are addressed by shortcode. Besides Workable's standard stages the
 * pipeline holds the account's own Trial Day stage, where one seed candidate sits. Errors are
 * {@code {"error": …}}; validation failures are 422.
 */
public final class Workable implements Provider {
  static final String TOKEN = "sandbox-workable-token";
  static final String SUBDOMAIN = "acme";
  private static final String BASE = "/spi/v3";
  private static final List<String[]> STAGES =
      List.of(
          new String[] {"sourced", "Sourced"},
          new String[] {"applied", "Applied"},
          new String[] {"phone-screen", "Phone Screen"},
          new String[] {"assessment", "Assessment"},
          new String[] {"interview", "Interview"},
          new String[] {"offer", "Offer"},
          new String[] {"hired", "Hired"},
          new String[] {"trial-day", "Trial Day"});

  /** The seed candidate in the account's own (custom) Trial Day stage. */
  private static final int TRIAL_DAY_CANDIDATE = 3;

  private final Clock clock;
  private final AtomicInteger nextCandidate = new AtomicInteger();
  private final AtomicInteger nextActivity = new AtomicInteger();
  private final Records jobs = new Records(Workable::seedJobs, Workable::shortcode);
  private final Records candidates = new Records(Workable::seedCandidates, Workable::id);
  private final Records activities = new Records(Workable::seedActivities, Workable::id);
  private final List<ObjectNode> members = seedMembers();
  private final List<ObjectNode> events = seedEvents();
  private final Map<String, ObjectNode> offers = seedOffers();

  public Workable(Clock clock) {
    this.clock = clock;
    reset();
  }

  @Override
  public String key() {
    return "workable";
  }

  @Override
  public List<String> hosts() {
    return List.of("*.workable.com");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("apiToken", TOKEN, "subdomain", SUBDOMAIN, "memberId", memberId(1));
  }

  @Override
  public void reset() {
    jobs.reset();
    candidates.reset();
    activities.reset();
    nextCandidate.set(AtsSeed.CANDIDATES + 100);
    nextActivity.set(10_000);
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    Json.send(ctx, status, Json.object().put("error", message));
  }

  @Override
  public void mount(Router router) {
    router.route(BASE + "/*").handler(this::authenticate);
    router.get(BASE + "/jobs").handler(this::listJobs);
    router.get(BASE + "/jobs/:shortcode").handler(this::getJob);
    router.get(BASE + "/jobs/:shortcode/stages").handler(this::jobStages);
    router.get(BASE + "/jobs/:shortcode/members").handler(this::jobMembers);
    router.post(BASE + "/jobs/:shortcode/candidates").handler(this::createCandidate);
    router.get(BASE + "/candidates").handler(this::listCandidates);
    router.get(BASE + "/candidates/:id").handler(this::getCandidate);
    router.patch(BASE + "/candidates/:id").handler(this::updateCandidate);
    router.post(BASE + "/candidates/:id/move").handler(this::move);
    router.post(BASE + "/candidates/:id/copy").handler(this::copy);
    router.post(BASE + "/candidates/:id/disqualify").handler(this::disqualify);
    router.post(BASE + "/candidates/:id/revert").handler(this::revert);
    router.post(BASE + "/candidates/:id/comments").handler(this::comment);
    router.get(BASE + "/candidates/:id/activities").handler(this::listActivities);
    router.get(BASE + "/candidates/:id/offer").handler(this::offer);
    router.get(BASE + "/stages").handler(ctx -> Json.send(ctx, 200, stages()));
    router.get(BASE + "/members").handler(this::listMembers);
    router.get(BASE + "/departments").handler(ctx -> Json.send(ctx, 200, departments()));
    router.get(BASE + "/events").handler(this::listEvents);
  }

  private void authenticate(RoutingContext ctx) {
    String host = ctx.request().getHeader("x-sandbox-host");
    String subdomain =
        host == null
            ? ""
            : host.toLowerCase(Locale.ROOT).replaceAll("\\.workable\\.com(:\\d+)?$", "");
    if (!TOKEN.equals(Credentials.bearer(ctx).orElse(null))) {
      error(ctx, 401, "Not authorized");
    } else if (!SUBDOMAIN.equals(subdomain)) {
      error(ctx, 404, "Account not found");
    } else {
      ctx.response().putHeader("x-rate-limit-limit", "10").putHeader("x-rate-limit-remaining", "9");
      ctx.response().putHeader("x-rate-limit-reset", Long.toString(clock.millis() / 1000 + 10));
      ctx.next();
    }
  }

  // ---- jobs

  private void listJobs(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Optional<Predicate<JsonNode>> times = times(ctx);
    if (times.isEmpty()) {
      return;
    }
    Predicate<JsonNode> keep = times.get().and(AtsHttp.equal("state", q.get("state")));
    page(
        ctx,
        "jobs",
        "/jobs",
        AtsHttp.filter(jobs.all(), keep).stream().map(Workable::summary).toList());
  }

  private void getJob(RoutingContext ctx) {
    jobs.get(ctx.pathParam("shortcode"))
        .ifPresentOrElse(job -> Json.send(ctx, 200, job), () -> error(ctx, 404, "Not found"));
  }

  private void jobStages(RoutingContext ctx) {
    if (jobs.get(ctx.pathParam("shortcode")).isEmpty()) {
      error(ctx, 404, "Not found");
      return;
    }
    Json.send(ctx, 200, stages());
  }

  private void jobMembers(RoutingContext ctx) {
    ObjectNode job = jobs.get(ctx.pathParam("shortcode")).orElse(null);
    if (job == null) {
      error(ctx, 404, "Not found");
      return;
    }
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("members");
    job.path("_members").forEach(memberId -> member(memberId.asText()).ifPresent(list::add));
    Json.send(ctx, 200, body);
  }

  /** A job as the list shows it: without the detail fields. */
  private static ObjectNode summary(ObjectNode job) {
    ObjectNode out = job.deepCopy();
    for (String detail :
        List.of(
            "full_description",
            "description",
            "requirements",
            "benefits",
            "employment_type",
            "_members")) {
      out.remove(detail);
    }
    return out;
  }

  // ---- candidates

  private void listCandidates(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Optional<Predicate<JsonNode>> times = times(ctx);
    if (times.isEmpty()) {
      return;
    }
    Predicate<JsonNode> keep =
        times
            .get()
            .and(AtsHttp.equal("email", q.get("email")))
            .and(AtsHttp.equal("stage_kind", q.get("stage")))
            .and(
                c ->
                    q.get("shortcode") == null
                        || q.get("shortcode").equals(c.path("job").path("shortcode").asText()));
    page(
        ctx,
        "candidates",
        "/candidates",
        AtsHttp.filter(candidates.all(), keep).stream().map(Workable::listed).toList());
  }

  private void getCandidate(RoutingContext ctx) {
    candidates
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            c -> Json.send(ctx, 200, Json.object().set("candidate", c)),
            () -> error(ctx, 404, "Not found"));
  }

  private void createCandidate(RoutingContext ctx) {
    ObjectNode job = jobs.get(ctx.pathParam("shortcode")).orElse(null);
    if (job == null) {
      error(ctx, 404, "Not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    JsonNode given = body.path("candidate");
    boolean named =
        given.hasNonNull("name") || given.hasNonNull("firstname") && given.hasNonNull("lastname");
    if (!given.isObject() || !named || !given.hasNonNull("email")) {
      error(ctx, 422, "candidate name (or firstname and lastname) and email are required");
      return;
    }
    String first = given.path("firstname").asText(given.path("name").asText("").split(" ")[0]);
    String last =
        given.path("lastname").asText(given.path("name").asText("").replaceFirst("^\\S+\\s*", ""));
    String now = now();
    boolean sourced = body.path("sourced").asBoolean(false);
    ObjectNode candidate =
        candidate(
            id(nextCandidate.incrementAndGet()),
            first,
            last,
            given.get("email").asText(),
            given.path("phone").asText(null),
            given.path("headline").asText(null),
            given.path("address").asText(null),
            job,
            sourced ? "sourced" : "applied",
            sourced,
            now,
            now);
    candidate.put("summary", given.path("summary").asText(null));
    candidate.set("tags", given.has("tags") ? given.get("tags") : Json.array());
    candidates.put(candidate);
    Json.send(ctx, 201, Json.object().put("status", "created").set("candidate", candidate));
  }

  private void updateCandidate(RoutingContext ctx) {
    ObjectNode candidate = candidates.get(ctx.pathParam("id")).orElse(null);
    if (candidate == null) {
      error(ctx, 404, "Not found");
      return;
    }
    JsonNode given = Json.body(ctx).orElse(Json.object()).path("candidate");
    if (!given.isObject() || given.isEmpty()) {
      error(ctx, 422, "A candidate object with the fields to update is required");
      return;
    }
    ObjectNode updated = candidate.deepCopy();
    for (String field :
        List.of(
            "firstname",
            "lastname",
            "email",
            "headline",
            "phone",
            "address",
            "summary",
            "cover_letter")) {
      if (given.has(field)) {
        updated.set(field, given.get(field));
      }
    }
    updated.put(
        "name", updated.path("firstname").asText() + " " + updated.path("lastname").asText());
    updated.put("updated_at", now());
    candidates.put(updated);
    Json.send(ctx, 200, Json.object().set("candidate", updated));
  }

  private void move(RoutingContext ctx) {
    withMember(
        ctx,
        (candidate, body) -> {
          String target = body.path("target_stage").asText(null);
          int stage = stageIndex(target);
          if (stage < 0) {
            error(ctx, 422, "target_stage must be the slug of a pipeline stage");
            return;
          }
          ObjectNode moved = candidate.deepCopy();
          moved.put("stage", STAGES.get(stage)[1]).put("stage_kind", STAGES.get(stage)[0]);
          String now = now();
          moved.put("updated_at", now);
          if (STAGES.get(stage)[0].equals("hired")) {
            moved.put("hired_at", now.substring(0, 10));
          }
          candidates.put(moved);
          activity(candidate, "moved", STAGES.get(stage)[1], null, body.get("member_id").asText());
          ctx.response().setStatusCode(200).end();
        });
  }

  private void copy(RoutingContext ctx) {
    withMember(
        ctx,
        (candidate, body) -> {
          ObjectNode job = jobs.get(body.path("target_job_shortcode").asText("")).orElse(null);
          if (job == null) {
            error(ctx, 422, "target_job_shortcode must be the shortcode of a job");
            return;
          }
          int stage = stageIndex(body.path("target_stage").asText("applied"));
          if (stage < 0) {
            error(ctx, 422, "target_stage must be the slug of a pipeline stage");
            return;
          }
          String now = now();
          ObjectNode copied =
              candidate(
                  id(nextCandidate.incrementAndGet()),
                  candidate.get("firstname").asText(),
                  candidate.get("lastname").asText(),
                  candidate.get("email").asText(),
                  candidate.path("phone").asText(null),
                  candidate.path("headline").asText(null),
                  candidate.path("address").asText(null),
                  job,
                  STAGES.get(stage)[0],
                  candidate.path("sourced").asBoolean(),
                  now,
                  now);
          candidates.put(copied);
          Json.send(
              ctx,
              201,
              Json.object().set("candidate", Json.object().put("id", copied.get("id").asText())));
        });
  }

  private void disqualify(RoutingContext ctx) {
    withMember(
        ctx,
        (candidate, body) -> {
          if (candidate.path("disqualified").asBoolean()) {
            error(ctx, 422, "The candidate is already disqualified");
            return;
          }
          ObjectNode updated = candidate.deepCopy();
          updated.put("disqualified", true).put("withdrew", body.path("withdrew").asBoolean(false));
          updated.put("disqualification_reason", body.path("disqualification_reason").asText(null));
          updated.put("updated_at", now());
          candidates.put(updated);
          activity(
              candidate,
              "disqualified",
              candidate.path("stage").asText(),
              body.path("disqualification_reason").asText(null),
              body.get("member_id").asText());
          ctx.response().setStatusCode(200).end();
        });
  }

  private void revert(RoutingContext ctx) {
    withMember(
        ctx,
        (candidate, body) -> {
          if (!candidate.path("disqualified").asBoolean()) {
            error(ctx, 422, "The candidate is not disqualified");
            return;
          }
          ObjectNode updated = candidate.deepCopy();
          updated
              .put("disqualified", false)
              .put("withdrew", false)
              .putNull("disqualification_reason");
          updated.put("updated_at", now());
          candidates.put(updated);
          activity(
              candidate,
              "reverted",
              candidate.path("stage").asText(),
              null,
              body.get("member_id").asText());
          ctx.response().setStatusCode(200).end();
        });
  }

  private void comment(RoutingContext ctx) {
    withMember(
        ctx,
        (candidate, body) -> {
          String text = body.path("comment").path("body").asText("");
          if (text.isBlank()) {
            error(ctx, 422, "comment.body is required");
            return;
          }
          ObjectNode created =
              activity(
                  candidate,
                  "comment",
                  candidate.path("stage").asText(),
                  text,
                  body.get("member_id").asText());
          Json.send(ctx, 201, Json.object().put("id", created.get("id").asText()));
        });
  }

  private void listActivities(RoutingContext ctx) {
    ObjectNode candidate = candidates.get(ctx.pathParam("id")).orElse(null);
    if (candidate == null) {
      error(ctx, 404, "Not found");
      return;
    }
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("activities");
    AtsHttp.filter(activities.all(), AtsHttp.equal("_candidate", id(candidate)))
        .forEach(a -> list.add(a.deepCopy().without("_candidate")));
    Json.send(ctx, 200, body);
  }

  private void offer(RoutingContext ctx) {
    if (candidates.get(ctx.pathParam("id")).isEmpty() || !offers.containsKey(ctx.pathParam("id"))) {
      error(ctx, 404, "Not found");
      return;
    }
    Json.send(ctx, 200, offers.get(ctx.pathParam("id")));
  }

  /** Runs {@code action} on the path's candidate once {@code member_id} names a member. */
  private void withMember(RoutingContext ctx, BiConsumer<ObjectNode, ObjectNode> action) {
    ObjectNode candidate = candidates.get(ctx.pathParam("id")).orElse(null);
    if (candidate == null) {
      error(ctx, 404, "Not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    if (member(body.path("member_id").asText("")).isEmpty()) {
      error(ctx, 422, "member_id must be the id of an account member");
      return;
    }
    action.accept(candidate, body);
  }

  private ObjectNode activity(
      ObjectNode candidate, String action, String stage, String text, String memberId) {
    ObjectNode activity =
        Json.object().put("id", Integer.toHexString(0x7a00000 + nextActivity.incrementAndGet()));
    activity.put("_candidate", id(candidate)).put("action", action).put("stage_name", stage);
    activity.put("created_at", now()).put("body", text);
    member(memberId)
        .ifPresent(
            m ->
                activity
                    .putObject("member")
                    .put("id", m.get("id").asText())
                    .put("name", m.get("name").asText()));
    activities.put(activity);
    return activity;
  }

  // ---- organisation

  private void listMembers(RoutingContext ctx) {
    String role = ctx.queryParams().get("role");
    page(ctx, "members", "/members", AtsHttp.filter(members, AtsHttp.equal("role", role)));
  }

  private void listEvents(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Predicate<JsonNode> keep =
        AtsHttp.equal("type", q.get("type"))
            .and(
                e ->
                    q.get("candidate_id") == null
                        || q.get("candidate_id").equals(e.path("candidate").path("id").asText()))
            .and(
                e ->
                    q.get("shortcode") == null
                        || q.get("shortcode").equals(e.path("job").path("shortcode").asText()));
    try {
      keep =
          keep.and(AtsHttp.after("starts_at", AtsHttp.instant(q.get("start_date"))))
              .and(AtsHttp.before("starts_at", AtsHttp.instant(q.get("end_date"))));
    } catch (DateTimeParseException malformed) {
      error(ctx, 422, "start_date and end_date must be ISO 8601 timestamps");
      return;
    }
    page(ctx, "events", "/events", AtsHttp.filter(events, keep));
  }

  private static ObjectNode stages() {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("stages");
    for (int s = 0; s < STAGES.size(); s++) {
      list.addObject()
          .put("slug", STAGES.get(s)[0])
          .put("name", STAGES.get(s)[1])
          .put("kind", STAGES.get(s)[0])
          .put("position", s);
    }
    return body;
  }

  private static ArrayNode departments() {
    ArrayNode list = Json.array();
    for (int d = 0; d < AtsSeed.DEPARTMENTS.size(); d++) {
      list.addObject()
          .put("id", 90_000 + d + 1)
          .put("name", AtsSeed.DEPARTMENTS.get(d))
          .putNull("parent_id");
    }
    return list;
  }

  private static int stageIndex(String slug) {
    for (int s = 0; s < STAGES.size(); s++) {
      if (STAGES.get(s)[0].equals(slug)) {
        return s;
      }
    }
    return -1;
  }

  private Optional<ObjectNode> member(String memberId) {
    return members.stream().filter(m -> m.get("id").asText().equals(memberId)).findFirst();
  }

  // ---- paging

  /**
   * One page of {@code items} (in id order) under {@code key}: {@code limit}, inclusive {@code
   * since_id} and {@code max_id}, and {@code paging.next} as the URL of the next page.
   */
  private void page(RoutingContext ctx, String key, String path, List<ObjectNode> items) {
    MultiMap q = ctx.queryParams();
    OptionalInt limit = Paging.limit(q.get("limit"), 50, 100);
    if (limit.isEmpty()) {
      error(ctx, 422, "limit must be an integer from 1 to 100");
      return;
    }
    String sinceId = q.get("since_id");
    String maxId = q.get("max_id");
    if (!isId(sinceId) || !isId(maxId)) {
      error(ctx, 422, "since_id and max_id must be record ids");
      return;
    }
    List<ObjectNode> window =
        items.stream()
            .filter(r -> sinceId == null || compareIds(id(r), sinceId) >= 0)
            .filter(r -> maxId == null || compareIds(id(r), maxId) <= 0)
            .toList();
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray(key);
    Paging.slice(window, 0, limit.getAsInt()).forEach(list::add);
    ObjectNode paging = body.putObject("paging");
    if (window.size() > limit.getAsInt()) {
      StringBuilder next =
          new StringBuilder("https://" + SUBDOMAIN + ".workable.com" + BASE + path + "?");
      q.forEach(
          entry -> {
            if (!entry.getKey().equals("since_id")) {
              next.append(encode(entry.getKey()))
                  .append('=')
                  .append(encode(entry.getValue()))
                  .append('&');
            }
          });
      next.append("since_id=").append(id(window.get(limit.getAsInt())));
      paging.put("next", next.toString());
    }
    Json.send(ctx, 200, body);
  }

  private static boolean isId(String value) {
    return value == null || value.matches("[0-9a-f]{1,16}");
  }

  /** Ids are hexadecimal numbers. */
  private static int compareIds(String a, String b) {
    return Long.compare(Long.parseLong(a, 16), Long.parseLong(b, 16));
  }

  /** {@code created_after} and {@code updated_after}; empty after answering 422. */
  private Optional<Predicate<JsonNode>> times(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    try {
      return Optional.of(
          AtsHttp.after("created_at", AtsHttp.instant(q.get("created_after")))
              .and(AtsHttp.after("updated_at", AtsHttp.instant(q.get("updated_after")))));
    } catch (DateTimeParseException malformed) {
      error(ctx, 422, "created_after and updated_after must be ISO 8601 timestamps");
      return Optional.empty();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String id(JsonNode record) {
    return record.get("id").asText();
  }

  private static String shortcode(JsonNode job) {
    return job.get("shortcode").asText();
  }

  /** A candidate id: seven hex digits that grow with the index, so id order is creation order. */
  static String id(int index) {
    return String.format(Locale.ROOT, "%07x", 0xce40000 + index * 53);
  }

  static String jobShortcode(int index) {
    return String.format(Locale.ROOT, "ACME%03d", index);
  }

  static String memberId(int index) {
    return String.format(Locale.ROOT, "%07x", 0x5e10000 + index * 17);
  }

  // ---- seed

  private static List<ObjectNode> seedMembers() {
    return IntStream.rangeClosed(1, AtsSeed.USERS)
        .mapToObj(
            i -> {
              Seed.Person person = AtsSeed.user(i);
              ObjectNode member = Json.object().put("id", memberId(i));
              member
                  .put("name", person.displayName())
                  .put("headline", i <= 4 ? "Recruiter" : person.jobTitle());
              member.put("email", person.email());
              member.put("role", i == 1 ? "admin" : i <= 4 ? "simple" : "hiring_manager");
              member.put("active", true);
              return member;
            })
        .toList();
  }

  private static List<ObjectNode> seedJobs() {
    return IntStream.rangeClosed(1, AtsSeed.JOBS).mapToObj(Workable::job).toList();
  }

  private static ObjectNode job(int i) {
    Seed.Job seed = AtsSeed.job(i);
    String shortcode = jobShortcode(i);
    ObjectNode job =
        Json.object().put("id", String.format(Locale.ROOT, "%08x", 0x1a2b0000 + i * 97));
    job.put("title", seed.title()).put("full_title", seed.title() + " - " + seed.city());
    job.put("shortcode", shortcode).put("code", "REQ-" + String.format("%04d", i));
    job.put(
        "state",
        i % 15 == 0
            ? "archived"
            : switch (seed.status()) {
              case "closed" -> "closed";
              case "draft" -> "draft";
              default -> "published";
            });
    job.put("department", seed.department());
    job.putArray("department_hierarchy")
        .addObject()
        .put("id", 90_000 + AtsSeed.department(seed) + 1)
        .put("name", seed.department());
    job.put("url", "https://apply.workable.com/" + SUBDOMAIN + "/j/" + shortcode + "/");
    job.put(
        "application_url",
        "https://apply.workable.com/" + SUBDOMAIN + "/j/" + shortcode + "/apply/");
    job.put("shortlink", "https://apply.workable.com/j/" + shortcode);
    ObjectNode location = job.putObject("location");
    location
        .put("location_str", seed.city() + ", " + seed.country())
        .put("country_code", seed.country());
    location.put("city", seed.city()).putNull("region").putNull("region_code").putNull("zip_code");
    location
        .put("telecommuting", i % 5 == 1)
        .put("workplace_type", i % 5 == 1 ? "remote" : i % 5 == 2 ? "hybrid" : "on_site");
    job.putArray("locations").add(location.deepCopy());
    job.putObject("salary")
        .put("salary_from", 40_000 + 1_000 * i)
        .put("salary_to", 60_000 + 1_000 * i)
        .put("salary_currency", "gbp");
    job.put("created_at", seed.createdAt().toString())
        .put("updated_at", seed.updatedAt().toString());
    String description =
        "Join our " + seed.department() + " team in " + seed.city() + " as a " + seed.title() + ".";
    job.put("full_description", "<p>" + description + "</p>")
        .put("description", "<p>" + description + "</p>");
    job.put("requirements", "<p>Curiosity and care.</p>")
        .put("benefits", "<p>Learning budget.</p>");
    job.put("employment_type", i % 9 == 0 ? "Part-time" : "Full-time");
    job.putArray("_members")
        .add(memberId(1 + i % AtsSeed.USERS))
        .add(memberId(1 + (i + 4) % AtsSeed.USERS));
    return job;
  }

  private static List<ObjectNode> seedCandidates() {
    List<ObjectNode> jobs = seedJobs();
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Application seed : AtsSeed.applications()) {
      Seed.Person person = AtsSeed.candidate(seed.candidate());
      ObjectNode candidate =
          candidate(
              id(seed.index()),
              person.firstName(),
              person.lastName(),
              person.email(),
              person.phone(),
              person.jobTitle() + " at " + AtsSeed.company(seed.candidate()),
              person.city() + ", " + person.country(),
              jobs.get(seed.job() - 1),
              STAGES.get(seed.stage() + 1)[0],
              seed.source() == 4,
              seed.appliedAt().toString(),
              seed.updatedAt().toString());
      if (seed.status().equals("rejected")) {
        candidate
            .put("disqualified", true)
            .put(
                "disqualification_reason",
                AtsSeed.REJECTION_REASONS.get(seed.index() % AtsSeed.REJECTION_REASONS.size()));
      }
      if (seed.status().equals("hired")) {
        candidate.put("hired_at", seed.updatedAt().toString().substring(0, 10));
      }
      if (seed.index() == TRIAL_DAY_CANDIDATE) {
        candidate.put("stage", "Trial Day").put("stage_kind", "trial-day");
      }
      candidate.put("domain", AtsSeed.SOURCES.get(seed.source()));
      candidate.putArray("tags").add(seed.candidate() % 3 == 0 ? "senior" : "pipeline");
      out.add(candidate);
    }
    return out;
  }

  private static ObjectNode candidate(
      String id,
      String first,
      String last,
      String email,
      String phone,
      String headline,
      String address,
      ObjectNode job,
      String stageSlug,
      boolean sourced,
      String createdAt,
      String updatedAt) {
    ObjectNode candidate = Json.object().put("id", id);
    candidate.put("name", first + " " + last).put("firstname", first).put("lastname", last);
    candidate.put("headline", headline);
    candidate.putObject("account").put("subdomain", SUBDOMAIN).put("name", "Acme");
    candidate
        .putObject("job")
        .put("shortcode", job.get("shortcode").asText())
        .put("title", job.get("title").asText());
    int stage = stageIndex(stageSlug);
    candidate.put("stage", STAGES.get(stage)[1]).put("stage_kind", STAGES.get(stage)[0]);
    candidate.put("disqualified", false).put("withdrew", false).putNull("disqualification_reason");
    candidate.put("sourced", sourced);
    candidate.put("profile_url", "https://" + SUBDOMAIN + ".workable.com/backend/candidates/" + id);
    candidate.put("email", email).put("domain", sourced ? "Sourced" : "Careers page");
    candidate.put("created_at", createdAt).put("updated_at", updatedAt).putNull("hired_at");
    candidate.put("address", address).put("phone", phone);
    candidate.putNull("image_url").putNull("outbound_mailbox");
    candidate.putNull("cover_letter").putNull("summary");
    candidate.putArray("education_entries");
    candidate.putArray("experience_entries");
    candidate.putArray("skills");
    candidate.putArray("answers");
    candidate.putNull("resume_url");
    candidate.putArray("tags");
    candidate.putArray("social_profiles");
    return candidate;
  }

  /** A candidate as lists show it: without the detail fields. */
  private static ObjectNode listed(ObjectNode candidate) {
    ObjectNode out = candidate.deepCopy();
    for (String detail :
        List.of(
            "image_url",
            "outbound_mailbox",
            "cover_letter",
            "summary",
            "education_entries",
            "experience_entries",
            "skills",
            "answers",
            "resume_url",
            "tags",
            "social_profiles")) {
      out.remove(detail);
    }
    return out;
  }

  private static List<ObjectNode> seedActivities() {
    List<ObjectNode> out = new ArrayList<>();
    int n = 0;
    for (AtsSeed.Application seed : AtsSeed.applications()) {
      String candidate = id(seed.index());
      String recruiter = memberId(seed.recruiter());
      Seed.Person member = AtsSeed.user(seed.recruiter());
      ObjectNode applied = Json.object().put("id", Integer.toHexString(0x7a00000 + ++n));
      applied.put("_candidate", candidate).put("action", "applied").put("stage_name", "Applied");
      applied.put("created_at", seed.appliedAt().toString()).putNull("body");
      out.add(applied);
      if (seed.stage() > 0) {
        ObjectNode moved = Json.object().put("id", Integer.toHexString(0x7a00000 + ++n));
        moved
            .put("_candidate", candidate)
            .put("action", "moved")
            .put("stage_name", STAGES.get(seed.stage() + 1)[1]);
        moved.put("created_at", seed.updatedAt().toString()).putNull("body");
        moved.putObject("member").put("id", recruiter).put("name", member.displayName());
        out.add(moved);
      }
      if (seed.index() % 4 == 0) {
        ObjectNode comment = Json.object().put("id", Integer.toHexString(0x7a00000 + ++n));
        comment
            .put("_candidate", candidate)
            .put("action", "comment")
            .put("stage_name", STAGES.get(seed.stage() + 1)[1]);
        comment.put("created_at", seed.updatedAt().toString());
        comment.put(
            "body",
            "Spoke to " + AtsSeed.candidate(seed.candidate()).firstName() + " about the role.");
        comment.putObject("member").put("id", recruiter).put("name", member.displayName());
        out.add(comment);
      }
    }
    return out;
  }

  private static List<ObjectNode> seedEvents() {
    List<ObjectNode> jobs = seedJobs();
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Interview seed : AtsSeed.interviews()) {
      AtsSeed.Application application = seed.application();
      Seed.Person candidate = AtsSeed.candidate(application.candidate());
      ObjectNode job = jobs.get(application.job() - 1);
      ObjectNode event =
          Json.object().put("id", String.format(Locale.ROOT, "%07x", 0xe0e0000 + seed.index() * 7));
      event.put("title", "Interview with " + candidate.displayName());
      event.put(
          "description",
          STAGES.get(Math.min(application.stage(), 3) + 1)[1]
              + " for "
              + job.get("title").asText());
      event.put("type", application.stage() == 2 ? "call" : "interview");
      event.put("starts_at", seed.start().toString()).put("ends_at", seed.end().toString());
      event.put("cancelled", false);
      event
          .putObject("candidate")
          .put("id", id(application.index()))
          .put("name", candidate.displayName());
      event
          .putObject("job")
          .put("shortcode", job.get("shortcode").asText())
          .put("title", job.get("title").asText());
      event
          .putArray("members")
          .addObject()
          .put("id", memberId(seed.interviewer()))
          .put("name", AtsSeed.user(seed.interviewer()).displayName())
          .put("status", "accepted");
      event
          .putObject("conference")
          .put("type", "video")
          .put("url", "https://meet.example.com/wk-" + seed.index());
      out.add(event);
    }
    return out;
  }

  private static Map<String, ObjectNode> seedOffers() {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    for (AtsSeed.Offer seed : AtsSeed.offers()) {
      AtsSeed.Application application = seed.application();
      String candidateId = id(application.index());
      ObjectNode offer = Json.object();
      offer
          .putObject("candidate")
          .put("id", candidateId)
          .put("name", AtsSeed.candidate(application.candidate()).displayName());
      offer.put("created_at", seed.createdAt().toString());
      offer.put("state", seed.status().equals("accepted") ? "accepted" : "sent");
      ArrayNode variables = offer.putArray("document_variables");
      variables
          .addObject()
          .put("name", "Salary")
          .put("value", Integer.toString(50_000 + 1_000 * (application.index() % 40)));
      variables.addObject().put("name", "Start date").put("value", seed.startDate().toString());
      offer
          .putArray("documents")
          .addObject()
          .put("name", "Offer letter.pdf")
          .put("url", "https://files.workable.example/offers/" + seed.index() + ".pdf");
      out.put(candidateId, offer);
    }
    return out;
  }
}
