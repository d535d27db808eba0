package dev.patchbay.actions.unified;

import dev.patchbay.engine.definition.ActionDefinition;
import java.util.List;

/**
 * One unified API route, e.g. {@code GET /unified/hris/employees/{id}}: served by the connector
 * action of the account's connector whose category, {@code entrypointUrl} and {@code
 * entrypointHttpMethod} match it.
 *
 * @param filters the route's {@code filter[...]} keys besides {@code updated_after}, each an action
 *     input of the same name
 * @param status the success status the official client expects
 */
public record UnifiedRoute(
    String category, String resource, Operation operation, List<String> filters, int status) {

  /** What the route does; each has its HTTP method and whether the path ends with an id. */
  public enum Operation {
    LIST("get", false),
    GET("get", true),
    CREATE("post", false),
    UPDATE("patch", true);

    private final String method;
    private final boolean withId;

    Operation(String method, boolean withId) {
      this.method = method;
      this.withId = withId;
    }

    public String method() {
      return method;
    }

    public boolean withId() {
      return withId;
    }
  }

  /** The {@code entrypointUrl} an action serving this route declares. */
  public String entrypointUrl() {
    return "/" + resource + (operation.withId() ? "/:id" : "");
  }

  /** Whether {@code action} serves this route: its category, entrypoint URL and method match. */
  public boolean servedBy(ActionDefinition action) {
    return action.categories() != null
        && action.categories().contains(category)
        && entrypointUrl().equals(action.entrypointUrl())
        && operation.method().equalsIgnoreCase(action.entrypointHttpMethod());
  }

  /** {@code GET /unified/hris/employees/{id}}. */
  public String describe() {
    return operation.method().toUpperCase(java.util.Locale.ROOT)
        + " /unified/"
        + category
        + "/"
        + resource
        + (operation.withId() ? "/{id}" : "");
  }
}
