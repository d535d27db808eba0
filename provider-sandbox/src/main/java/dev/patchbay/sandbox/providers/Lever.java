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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Lever (https://hire.lever.co/developer/documentation): {@code https://api.lever.co/v1/}, HTTP
 * Basic with the API key as user name and a blank password, or an OAuth 2.0 bearer token from
 * {@code https://auth.lever.co} (authorization code with refresh; access tokens last an hour).
 * Lists answer {@code {data, hasNext, next}}: {@code limit} (1–100, default 100) and the opaque
 * {@code offset} token from {@code next}; opportunity reads take {@code expand=applications}.
 * Timestamps are milliseconds since the epoch. Writes take {@code perform_as} (a Lever user id).
 * Errors are {@code {code, message}}.
 */
public final class Lever implements Provider {
  static final String API_KEY = "sandbox-lever-api-key";
  static final int POSTING = 1;
  static final int OPPORTUNITY = 2;
  static final int CONTACT = 3;
  static final int APPLICATION = 4;
  static final int USER = 5;
  static final int STAGE = 6;
  private static final int INTERVIEW = 7;
  private static final int FEEDBACK = 8;
  private static final int OFFER = 9;
  private static final int NOTE = 10;
  private static final int ARCHIVE_REASON = 11;
  private static final int PANEL = 12;

  /** The seed posting whose approval was rejected (state {@code rejected}). */
  private static final int REJECTED_POSTING = 26;

  private static final List<String> STAGES =
      List.of(
          "New lead",
          "Reached out",
          "New applicant",
          "Recruiter screen",
          "Phone interview",
          "On-site interview",
          "Offer");
  private static final List<String> ARCHIVE_REASONS =
      List.of("Hired", "Underqualified", "Timing", "Withdrew", "Position filled");

  private final Clock clock;
  private final OAuthServer oauth;
  private final AtomicLong nextId = new AtomicLong();
  private final Records postings = new Records(Lever::seedPostings, Lever::id);
  private final Records opportunities = new Records(Lever::seedOpportunities, Lever::id);
  private final Records notes = new Records(Lever::seedNotes, Lever::id);
  private final List<ObjectNode> users = seedUsers();
  private final List<ObjectNode> stages = seedStages();
  private final List<ObjectNode> archiveReasons = seedArchiveReasons();
  private final List<ObjectNode> interviews = seedInterviews();
  private final List<ObjectNode> feedback = seedFeedback();
  private final List<ObjectNode> offers = seedOffers();

  public Lever(Clock clock) {
    this.clock = clock;
    this.oauth = new OAuthServer("lever", Duration.ofHours(1), clock);
    reset();
  }

  @Override
  public String key() {
    return "lever";
  }

  @Override
  public List<String> hosts() {
    return List.of("api.lever.co", "auth.lever.co");
  }

  @Override
  public Map<String, String> demoCredentials() {
    return Map.of("apiKey", API_KEY, "performAs", AtsSeed.uuid(USER, 1));
  }

  @Override
  public Optional<OAuthServer> oauth() {
    return Optional.of(oauth);
  }

  @Override
  public void reset() {
    postings.reset();
    opportunities.reset();
    notes.reset();
    nextId.set(1_000);
  }

  @Override
  public void error(RoutingContext ctx, int status, String message) {
    String code =
        switch (status) {
          case 400 -> "BadRequestError";
          case 401 -> "UnauthorizedError";
          case 403 -> "ForbiddenError";
          case 404 -> "ResourceNotFoundError";
          case 429 -> "TooManyRequestsError";
          default -> status >= 500 ? "InternalServerError" : "RequestError";
        };
    Json.send(ctx, status, Json.object().put("code", code).put("message", message));
  }

  @Override
  public void mount(Router router) {
    oauth.mountAuthorize(router, "/authorize");
    oauth.mountToken(router, "/oauth/token");
    router.route("/v1/*").handler(this::authenticate);
    router.get("/v1/postings").handler(this::listPostings);
    router.post("/v1/postings").handler(this::createPosting);
    router.get("/v1/postings/:id").handler(ctx -> one(ctx, postings, "Posting"));
    router.post("/v1/postings/:id").handler(this::updatePosting);
    router.get("/v1/opportunities").handler(this::listOpportunities);
    router.post("/v1/opportunities").handler(this::createOpportunity);
    router.get("/v1/opportunities/:id").handler(ctx -> one(ctx, opportunities, "Opportunity"));
    router.put("/v1/opportunities/:id/stage").handler(this::changeStage);
    router.put("/v1/opportunities/:id/archived").handler(this::archive);
    router.post("/v1/opportunities/:id/addTags").handler(this::addTags);
    router.get("/v1/opportunities/:id/applications").handler(this::applications);
    router.get("/v1/opportunities/:id/applications/:application").handler(this::application);
    router
        .get("/v1/opportunities/:id/interviews")
        .handler(ctx -> nested(ctx, interviews, "opportunityId"));
    router
        .get("/v1/opportunities/:id/feedback")
        .handler(ctx -> nested(ctx, feedback, "opportunityId"));
    router.get("/v1/opportunities/:id/offers").handler(ctx -> nested(ctx, offers, "opportunityId"));
    router
        .get("/v1/opportunities/:id/notes")
        .handler(ctx -> nested(ctx, notes.all(), "opportunityId"));
    router.post("/v1/opportunities/:id/notes").handler(this::addNote);
    router.get("/v1/users").handler(ctx -> list(ctx, users));
    router.get("/v1/stages").handler(ctx -> list(ctx, stages));
    router.get("/v1/archive_reasons").handler(this::listArchiveReasons);
    router.get("/v1/sources").handler(ctx -> list(ctx, counted("sources")));
    router.get("/v1/tags").handler(ctx -> list(ctx, counted("tags")));
  }

  private void authenticate(RoutingContext ctx) {
    boolean apiKey =
        Credentials.basic(ctx)
            .filter(basic -> API_KEY.equals(basic.username()) && basic.password().isEmpty())
            .isPresent();
    boolean token = Credentials.bearer(ctx).filter(oauth::acceptsAccessToken).isPresent();
    if (!apiKey && !token) {
      error(ctx, 401, "Invalid API key or access token");
      return;
    }
    boolean write = !ctx.request().method().name().equals("GET");
    if (write && user(ctx.queryParams().get("perform_as")).isEmpty()) {
      error(ctx, 400, "perform_as must be the id of an active Lever user");
      return;
    }
    ctx.next();
  }

  // ---- postings

  private void listPostings(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Optional<Predicate<JsonNode>> times = times(ctx);
    if (times.isEmpty()) {
      return;
    }
    Predicate<JsonNode> keep =
        times
            .get()
            .and(AtsHttp.equal("state", q.get("state")))
            .and(
                p ->
                    q.get("team") == null
                        || q.get("team").equals(p.path("categories").path("team").asText()))
            .and(
                p ->
                    q.get("location") == null
                        || q.get("location")
                            .equals(p.path("categories").path("location").asText()));
    list(ctx, AtsHttp.filter(postings.all(), keep));
  }

  private void createPosting(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    if (!body.hasNonNull("text") || body.get("text").asText().isBlank()) {
      error(ctx, 400, "text is required");
      return;
    }
    String state = body.path("state").asText("draft");
    if (!List.of("published", "internal", "closed", "draft", "pending", "rejected")
        .contains(state)) {
      error(ctx, 400, "state must be one of published, internal, closed, draft, pending, rejected");
      return;
    }
    for (String role : List.of("owner", "hiringManager")) {
      if (body.hasNonNull(role) && user(body.get(role).asText()).isEmpty()) {
        error(ctx, 400, role + " must be the id of a Lever user");
        return;
      }
    }
    long now = clock.millis();
    String performer = ctx.queryParams().get("perform_as");
    ObjectNode posting = Json.object().put("id", AtsSeed.uuid(POSTING, nextId.incrementAndGet()));
    posting.put("text", body.get("text").asText()).put("createdAt", now).put("updatedAt", now);
    posting.put("user", performer).put("owner", body.path("owner").asText(performer));
    posting.put("hiringManager", body.path("hiringManager").asText(null));
    posting.put("confidentiality", body.path("confidentiality").asText("non-confidential"));
    ObjectNode categories = posting.putObject("categories");
    for (String category : List.of("team", "department", "location", "commitment", "level")) {
      categories.put(category, body.path("categories").path(category).asText(null));
    }
    categories.putArray("allLocations").add(categories.path("location").asText(""));
    ObjectNode content = posting.putObject("content");
    String description = body.path("content").path("description").asText("");
    content
        .put("description", description)
        .put("descriptionHtml", "<div>" + description + "</div>");
    content.putArray("lists");
    content.put("closing", "").put("closingHtml", "");
    posting.put("country", body.path("country").asText(null));
    posting.putArray("followers").add(performer);
    posting.set("tags", body.has("tags") ? body.get("tags") : Json.array());
    posting.put("state", state);
    posting.putArray("distributionChannels").add("public");
    posting.put("reqCode", body.path("reqCode").asText(null));
    posting.putArray("requisitionCodes");
    posting.put("workplaceType", body.path("workplaceType").asText("unspecified"));
    urls(posting, "jobs");
    postings.put(posting);
    Json.send(ctx, 201, Json.object().set("data", posting));
  }

  private void updatePosting(RoutingContext ctx) {
    ObjectNode posting = postings.get(ctx.pathParam("id")).orElse(null);
    if (posting == null) {
      error(ctx, 404, "Posting not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(null);
    if (body == null || body.isEmpty()) {
      error(ctx, 400, "A JSON object of posting fields is required");
      return;
    }
    ObjectNode updated = posting.deepCopy();
    for (String field :
        List.of("text", "state", "owner", "hiringManager", "workplaceType", "reqCode", "tags")) {
      if (body.has(field)) {
        updated.set(field, body.get(field));
      }
    }
    if (body.has("categories")) {
      body.get("categories")
          .fields()
          .forEachRemaining(f -> updated.with("categories").set(f.getKey(), f.getValue()));
    }
    if (body.path("content").has("description")) {
      String description = body.get("content").get("description").asText();
      updated
          .with("content")
          .put("description", description)
          .put("descriptionHtml", "<div>" + description + "</div>");
    }
    updated.put("updatedAt", clock.millis());
    postings.put(updated);
    Json.send(ctx, 200, Json.object().set("data", updated));
  }

  // ---- opportunities

  private void listOpportunities(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Optional<Predicate<JsonNode>> times = times(ctx);
    if (times.isEmpty()) {
      return;
    }
    Predicate<JsonNode> keep =
        times
            .get()
            .and(AtsHttp.equal("stage", q.get("stage_id")))
            .and(AtsHttp.equal("origin", q.get("origin")))
            .and(
                o ->
                    q.get("email") == null
                        || o.path("emails").toString().contains("\"" + q.get("email") + "\""))
            .and(
                o ->
                    q.get("tag") == null
                        || o.path("tags").toString().contains("\"" + q.get("tag") + "\""))
            .and(
                o ->
                    q.get("posting_id") == null
                        || applicationsOf(o).stream()
                            .anyMatch(a -> q.get("posting_id").equals(a.path("posting").asText())))
            .and(
                o ->
                    q.get("archived") == null
                        || q.get("archived").equals(Boolean.toString(o.hasNonNull("archived"))));
    list(ctx, AtsHttp.filter(opportunities.all(), keep));
  }

  private void createOpportunity(RoutingContext ctx) {
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    if (!body.hasNonNull("name") || body.get("name").asText().isBlank()) {
      error(ctx, 400, "name is required");
      return;
    }
    String stageId = body.path("stage").asText(AtsSeed.uuid(STAGE, 3));
    if (AtsHttp.byId(stages, stageId).isEmpty()) {
      error(ctx, 400, "Unknown stage " + stageId);
      return;
    }
    List<ObjectNode> posted = new ArrayList<>();
    for (JsonNode postingId : body.path("postings")) {
      Optional<ObjectNode> posting = postings.get(postingId.asText());
      if (posting.isEmpty()) {
        error(ctx, 400, "Unknown posting " + postingId.asText());
        return;
      }
      posted.add(posting.get());
    }
    long n = nextId.incrementAndGet();
    long now = clock.millis();
    String performer = ctx.queryParams().get("perform_as");
    ObjectNode opportunity = Json.object().put("id", AtsSeed.uuid(OPPORTUNITY, n));
    opportunity.put("name", body.get("name").asText());
    opportunity.put("headline", body.path("headline").asText(""));
    opportunity.put("contact", AtsSeed.uuid(CONTACT, n));
    opportunity.set("emails", body.has("emails") ? body.get("emails") : Json.array());
    opportunity.set("phones", body.has("phones") ? body.get("phones") : Json.array());
    opportunity.put("confidentiality", "non-confidential");
    opportunity.put("location", body.path("location").asText(""));
    opportunity.set("links", body.has("links") ? body.get("links") : Json.array());
    opportunity.putNull("archived");
    opportunity.set("tags", body.has("tags") ? body.get("tags") : Json.array());
    opportunity.set("sources", body.has("sources") ? body.get("sources") : Json.array());
    opportunity
        .putArray("stageChanges")
        .addObject()
        .put("toStageId", stageId)
        .put("toStageIndex", stageIndex(stageId))
        .put("updatedAt", now)
        .put("userId", performer);
    opportunity.put("origin", body.path("origin").asText("sourced"));
    opportunity.put("sourcedBy", performer).put("owner", body.path("owner").asText(performer));
    opportunity.putArray("followers").add(performer);
    ArrayNode applicationIds = opportunity.putArray("applications");
    ArrayNode applications = opportunity.putArray("_applications");
    for (ObjectNode posting : posted) {
      String applicationId = AtsSeed.uuid(APPLICATION, nextId.incrementAndGet());
      applicationIds.add(applicationId);
      applications.add(
          application(
              applicationId, opportunity, posting.get("id").asText(), "user", now, performer));
    }
    opportunity.put("stage", stageId);
    opportunity
        .put("createdAt", now)
        .put("updatedAt", now)
        .put("lastInteractionAt", now)
        .put("lastAdvancedAt", now);
    opportunity.putNull("snoozedUntil");
    urls(opportunity, "candidates");
    opportunity.put("isAnonymized", false).putNull("dataProtection");
    opportunities.put(opportunity);
    Json.send(ctx, 201, Json.object().set("data", render(opportunity)));
  }

  private void changeStage(RoutingContext ctx) {
    ObjectNode opportunity = opportunities.get(ctx.pathParam("id")).orElse(null);
    if (opportunity == null) {
      error(ctx, 404, "Opportunity not found");
      return;
    }
    String stageId = Json.body(ctx).orElse(Json.object()).path("stage").asText("");
    if (AtsHttp.byId(stages, stageId).isEmpty()) {
      error(ctx, 400, "stage must be the id of a pipeline stage");
      return;
    }
    long now = clock.millis();
    ObjectNode updated = opportunity.deepCopy();
    updated.put("stage", stageId).put("updatedAt", now).put("lastAdvancedAt", now);
    updated
        .withArray("stageChanges")
        .addObject()
        .put("toStageId", stageId)
        .put("toStageIndex", stageIndex(stageId))
        .put("updatedAt", now)
        .put("userId", ctx.queryParams().get("perform_as"));
    opportunities.put(updated);
    Json.send(ctx, 200, Json.object().set("data", render(updated)));
  }

  private void archive(RoutingContext ctx) {
    ObjectNode opportunity = opportunities.get(ctx.pathParam("id")).orElse(null);
    if (opportunity == null) {
      error(ctx, 404, "Opportunity not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(null);
    if (body == null || !body.has("reason")) {
      error(ctx, 400, "reason is required (null to unarchive)");
      return;
    }
    ObjectNode updated = opportunity.deepCopy();
    long now = clock.millis();
    if (body.get("reason").isNull()) {
      updated.putNull("archived");
    } else if (AtsHttp.byId(archiveReasons, body.get("reason").asText()).isEmpty()) {
      error(ctx, 400, "reason must be the id of an archive reason");
      return;
    } else {
      updated
          .putObject("archived")
          .put("archivedAt", now)
          .put("reason", body.get("reason").asText());
    }
    updated.put("updatedAt", now);
    opportunities.put(updated);
    Json.send(ctx, 200, Json.object().set("data", render(updated)));
  }

  private void addTags(RoutingContext ctx) {
    ObjectNode opportunity = opportunities.get(ctx.pathParam("id")).orElse(null);
    if (opportunity == null) {
      error(ctx, 404, "Opportunity not found");
      return;
    }
    JsonNode tags = Json.body(ctx).orElse(Json.object()).path("tags");
    if (!tags.isArray() || tags.isEmpty()) {
      error(ctx, 400, "tags must be a non-empty array of strings");
      return;
    }
    ObjectNode updated = opportunity.deepCopy();
    ArrayNode current = updated.withArray("tags");
    tags.forEach(
        tag -> {
          if (!current.toString().contains("\"" + tag.asText() + "\"")) {
            current.add(tag.asText());
          }
        });
    updated.put("updatedAt", clock.millis());
    opportunities.put(updated);
    Json.send(ctx, 200, Json.object().set("data", render(updated)));
  }

  private void applications(RoutingContext ctx) {
    opportunities
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            o -> list(ctx, applicationsOf(o)), () -> error(ctx, 404, "Opportunity not found"));
  }

  private void application(RoutingContext ctx) {
    Optional<ObjectNode> found =
        opportunities
            .get(ctx.pathParam("id"))
            .flatMap(o -> AtsHttp.byId(applicationsOf(o), ctx.pathParam("application")));
    found.ifPresentOrElse(
        a -> Json.send(ctx, 200, Json.object().set("data", a)),
        () -> error(ctx, 404, "Application not found"));
  }

  private void addNote(RoutingContext ctx) {
    ObjectNode opportunity = opportunities.get(ctx.pathParam("id")).orElse(null);
    if (opportunity == null) {
      error(ctx, 404, "Opportunity not found");
      return;
    }
    ObjectNode body = Json.body(ctx).orElse(Json.object());
    if (!body.hasNonNull("value") || body.get("value").asText().isBlank()) {
      error(ctx, 400, "value is required");
      return;
    }
    String id = AtsSeed.uuid(NOTE, nextId.incrementAndGet());
    notes.put(
        note(
            id,
            opportunity.get("id").asText(),
            body.get("value").asText(),
            ctx.queryParams().get("perform_as"),
            body.path("secret").asBoolean(false),
            clock.millis()));
    Json.send(ctx, 201, Json.object().set("data", Json.object().put("noteId", id)));
  }

  private void listArchiveReasons(RoutingContext ctx) {
    list(ctx, AtsHttp.filter(archiveReasons, AtsHttp.equal("type", ctx.queryParams().get("type"))));
  }

  /** Sources or tags with how many opportunities carry each, as Lever lists them. */
  private List<ObjectNode> counted(String field) {
    Map<String, Integer> counts = new TreeMap<>();
    opportunities
        .all()
        .forEach(o -> o.path(field).forEach(v -> counts.merge(v.asText(), 1, Integer::sum)));
    List<ObjectNode> out = new ArrayList<>();
    counts.forEach((text, count) -> out.add(Json.object().put("text", text).put("count", count)));
    return out;
  }

  // ---- paging and rendering

  private void one(RoutingContext ctx, Records records, String kind) {
    records
        .get(ctx.pathParam("id"))
        .ifPresentOrElse(
            record -> Json.send(ctx, 200, Json.object().set("data", render(ctx, record))),
            () -> error(ctx, 404, kind + " not found"));
  }

  private void nested(RoutingContext ctx, List<ObjectNode> items, String parentField) {
    String id = ctx.pathParam("id");
    if (opportunities.get(id).isEmpty()) {
      error(ctx, 404, "Opportunity not found");
      return;
    }
    List<ObjectNode> own = AtsHttp.filter(items, AtsHttp.equal(parentField, id));
    list(ctx, own.stream().map(Lever::withoutParent).toList());
  }

  /** One page: {@code {data, hasNext, next?}} with {@code limit} and the {@code offset} token. */
  private void list(RoutingContext ctx, List<ObjectNode> items) {
    OptionalInt limit = Paging.limit(ctx.queryParams().get("limit"), 100, 100);
    if (limit.isEmpty()) {
      error(ctx, 400, "limit must be an integer from 1 to 100");
      return;
    }
    OptionalInt offset = Paging.offsetOf(ctx.queryParams().get("offset"));
    if (offset.isEmpty()) {
      error(ctx, 400, "Invalid offset token");
      return;
    }
    int from = offset.getAsInt();
    int to = from + limit.getAsInt();
    ObjectNode body = Json.object();
    ArrayNode data = body.putArray("data");
    Paging.slice(items, from, limit.getAsInt()).forEach(item -> data.add(render(ctx, item)));
    body.put("hasNext", to < items.size());
    if (to < items.size()) {
      body.put("next", Paging.cursor(to));
    }
    Json.send(ctx, 200, body);
  }

  /** Drops the sandbox's bookkeeping fields from a record. */
  private static ObjectNode render(ObjectNode record) {
    ObjectNode out = record.deepCopy();
    out.remove("_applications");
    return out;
  }

  /**
   * A record as a read answers it: with {@code expand=applications}, an opportunity's application
   * ids become the applications themselves.
   */
  private static ObjectNode render(RoutingContext ctx, ObjectNode record) {
    ObjectNode out = render(record);
    boolean expand = ctx.queryParam("expand").contains("applications");
    if (expand && record.has("_applications")) {
      ArrayNode applications = out.putArray("applications");
      record.get("_applications").forEach(a -> applications.add(withoutParent((ObjectNode) a)));
    }
    return out;
  }

  private static ObjectNode withoutParent(ObjectNode record) {
    ObjectNode out = record.deepCopy();
    out.remove("opportunityId");
    return out;
  }

  private List<ObjectNode> applicationsOf(JsonNode opportunity) {
    List<ObjectNode> out = new ArrayList<>();
    opportunity.path("_applications").forEach(a -> out.add((ObjectNode) a));
    return out;
  }

  /**
   * {@code updated_at_start}/{@code _end} and {@code created_at_start}/{@code _end} in epoch ms;
   * empty after answering 400 when one is not a number.
   */
  private Optional<Predicate<JsonNode>> times(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    Predicate<JsonNode> keep = record -> true;
    try {
      for (String field : List.of("created_at", "updated_at")) {
        String property = field.equals("created_at") ? "createdAt" : "updatedAt";
        long start = millis(q.get(field + "_start"), Long.MIN_VALUE);
        long end = millis(q.get(field + "_end"), Long.MAX_VALUE);
        keep =
            keep.and(r -> r.path(property).asLong() >= start)
                .and(r -> r.path(property).asLong() <= end);
      }
    } catch (NumberFormatException notMillis) {
      error(ctx, 400, "created_at and updated_at bounds must be milliseconds since the epoch");
      return Optional.empty();
    }
    return Optional.of(keep);
  }

  /** Milliseconds since the epoch, or {@code absent} when the parameter is not given. */
  private static long millis(String value, long absent) {
    return value == null || value.isBlank() ? absent : Long.parseLong(value.trim());
  }

  private Optional<ObjectNode> user(String id) {
    return id == null ? Optional.empty() : AtsHttp.byId(users, id);
  }

  private static String id(JsonNode record) {
    return record.get("id").asText();
  }

  private static int stageIndex(String stageId) {
    return (int) (Long.parseLong(stageId.substring(stageId.length() - 12)) - 1);
  }

  private static void urls(ObjectNode record, String path) {
    String id = record.get("id").asText();
    ObjectNode urls = record.putObject("urls");
    urls.put("list", "https://hire.lever.co/" + path)
        .put("show", "https://hire.lever.co/" + path + "/" + id);
    if (path.equals("jobs")) {
      urls.put("apply", "https://jobs.lever.co/acme/" + id + "/apply");
    }
  }

  private static long ms(Instant instant) {
    return instant.toEpochMilli();
  }

  // ---- seed

  private static List<ObjectNode> seedUsers() {
    return IntStream.rangeClosed(1, AtsSeed.USERS)
        .mapToObj(
            i -> {
              Seed.Person person = AtsSeed.user(i);
              ObjectNode user = Json.object().put("id", AtsSeed.uuid(USER, i));
              user.put("name", person.displayName())
                  .put("username", person.email().replaceAll("@.*", ""));
              user.put("email", person.email());
              user.put("accessRole", i == 1 ? "super admin" : i <= 4 ? "admin" : "team member");
              user.putNull("photo")
                  .put("createdAt", ms(person.createdAt()))
                  .putNull("deactivatedAt");
              user.put("externalDirectoryId", "E" + (1000 + i)).putArray("linkedContactIds");
              user.put("jobTitle", i <= 4 ? "Recruiter" : person.jobTitle());
              user.put("managerId", i == 1 ? null : AtsSeed.uuid(USER, 1));
              return user;
            })
        .toList();
  }

  private static List<ObjectNode> seedStages() {
    List<ObjectNode> out = new ArrayList<>();
    for (int s = 0; s < STAGES.size(); s++) {
      out.add(Json.object().put("id", AtsSeed.uuid(STAGE, s + 1)).put("text", STAGES.get(s)));
    }
    return out;
  }

  /** The Lever stage of an ATS seed stage: offers and hires both sit in "Offer". */
  private static String stageOf(AtsSeed.Application application) {
    return AtsSeed.uuid(STAGE, Math.min(application.stage(), 4) + 3);
  }

  private static List<ObjectNode> seedArchiveReasons() {
    List<ObjectNode> out = new ArrayList<>();
    for (int r = 0; r < ARCHIVE_REASONS.size(); r++) {
      out.add(
          Json.object()
              .put("id", AtsSeed.uuid(ARCHIVE_REASON, r + 1))
              .put("text", ARCHIVE_REASONS.get(r))
              .put("status", "active")
              .put("type", r == 0 ? "hired" : "non-hired"));
    }
    return out;
  }

  private static List<ObjectNode> seedPostings() {
    return IntStream.rangeClosed(1, AtsSeed.JOBS).mapToObj(Lever::posting).toList();
  }

  private static ObjectNode posting(int i) {
    Seed.Job job = AtsSeed.job(i);
    ObjectNode posting = Json.object().put("id", AtsSeed.uuid(POSTING, i));
    posting.put("text", job.title());
    posting.put("createdAt", ms(job.createdAt())).put("updatedAt", ms(job.updatedAt()));
    posting.put("user", AtsSeed.uuid(USER, 1));
    posting.put("owner", AtsSeed.uuid(USER, 1 + (i + 4) % AtsSeed.USERS));
    posting.put("hiringManager", AtsSeed.uuid(USER, 1 + i % AtsSeed.USERS));
    posting.put("confidentiality", i % 11 == 0 ? "confidential" : "non-confidential");
    ObjectNode categories = posting.putObject("categories");
    categories.put("team", job.department()).put("department", job.department());
    categories.put("location", job.city());
    categories.put("commitment", i % 9 == 0 ? "Part-time" : "Full-time");
    categories.put("level", i % 3 == 0 ? "Senior" : "Mid");
    categories.putArray("allLocations").add(job.city());
    ObjectNode content = posting.putObject("content");
    String description =
        "Join our " + job.department() + " team in " + job.city() + " as a " + job.title() + ".";
    content
        .put("description", description)
        .put("descriptionHtml", "<div>" + description + "</div>");
    content
        .putArray("lists")
        .addObject()
        .put("text", "Requirements")
        .put("content", "<li>Curiosity</li>");
    content.put("closing", "").put("closingHtml", "");
    posting.put("country", job.country());
    posting.putArray("followers").add(posting.get("owner").asText());
    posting.putArray("tags");
    posting.put(
        "state",
        switch (job.status()) {
          case "closed" -> "closed";
          case "draft" -> "draft";
          default -> i % 4 == 0 ? "internal" : "published";
        });
    if (i == REJECTED_POSTING) {
      posting.put("state", "rejected");
    }
    posting.putArray("distributionChannels").add("public").add("internal");
    posting.put("reqCode", "REQ-" + String.format("%04d", i));
    posting.putArray("requisitionCodes").add("REQ-" + String.format("%04d", i));
    posting.put("workplaceType", i % 5 == 1 ? "remote" : i % 5 == 2 ? "hybrid" : "onsite");
    urls(posting, "jobs");
    return posting;
  }

  private static List<ObjectNode> seedOpportunities() {
    return AtsSeed.applications().stream().map(Lever::opportunity).toList();
  }

  private static ObjectNode opportunity(AtsSeed.Application seed) {
    Seed.Person person = AtsSeed.candidate(seed.candidate());
    ObjectNode opportunity = Json.object().put("id", AtsSeed.uuid(OPPORTUNITY, seed.index()));
    opportunity.put("name", person.displayName());
    opportunity.put("headline", person.jobTitle() + " at " + AtsSeed.company(seed.candidate()));
    opportunity.put("contact", AtsSeed.uuid(CONTACT, seed.candidate()));
    opportunity.putArray("emails").add(person.email());
    opportunity.putArray("phones").addObject().put("type", "mobile").put("value", person.phone());
    opportunity.put("confidentiality", "non-confidential");
    opportunity.put("location", person.city());
    opportunity
        .putArray("links")
        .add("https://www.linkedin.com/in/" + person.email().replaceAll("@.*", ""));
    if (!seed.status().equals("active")) {
      int reason = seed.status().equals("hired") ? 1 : 2 + seed.index() % 4;
      opportunity
          .putObject("archived")
          .put("archivedAt", ms(seed.updatedAt()))
          .put("reason", AtsSeed.uuid(ARCHIVE_REASON, reason));
    } else {
      opportunity.putNull("archived");
    }
    opportunity.putArray("tags").add(seed.candidate() % 3 == 0 ? "Senior" : "Pipeline");
    opportunity.putArray("sources").add(AtsSeed.SOURCES.get(seed.source()));
    long applied = ms(seed.appliedAt());
    opportunity
        .putArray("stageChanges")
        .addObject()
        .put("toStageId", stageOf(seed))
        .put("toStageIndex", Math.min(seed.stage(), 4) + 2)
        .put("updatedAt", ms(seed.updatedAt()))
        .put("userId", AtsSeed.uuid(USER, seed.recruiter()));
    opportunity.put(
        "origin", seed.source() == 1 ? "referred" : seed.source() == 4 ? "agency" : "applied");
    opportunity.putNull("sourcedBy");
    opportunity.put("owner", AtsSeed.uuid(USER, seed.recruiter()));
    opportunity.putArray("followers").add(AtsSeed.uuid(USER, seed.recruiter()));
    String applicationId = AtsSeed.uuid(APPLICATION, seed.index());
    opportunity.putArray("applications").add(applicationId);
    opportunity
        .putArray("_applications")
        .add(
            application(
                applicationId,
                opportunity,
                AtsSeed.uuid(POSTING, seed.job()),
                "posting",
                applied,
                null));
    opportunity.put("stage", stageOf(seed));
    opportunity.put("createdAt", applied).put("updatedAt", ms(seed.updatedAt()));
    opportunity
        .put("lastInteractionAt", ms(seed.updatedAt()))
        .put("lastAdvancedAt", ms(seed.updatedAt()));
    opportunity.putNull("snoozedUntil");
    urls(opportunity, "candidates");
    opportunity.put("isAnonymized", false).putNull("dataProtection");
    return opportunity;
  }

  private static ObjectNode application(
      String id,
      ObjectNode opportunity,
      String postingId,
      String type,
      long createdAt,
      String user) {
    ObjectNode application = Json.object().put("id", id);
    application.put("opportunityId", opportunity.get("id").asText());
    application.put("candidateId", opportunity.get("contact").asText());
    application.put("createdAt", createdAt).put("type", type).put("posting", postingId);
    application.putNull("postingHiringManager").putNull("postingOwner");
    application.put("user", user);
    application.put("name", opportunity.get("name").asText());
    application.put("email", opportunity.path("emails").path(0).asText(null));
    application.set(
        "phone",
        opportunity.path("phones").path(0).isMissingNode()
            ? null
            : opportunity.path("phones").path(0));
    application.putNull("requisitionForHire");
    application.put("ownerId", opportunity.path("owner").asText(null));
    application.putNull("comments").putNull("company");
    application.set("links", opportunity.path("links").deepCopy());
    application.putNull("resume").putArray("customQuestions");
    application.set(
        "archived",
        opportunity.path("archived").isMissingNode()
            ? null
            : opportunity.get("archived").deepCopy());
    return application;
  }

  private static List<ObjectNode> seedInterviews() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Interview seed : AtsSeed.interviews()) {
      AtsSeed.Application application = seed.application();
      Seed.Person interviewer = AtsSeed.user(seed.interviewer());
      ObjectNode interview = Json.object().put("id", AtsSeed.uuid(INTERVIEW, seed.index()));
      interview.put("opportunityId", AtsSeed.uuid(OPPORTUNITY, application.index()));
      interview.put("panel", AtsSeed.uuid(PANEL, seed.index()));
      interview.put(
          "subject",
          AtsSeed.STAGES.get(Math.min(application.stage(), 3))
              + " with "
              + AtsSeed.candidate(application.candidate()).displayName());
      interview.put("note", "");
      interview
          .putArray("interviewers")
          .addObject()
          .put("id", AtsSeed.uuid(USER, seed.interviewer()))
          .put("email", interviewer.email())
          .put("name", interviewer.displayName())
          .putNull("feedbackTemplate")
          .put("feedbackReminder", "daily");
      interview.put("timezone", "Europe/London");
      interview.put("createdAt", ms(application.appliedAt()) + 86_400_000L);
      interview.put("date", ms(seed.start())).put("duration", 60);
      interview.put("location", "https://meet.example.com/lever-" + seed.index());
      interview.putNull("feedbackTemplate").putArray("feedbackForms");
      interview.put("feedbackReminder", "daily");
      interview.put("user", AtsSeed.uuid(USER, application.recruiter()));
      interview.put("stage", stageOf(application)).putNull("canceledAt");
      interview.putArray("postings").add(AtsSeed.uuid(POSTING, application.job()));
      interview.put("gcalEventUrl", "https://calendar.example.com/event/" + seed.index());
      out.add(interview);
    }
    return out;
  }

  private static List<ObjectNode> seedFeedback() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Scorecard seed : AtsSeed.scorecards()) {
      AtsSeed.Application application = seed.application();
      ObjectNode form = Json.object().put("id", AtsSeed.uuid(FEEDBACK, seed.index()));
      form.put("opportunityId", AtsSeed.uuid(OPPORTUNITY, application.index()));
      form.put("type", "interview").put("text", "Interview feedback").put("instructions", "");
      ArrayNode fields = form.putArray("fields");
      int score = AtsSeed.RECOMMENDATIONS.indexOf(seed.recommendation()) + 1;
      fields.addObject().put("type", "score-system").put("text", "Rating").put("value", score);
      fields
          .addObject()
          .put("type", "textarea")
          .put("text", "Comments")
          .put("value", "Recommendation: " + seed.recommendation().replace('_', ' '));
      form.put("baseTemplateId", AtsSeed.uuid(FEEDBACK, 0));
      form.put("interview", AtsSeed.uuid(INTERVIEW, seed.index()));
      form.put("panel", AtsSeed.uuid(PANEL, seed.index()));
      form.put("user", AtsSeed.uuid(USER, seed.interviewer()));
      long submitted = ms(seed.submittedAt());
      form.put("createdAt", submitted).put("completedAt", submitted).put("updatedAt", submitted);
      form.putNull("deletedAt");
      out.add(form);
    }
    return out;
  }

  private static List<ObjectNode> seedOffers() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Offer seed : AtsSeed.offers()) {
      AtsSeed.Application application = seed.application();
      ObjectNode offer = Json.object().put("id", AtsSeed.uuid(OFFER, seed.index()));
      offer.put("opportunityId", AtsSeed.uuid(OPPORTUNITY, application.index()));
      offer.put("posting", AtsSeed.uuid(POSTING, application.job()));
      offer.put("createdAt", ms(seed.createdAt()));
      offer.put("status", seed.status().equals("accepted") ? "signed" : "sent");
      offer.put("creator", AtsSeed.uuid(USER, application.recruiter()));
      ArrayNode fields = offer.putArray("fields");
      fields
          .addObject()
          .put("text", "Anticipated start date")
          .put("identifier", "anticipated_start_date")
          .put("value", seed.startDate().toString());
      fields
          .addObject()
          .put("text", "Salary")
          .put("identifier", "salary_amount")
          .put("value", 50_000 + 1_000 * (application.index() % 40));
      offer
          .putObject("sentDocument")
          .put("fileName", "offer-" + seed.index() + ".pdf")
          .put("uploadedAt", ms(seed.createdAt()));
      if (seed.status().equals("accepted")) {
        offer
            .putObject("signedDocument")
            .put("fileName", "offer-" + seed.index() + "-signed.pdf")
            .put("uploadedAt", ms(seed.createdAt()) + 172_800_000L);
      } else {
        offer.putNull("signedDocument");
      }
      out.add(offer);
    }
    return out;
  }

  private static List<ObjectNode> seedNotes() {
    List<ObjectNode> out = new ArrayList<>();
    for (AtsSeed.Application application : AtsSeed.applications()) {
      if (application.index() % 4 == 0) {
        out.add(
            note(
                AtsSeed.uuid(NOTE, application.index()),
                AtsSeed.uuid(OPPORTUNITY, application.index()),
                "Spoke to "
                    + AtsSeed.candidate(application.candidate()).firstName()
                    + " about the role.",
                AtsSeed.uuid(USER, application.recruiter()),
                false,
                ms(application.updatedAt())));
      }
    }
    return out;
  }

  private static ObjectNode note(
      String id, String opportunityId, String text, String user, boolean secret, long at) {
    ObjectNode note = Json.object().put("id", id).put("opportunityId", opportunityId);
    note.put("text", text);
    note.putArray("fields").addObject().put("type", "note").put("text", "Note").put("value", text);
    note.put("user", user)
        .put("secret", secret)
        .put("completedAt", at)
        .put("createdAt", at)
        .putNull("deletedAt");
    return note;
  }
}
