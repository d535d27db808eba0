package dev.patchbay.logs.platform;

import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import dev.patchbay.logs.paging.LogCursor;
import dev.patchbay.logs.paging.LogParams;
import dev.patchbay.logs.paging.Page;
import dev.patchbay.logs.retention.Retention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
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
  private static final String LISTING = "platform";

  private final PlatformLogRepository logs;
  private final Retention retention;
  private final Tenant tenant;

  public PlatformLogResource(PlatformLogRepository logs, Retention retention, Tenant tenant) {
    this.logs = logs;
    this.retention = retention;
    this.tenant = tenant;
  }

  @GET
  @Path("logs/platform")
  @Transactional
  public Page<PlatformLogView> list(@Context UriInfo uri) {
    LogParams params = new LogParams(uri.getQueryParameters());
    boolean ascending = params.ascending();
    String listing = LISTING + ":" + (ascending ? "asc" : "desc");
    LogCursor after = params.cursor(listing, 2);
    int pageSize = params.pageSize();
    PlatformLogQuery query =
        new PlatformLogQuery(
            tenant.projectId(),
            params.list("account_ids"),
            params.list("categories"),
            params.list("actions"),
            params.date("start_date"),
            params.date("end_date"),
            retention.horizon(tenant.projectId(), Instant.now()),
            ascending,
            pageSize + 1,
            after == null ? null : LogCursor.instant(after.values().get(0)),
            after == null ? null : after.values().get(1));
    List<PlatformLog> rows = logs.search(query);
    boolean more = rows.size() > pageSize;
    List<PlatformLog> page = more ? rows.subList(0, pageSize) : rows;
    PlatformLog last = more ? page.get(page.size() - 1) : null;
    String next =
        last == null
            ? null
            : new LogCursor(listing, List.of(last.eventDatetime.toString(), last.id)).encode();
    return new Page<>(page.stream().map(PlatformLogView::of).toList(), next);
  }

  @GET
  @Path("requests/platform-logs")
  @Transactional
  public Page<PlatformLogView> listAlias(@Context UriInfo uri) {
    return list(uri);
  }
}
