package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of an action for one account.
 *
 * @param authConfigKey the account's auth config key ({@code $.context.authenticationType}); may be
 *     {@code null} when the connector has at most one
 * @param environment the account's environment ({@code production} when {@code null})
 * @param inputs caller parameters, grouped ({@code {path, queryParams, body, headers}}) or flat
 * @param credentials the account's credentials: read when the run starts, and handed the result of
 *     any token refresh the run performs
 * @param cursor the {@code next} of a previous run, to resume a {@code paginated_request}; {@code
 *     null} for the first page (an input named {@code cursor} is used when this is null)
 * @param apiHostUri the platform's public base URL, exposed as {@code $.apiHostUri}; may be null
 * @param providerQuery query parameters added to every provider request of the action's steps (not
 *     to a credentials refresh), after its args; the auth's query parameters win (the unified APIs'
 *     {@code proxy[k]=v})
 */
public record ActionRequest(
    String authConfigKey,
    String environment,
    JsonNode inputs,
    CredentialsPort credentials,
    String cursor,
    String apiHostUri,
    Map<String, String> providerQuery) {

  public ActionRequest {
    inputs = inputs == null ? JsonNodeFactory.instance.objectNode() : inputs;
    credentials = credentials == null ? CredentialsPort.of(null) : credentials;
    environment = environment == null ? "production" : environment;
    providerQuery =
        providerQuery == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(providerQuery));
  }

  /** A run with no provider query parameters of the caller's. */
  public ActionRequest(
      String authConfigKey,
      String environment,
      JsonNode inputs,
      CredentialsPort credentials,
      String cursor,
      String apiHostUri) {
    this(authConfigKey, environment, inputs, credentials, cursor, apiHostUri, Map.of());
  }

  /** A run with credentials held in memory ({@link CredentialsPort#of}). */
  public ActionRequest(
      String authConfigKey,
      String environment,
      JsonNode inputs,
      JsonNode credentials,
      String cursor,
      String apiHostUri) {
    this(authConfigKey, environment, inputs, CredentialsPort.of(credentials), cursor, apiHostUri);
  }

  /** A first-page run with the connector's only auth config. */
  public static ActionRequest of(JsonNode inputs, JsonNode credentials) {
    return new ActionRequest(null, null, inputs, credentials, null, null);
  }

  /** A first-page run with the connector's only auth config. */
  public static ActionRequest of(JsonNode inputs, CredentialsPort credentials) {
    return new ActionRequest(null, null, inputs, credentials, null, null);
  }

  public ActionRequest withCursor(String next) {
    return new ActionRequest(
        authConfigKey, environment, inputs, credentials, next, apiHostUri, providerQuery);
  }

  public ActionRequest withProviderQuery(Map<String, String> query) {
    return new ActionRequest(
        authConfigKey, environment, inputs, credentials, cursor, apiHostUri, query);
  }

  @Override
  public String toString() {
    return "ActionRequest[authConfigKey="
        + authConfigKey
        + ", environment="
        + environment
        + ", inputs="
        + inputs
        + ", credentials=<redacted>, cursor="
        + cursor
        + ", providerQuery="
        + providerQuery.keySet()
        + "]";
  }
}
