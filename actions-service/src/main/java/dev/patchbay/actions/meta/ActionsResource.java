package dev.patchbay.actions.meta;

import dev.patchbay.accounts.client.AccountDirectory;
import dev.patchbay.accounts.client.LinkedAccountRef;
import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.query.QueryParams;
import dev.patchbay.common.security.Roles;
import dev.patchbay.common.security.Tenant;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /actions} (contract §3): the catalogue's actions grouped by connector, one {@link
 * ActionsMeta} per connector, ordered by connector key, with cursor paging over connectors.
 *
 * <ul>
 *   <li>{@code filter[connectors]}: connector keys (comma list or repeated);
 *   <li>{@code filter[account_ids]}: the connectors of these linked accounts of the caller's
 *       project (unknown ids match nothing);
 *   <li>{@code filter[action_key]}: one action, by its id ({@code bamboohr_list_employees}) or its
 *       connector-local id ({@code list_employees});
 *   <li>{@code group_by}: only {@code connector} (what the official client sends);
 *   <li>{@code include}: only {@code operation_details};
 *   <li>{@code page_size} (1–100, default 25) and {@code next}, the opaque cursor of the previous
 *       page ({@code null} on the last).
 * </ul>
 */
@Path("/actions")
@RolesAllowed(Roles.PROJECT)
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {
  static final int DEFAULT_PAGE_SIZE = 25;
  static final int MAX_PAGE_SIZE = 100;
  static final String OPERATION_DETAILS = "operation_details";
  private static final String CURSOR_PREFIX = "after:";

  public record Page(List<ActionsMeta> data, String next) {}

  private final ConnectorCatalog catalog;
  private final AccountDirectory accounts;
  private final Tenant tenant;

  public ActionsResource(ConnectorCatalog catalog, AccountDirectory accounts, Tenant tenant) {
    this.catalog = catalog;
    this.accounts = accounts;
    this.tenant = tenant;
  }

  @GET
  public Page list(@Context UriInfo uri) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    // the client sends "connector"; its docs show a JSON array, ["connector"]
    String groupBy = params.getFirst("group_by");
    if (groupBy != null && !groupBy.replaceAll("[\\[\\]\"\\s]", "").matches("|connector")) {
      throw ApiException.badRequest(
          "Invalid value for query parameter 'group_by': expected one of [connector]");
    }
    boolean details = false;
    for (String include : QueryParams.values(params.getOrDefault("include", List.of()))) {
      if (!include.equals(OPERATION_DETAILS)) {
        throw ApiException.badRequest(
            "Invalid value for query parameter 'include': expected one of [operation_details]");
      }
      details = true;
    }
    int pageSize =
        QueryParams.intParam(
            "page_size", params.getFirst("page_size"), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    String after = decode(params.getFirst("next"));
    Set<String> connectors = connectorFilter(params);
    String actionKey = params.getFirst("filter[action_key]");

    List<ActionsMeta> page = new ArrayList<>();
    String next = null;
    for (ConnectorDefinition connector : catalog.all()) {
      if ((after != null && connector.key().compareTo(after) <= 0)
          || (connectors != null && !connectors.contains(connector.key()))) {
        continue;
      }
      List<ActionDefinition> actions =
          ConnectorCatalog.published(connector).stream()
              .filter(a -> matches(connector, a, actionKey))
              .toList();
      if (actions.isEmpty()) {
        continue;
      }
      if (page.size() == pageSize) {
        next = encode(page.get(page.size() - 1).key());
        break;
      }
      page.add(ActionsMeta.of(connector, actions, details));
    }
    return new Page(page, next);
  }

  /** The connectors the filters allow, or null for any. */
  private Set<String> connectorFilter(MultivaluedMap<String, String> params) {
    Set<String> allowed = null;
    List<String> named = QueryParams.values(params.getOrDefault("filter[connectors]", List.of()));
    if (!named.isEmpty()) {
      allowed = new HashSet<>(named);
    }
    List<String> accountIds =
        QueryParams.values(params.getOrDefault("filter[account_ids]", List.of()));
    if (!accountIds.isEmpty()) {
      Set<String> ofAccounts = new HashSet<>();
      for (String id : accountIds) {
        accounts
            .find(tenant.projectId(), id)
            .map(LinkedAccountRef::provider)
            .ifPresent(ofAccounts::add);
      }
      if (allowed == null) {
        allowed = ofAccounts;
      } else {
        allowed.retainAll(ofAccounts);
      }
    }
    return allowed;
  }

  private static boolean matches(
      ConnectorDefinition connector, ActionDefinition action, String key) {
    return key == null
        || key.isBlank()
        || key.equals(ConnectorCatalog.actionId(connector, action))
        || key.equals(action.actionId());
  }

  private static String encode(String lastKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((CURSOR_PREFIX + lastKey).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(CURSOR_PREFIX) && raw.length() > CURSOR_PREFIX.length()) {
        return raw.substring(CURSOR_PREFIX.length());
      }
    } catch (IllegalArgumentException notBase64) {
      // answered below
    }
    throw ApiException.badRequest(
        "Invalid value for query parameter 'next': not a cursor from this API");
  }
}
