package dev.patchbay.actions.unified;

import dev.patchbay.actions.unified.UnifiedRoute.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unified routes this service serves (contract §8, {@code stackone-client-endpoints.tsv}): one
 * table, read by one generic resource. Filters are those of the official client's list calls.
 */
public final class UnifiedRoutes {
  private static final List<UnifiedRoute> ROUTES = new ArrayList<>();

  static {
    list("hris", "employees", "email", "employee_number");
    get("hris", "employees");
    route("hris", "employees", Operation.CREATE, 201);
    route("hris", "employees", Operation.UPDATE, 200);
    list("hris", "companies");
    get("hris", "companies");
    list("hris", "time_off", "start_date", "end_date", "policy_ids");
    get("hris", "time_off");
    list("ats", "jobs", "created_after", "job_status", "status");
    get("ats", "jobs");
    route("ats", "jobs", Operation.CREATE, 201);
    list("ats", "candidates", "created_after", "email");
    get("ats", "candidates");
    list("ats", "applications", "created_after", "job_id", "stage");
    get("ats", "applications");
    list("crm", "contacts");
    get("crm", "contacts");
    // the one unified create the official client expects a 200 from
    route("crm", "contacts", Operation.CREATE, 200);
    list("crm", "accounts");
    get("crm", "accounts");
    list("crm", "deals");
    get("crm", "deals");
  }

  private UnifiedRoutes() {}

  public static List<UnifiedRoute> all() {
    return List.copyOf(ROUTES);
  }

  public static Optional<UnifiedRoute> find(String category, String resource, Operation operation) {
    return ROUTES.stream()
        .filter(
            r ->
                r.category().equals(category)
                    && r.resource().equals(resource)
                    && r.operation() == operation)
        .findFirst();
  }

  private static void list(String category, String resource, String... filters) {
    ROUTES.add(new UnifiedRoute(category, resource, Operation.LIST, List.of(filters), 200));
  }

  private static void get(String category, String resource) {
    route(category, resource, Operation.GET, 200);
  }

  private static void route(String category, String resource, Operation operation, int status) {
    ROUTES.add(new UnifiedRoute(category, resource, operation, List.of(), status));
  }
}
