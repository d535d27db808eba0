package dev.patchbay.proxy.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.accounts.client.AccountDirectory;
import dev.patchbay.accounts.client.CredentialsRefresher;
import dev.patchbay.accounts.client.LinkedAccountRef;
import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.common.error.ProviderError;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutionException;
import dev.patchbay.engine.runtime.ExecutorSettings;
import dev.patchbay.engine.runtime.ProviderAccess;
import dev.patchbay.engine.runtime.auth.TokenExpiry;
import dev.patchbay.engine.runtime.resilience.RetryAfter;
import dev.patchbay.proxy.ProxyConfig;
import dev.patchbay.proxy.egress.Origin;
import dev.patchbay.proxy.egress.ProviderTargets;
import dev.patchbay.proxy.egress.ProviderUrl;
import dev.patchbay.proxy.provider.Outbound;
import dev.patchbay.proxy.provider.ProviderClient;
import dev.patchbay.proxy.provider.ProviderResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs one proxied request: the account (cached, so no call to accounts-service once read), its
 * connector, the connector's authorization for the account's credentials, the provider URL on a
 * declared origin ({@link ProviderUrl}) connected to a checked address ({@link ProviderTargets}).
 * Expired tokens are refreshed first (by accounts-service, once per account for every caller; a
 * refused refresh is a 502); a provider 401 refreshes them once and sends again. A redirect is
 * never followed, and one leaving the connector's origins is refused. Provider errors become the
 * error body with {@code provider_errors}, a 429 keeps its {@code Retry-After}.
 */
@ApplicationScoped
public class ProxyService {
  /** Provider statuses that mean something to the caller and pass through; others are a 502. */
  private static final Map<Integer, ErrorKind> PASSED_THROUGH =
      Map.of(
          400, ErrorKind.BAD_REQUEST,
          404, ErrorKind.NOT_FOUND,
          409, ErrorKind.CONFLICT,
          422, ErrorKind.UNPROCESSABLE,
          429, ErrorKind.TOO_MANY_REQUESTS);

  /** How much of a provider's error body goes into {@code provider_errors}. */
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final AccountDirectory accounts;
  private final CredentialsRefresher refresher;
  private final ConnectorCatalog catalog;
  private final ProviderTargets targets;
  private final ProviderClient client;
  private final ObjectMapper json;
  private final ProviderAccess access;
  private final long maxResponseBytes;

  public ProxyService(
      AccountDirectory accounts,
      CredentialsRefresher refresher,
      ConnectorCatalog catalog,
      ProviderTargets targets,
      ProviderClient client,
      ObjectMapper json,
      ProxyConfig config) {
    this.accounts = accounts;
    this.refresher = refresher;
    this.catalog = catalog;
    this.targets = targets;
    this.client = client;
    this.json = json;
    this.maxResponseBytes = config.maxResponseBytes();
    ExpressionEngine expressions = new ExpressionEngine(Clock.systemUTC());
    this.access = new ProviderAccess(expressions);
  }

  /**
   * The provider's answer, its body still to be read: a success (2xx), or a redirect within the
   * connector's origins.
   *
   * @throws ApiException for a refused request or a provider error
   */
  public ProviderResponse proxy(String projectId, String accountId, ProxyRequest request) {
    if (request == null) {
      throw ApiException.badRequest("A JSON body with 'method' and 'path' is required");
    }
    if (accountId == null || accountId.isBlank()) {
      throw ApiException.badRequest(
          "Header 'x-account-id' is required: the linked account to send the request for");
    }
    ProxiedCall call = ProxiedCall.from(request);
    LinkedAccountRef account =
        accounts.find(projectId, accountId).orElseThrow(() -> ApiException.notFound("Account"));
    if (!account.active()) {
      throw new ApiException(
          ErrorKind.PRECONDITION_FAILED,
          "The account is " + account.status() + ": requests go only through active accounts");
    }
    ConnectorDefinition connector =
        catalog
            .connector(account.provider())
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorKind.UNPROCESSABLE,
                        "The account's provider " + account.provider() + " is not served here"));
    JsonNode credentials = account.credentials();
    boolean canRefresh = canRefresh(connector, account);
    boolean refreshed = false;
    if (canRefresh
        && TokenExpiry.needsRefresh(
            credentials, Clock.systemUTC().instant(), ExecutorSettings.DEFAULTS.refreshSkew())) {
      credentials = refresher.refresh(account, credentials);
      refreshed = true;
    }
    Attempt attempt = send(connector, account, credentials, call, request);
    if (attempt.response().status() == 401 && canRefresh && !refreshed) {
      attempt.response().readAtMost(MAX_ERROR_BODY);
      credentials = refresher.refresh(account, credentials);
      attempt = send(connector, account, credentials, call, request);
    }
    return checked(attempt);
  }

  private record Attempt(URI url, List<String> declared, ProviderResponse response) {}

  private Attempt send(
      ConnectorDefinition connector,
      LinkedAccountRef account,
      JsonNode credentials,
      ProxiedCall call,
      ProxyRequest request) {
    ProviderAccess.Access granted;
    try {
      granted =
          access.access(
              connector,
              account.authenticationConfigKey(),
              account.environment(),
              credentials,
              null);
    } catch (ActionExecutionException e) {
      throw new ApiException(ErrorKind.UNPROCESSABLE, e.getMessage());
    }
    URI url = ProviderUrl.build(granted.baseUrls(), request.url(), request.path(), granted.query());
    Map<String, String> headers = new LinkedHashMap<>(call.headers());
    headers.putAll(granted.headers());
    Outbound outbound = new Outbound(call.method(), targets.target(url), headers, call.body());
    return new Attempt(url, granted.baseUrls(), client.send(outbound));
  }

  private ProviderResponse checked(Attempt attempt) {
    ProviderResponse response = attempt.response();
    int status = response.status();
    if (status >= 200 && status < 300) {
      if (response.contentLength().filter(length -> length > maxResponseBytes).isPresent()) {
        response.readAtMost(0);
        throw new ApiException(
            ErrorKind.BAD_GATEWAY,
            "The provider's response is larger than the proxy's limit of "
                + maxResponseBytes
                + " bytes");
      }
      return response;
    }
    if (status >= 300 && status < 400) {
      return redirect(attempt);
    }
    throw providerError(attempt);
  }

  /** A redirect is shown to the caller when it stays on the connector's origins, else refused. */
  private ProviderResponse redirect(Attempt attempt) {
    ProviderResponse response = attempt.response();
    Origin to =
        response
            .header("location")
            .map(location -> resolve(attempt.url(), location))
            .map(Origin::of)
            .orElse(null);
    List<Origin> declared =
        attempt.declared().stream()
            .map(base -> resolve(attempt.url(), base))
            .map(Origin::of)
            .filter(Objects::nonNull)
            .toList();
    if (to == null || !declared.contains(to)) {
      response.readAtMost(0);
      throw ApiException.badRequest(
          "The provider redirected the request away from the connector's origins; redirects are"
              + " not followed");
    }
    return response;
  }

  private ApiException providerError(Attempt attempt) {
    ProviderResponse response = attempt.response();
    int status = response.status();
    byte[] body = response.readAtMost(MAX_ERROR_BODY);
    ErrorKind kind = PASSED_THROUGH.getOrDefault(status, ErrorKind.BAD_GATEWAY);
    String url =
        attempt.url().getScheme()
            + "://"
            + attempt.url().getRawAuthority()
            + (attempt.url().getRawPath() == null ? "" : attempt.url().getRawPath());
    List<ProviderError> errors = List.of(new ProviderError(status, url, raw(body)));
    String message = "The provider answered " + status;
    if (status == 429) {
      return new ApiException(
          kind,
          message,
          errors,
          response
              .header("retry-after")
              .flatMap(value -> RetryAfter.parse(value, Clock.systemUTC().instant()))
              .orElse(null));
    }
    return new ApiException(kind, message, errors);
  }

  private Object raw(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException notJson) {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static boolean canRefresh(ConnectorDefinition connector, LinkedAccountRef account) {
    try {
      return ProviderAccess.canRefresh(connector, account.authenticationConfigKey());
    } catch (ActionExecutionException e) {
      throw new ApiException(ErrorKind.UNPROCESSABLE, e.getMessage());
    }
  }

  private static URI resolve(URI base, String reference) {
    try {
      return base.resolve(reference.trim());
    } catch (IllegalArgumentException e) {
      return URI.create("invalid:");
    }
  }
}
