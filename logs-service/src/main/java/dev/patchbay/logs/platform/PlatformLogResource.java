package dev.patchbay.logs.platform;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.query.QueryParams;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Platform logs, newest first, with cursor paging. Served at the seed path {@code /logs/platform}
 * and the official client's {@code /requests/platform-logs}. Filters come flattened ({@code
 * account_ids=...}, as the client sends them) or inside {@code filter[...]} (as the docs show);
 * lists repeat the key or use commas.
 */
@Path("/")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
public class PlatformLogResource {
  static final int DEFAULT_PAGE_SIZE = 25;
  static final int MAX_PAGE_SIZE = 100;

  public record Page(List<PlatformLogView> data, String next) {}

  private final PlatformLogRepository logs;
  private final Tenant tenant;

  public PlatformLogResource(PlatformLogRepository logs, Tenant tenant) {
    this.logs = logs;
    this.tenant = tenant;
  }

  @GET
  @Path("logs/platform")
  @Transactional
  public Page list(@Context UriInfo uri) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    String direction = single(params, "order_direction");
    if (direction != null && !direction.equals("asc") && !direction.equals("desc")) {
      throw ApiException.badRequest(
          "Invalid value for query parameter 'order_direction': expected one of [asc, desc]");
    }
    String cursor = single(params, "next");
    PlatformLogQuery query =
        new PlatformLogQuery(
            tenant.projectId(),
            list(params, "account_ids"),
            list(params, "categories"),
            list(params, "actions"),
            date(params, "start_date"),
            date(params, "end_date"),
            "asc".equals(direction),
            QueryParams.intParam(
                "page_size", single(params, "page_size"), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
            cursor == null || cursor.isBlank() ? null : LogCursor.decode(cursor));
    List<PlatformLog> rows = logs.search(withOneMore(query));
    boolean more = rows.size() > query.pageSize();
    List<PlatformLog> page = more ? rows.subList(0, query.pageSize()) : rows;
    String next =
        more
            ? new LogCursor(page.get(page.size() - 1).eventDatetime, page.get(page.size() - 1).id)
                .encode()
            : null;
    return new Page(page.stream().map(PlatformLogView::of).toList(), next);
  }

  @GET
  @Path("requests/platform-logs")
  @Transactional
  public Page listAlias(@Context UriInfo uri) {
    return list(uri);
  }

  private static PlatformLogQuery withOneMore(PlatformLogQuery q) {
    return new PlatformLogQuery(
        q.projectId(),
        q.accountIds(),
        q.categories(),
        q.actions(),
        q.startDate(),
        q.endDate(),
        q.ascending(),
        q.pageSize() + 1,
        q.after());
  }

  private static String single(MultivaluedMap<String, String> params, String name) {
    String flat = params.getFirst(name);
    return flat != null ? flat : params.getFirst("filter[" + name + "]");
  }

  private static List<String> list(MultivaluedMap<String, String> params, String name) {
    List<String> all = new ArrayList<>(params.getOrDefault(name, List.of()));
    all.addAll(params.getOrDefault("filter[" + name + "]", List.of()));
    return QueryParams.values(all);
  }

  private static Instant date(MultivaluedMap<String, String> params, String name) {
    String raw = single(params, name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "Invalid value for query parameter '" + name + "': expected an ISO-8601 date-time");
    }
  }
}
