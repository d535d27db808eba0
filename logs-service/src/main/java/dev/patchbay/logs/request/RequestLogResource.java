package dev.patchbay.logs.request;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import dev.patchbay.logs.paging.LogCursor;
import dev.patchbay.logs.paging.LogParams;
import dev.patchbay.logs.paging.Page;
import dev.patchbay.logs.request.RequestLogRepository.Row;
import dev.patchbay.logs.request.RequestLogRepository.Slice;
import dev.patchbay.logs.retention.Retention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Request logs and their step logs (contract §5), at the seed paths ({@code /logs}, {@code
 * /logs/{id}}, {@code /logs/{id}/steps}) and the official client's ({@code /requests/logs}, {@code
 * /requests/logs/{id}}, {@code /requests/logs/steps}). Listings are {@code {data, next}}, newest
 * first unless asked otherwise; another project's log is a 404.
 */
@Path("/")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
public class RequestLogResource {
  private static final Set<String> INCLUDES = Set.of("step_logs", "advanced_logs");

  public record One(RequestLogView data) {}

  private final RequestLogRepository logs;
  private final Retention retention;
  private final Tenant tenant;

  public RequestLogResource(RequestLogRepository logs, Retention retention, Tenant tenant) {
    this.logs = logs;
    this.retention = retention;
    this.tenant = tenant;
  }

  @GET
  @Path("logs")
  public Page<RequestLogView> list(@Context UriInfo uri) {
    LogParams params = new LogParams(uri.getQueryParameters());
    boolean withSteps = includesSteps(params);
    Page<RequestLogView> page =
        page(params, false, LogFilter.of(params, project(), notBefore()), logs::search);
    if (!withSteps || page.data().isEmpty()) {
      return page;
    }
    Map<String, List<StepLogView>> steps =
        logs.stepsOf(
            project(), notBefore(), page.data().stream().map(RequestLogView::requestId).toList());
    return new Page<>(
        page.data().stream().map(log -> log.withSteps(steps.get(log.requestId()))).toList(),
        page.next());
  }

  @GET
  @Path("requests/logs")
  public Page<RequestLogView> listAlias(@Context UriInfo uri) {
    return list(uri);
  }

  @GET
  @Path("logs/{id}")
  public One get(@PathParam("id") String id, @Context UriInfo uri) {
    boolean withSteps = includesSteps(new LogParams(uri.getQueryParameters()));
    RequestLogView log =
        logs.find(project(), notBefore(), id).orElseThrow(() -> ApiException.notFound("Log"));
    return new One(
        withSteps ? log.withSteps(logs.stepsOf(project(), notBefore(), List.of(id)).get(id)) : log);
  }

  @GET
  @Path("requests/logs/{id}")
  public One getAlias(@PathParam("id") String id, @Context UriInfo uri) {
    return get(id, uri);
  }

  /** The steps of one request; 404 when the request is not one of the project's logs. */
  @GET
  @Path("logs/{id}/steps")
  public Page<StepLogView> stepsOf(@PathParam("id") String id, @Context UriInfo uri) {
    if (logs.find(project(), notBefore(), id).isEmpty()) {
      throw ApiException.notFound("Log");
    }
    LogParams params = new LogParams(uri.getQueryParameters());
    return page(
        params,
        true,
        LogFilter.of(params, project(), notBefore()).ofRequest(id),
        logs::searchSteps);
  }

  @GET
  @Path("requests/logs/steps")
  public Page<StepLogView> steps(@Context UriInfo uri) {
    LogParams params = new LogParams(uri.getQueryParameters());
    return page(params, true, LogFilter.of(params, project(), notBefore()), logs::searchSteps);
  }

  private static <T> Page<T> page(
      LogParams params,
      boolean steps,
      LogFilter filter,
      BiFunction<LogFilter, Slice, List<Row<T>>> search) {
    LogOrder order = LogOrder.parse(params.single("order_by"));
    boolean ascending = params.ascending();
    int pageSize = params.pageSize();
    String listing =
        (steps ? "steps:" : "logs:") + order.name() + ":" + (ascending ? "asc" : "desc");
    LogCursor after = params.cursor(listing, RequestLogRepository.keysetSize(order, steps));
    List<Row<T>> rows =
        search.apply(
            filter,
            new Slice(order, ascending, pageSize + 1, after == null ? null : after.values()));
    boolean more = rows.size() > pageSize;
    List<Row<T>> shown = more ? rows.subList(0, pageSize) : rows;
    String next =
        more ? new LogCursor(listing, shown.get(shown.size() - 1).keyset()).encode() : null;
    return new Page<>(shown.stream().map(Row::view).toList(), next);
  }

  private static boolean includesSteps(LogParams params) {
    List<String> include = params.list("include");
    for (String value : include) {
      if (!INCLUDES.contains(value)) {
        throw ApiException.badRequest(
            "Invalid value for query parameter 'include': expected one of [advanced_logs,"
                + " step_logs]");
      }
    }
    return !include.isEmpty();
  }

  private String project() {
    return tenant.projectId();
  }

  private Instant notBefore() {
    return retention.horizon(project(), Instant.now());
  }
}
