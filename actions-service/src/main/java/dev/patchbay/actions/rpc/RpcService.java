package dev.patchbay.actions.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.accounts.client.AccountCredentialsPort;
import dev.patchbay.accounts.client.AccountDirectory;
import dev.patchbay.accounts.client.CredentialsRefresher;
import dev.patchbay.accounts.client.LinkedAccountRef;
import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.catalogue.ConnectorCatalog.CatalogAction;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.common.error.ProviderError;
import dev.patchbay.engine.runtime.ActionExecutionException;
import dev.patchbay.engine.runtime.ActionRequest;
import dev.patchbay.engine.runtime.ActionResult;
import dev.patchbay.engine.runtime.ProviderErrorException;
import dev.patchbay.engine.runtime.log.StepLog;
import dev.patchbay.requestlog.RequestLogEntry;
import dev.patchbay.requestlog.SecretMask;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Runs one RPC: finds the action and the caller's account, checks that they fit and that the
 * parameters are valid, runs the action with the engine, and turns every outcome into the
 * contract's answer: {@code {data, next}} or the error body. It fills in the request log as it
 * goes.
 */
@ApplicationScoped
public class RpcService {
  private static final Logger LOG = Logger.getLogger(RpcService.class);
  private static final List<String> GROUPS = List.of("path", "query", "headers", "body");

  /** Provider statuses that mean something to the caller and pass through; others are a 502. */
  private static final Map<Integer, ErrorKind> PASSED_THROUGH =
      Map.of(
          400, ErrorKind.BAD_REQUEST,
          404, ErrorKind.NOT_FOUND,
          409, ErrorKind.CONFLICT,
          422, ErrorKind.UNPROCESSABLE,
          429, ErrorKind.TOO_MANY_REQUESTS);

  private final ConnectorCatalog catalog;
  private final AccountDirectory accounts;
  private final InputCheck inputs;
  private final ActionRunner runner;
  private final CredentialsRefresher refresher;
  private final ObjectMapper json;

  public RpcService(
      ConnectorCatalog catalog,
      AccountDirectory accounts,
      InputCheck inputs,
      ActionRunner runner,
      CredentialsRefresher refresher,
      ObjectMapper json) {
    this.catalog = catalog;
    this.accounts = accounts;
    this.inputs = inputs;
    this.runner = runner;
    this.refresher = refresher;
    this.json = json;
  }

  public ObjectNode run(RequestLogEntry log, String projectId, String accountId, RpcRequest rpc) {
    if (rpc == null) {
      throw ApiException.badRequest("A JSON body with 'action' is required");
    }
    if (rpc.action() == null || rpc.action().isBlank()) {
      throw ApiException.badRequest("Field 'action' is required");
    }
    ObjectNode params = parameters(rpc);
    if (accountId == null || accountId.isBlank()) {
      throw ApiException.badRequest(
          "Header 'x-account-id' is required: the linked account to run the action for");
    }
    CatalogAction action =
        catalog.action(rpc.action()).orElseThrow(() -> ApiException.notFound("Action"));
    log.action(action.action().schema(), action.id());
    LinkedAccountRef account = account(log, projectId, accountId);
    if (!action.connector().key().equals(account.provider())) {
      throw ApiException.badRequest(
          "Action "
              + action.id()
              + " belongs to connector "
              + action.connector().key()
              + "; the account is linked to "
              + account.provider());
    }
    requireActive(account);
    return execute(log, action, account, params, cursor(rpc), Map.of()).answer();
  }

  /**
   * The caller's linked account, into the request log: 404 when it is unknown or another project's.
   */
  public LinkedAccountRef account(RequestLogEntry log, String projectId, String accountId) {
    LinkedAccountRef account =
        accounts.find(projectId, accountId).orElseThrow(() -> ApiException.notFound("Account"));
    log.account(account.accountId(), account.provider(), account.credentials());
    return account;
  }

  /** Actions run only on active accounts: 412 otherwise. */
  public static void requireActive(LinkedAccountRef account) {
    if (!account.active()) {
      throw new ApiException(
          ErrorKind.PRECONDITION_FAILED,
          "The account is " + account.status() + ": actions run only on active accounts");
    }
  }

  /** What a run gave: the contract's answer and the engine's step logs (secrets masked). */
  public record Outcome(ObjectNode answer, List<StepLog> steps) {}

  /**
   * Runs {@code action} for {@code account}, which the caller found and checked: the parameters
   * ({@code {path, queryParams, headers, body}}) are checked against the action's inputs, the steps
   * go into the request log, and a failure becomes the contract's error.
   *
   * @param cursor the {@code next} of a previous page; null for the first
   * @param providerQuery query parameters for every provider request (the unified {@code proxy[k]})
   */
  public Outcome execute(
      RequestLogEntry log,
      CatalogAction action,
      LinkedAccountRef account,
      ObjectNode params,
      String cursor,
      Map<String, String> providerQuery) {
    ObjectNode checked = inputs.check(action, params);
    ActionRequest request =
        new ActionRequest(
            account.authenticationConfigKey(),
            account.environment(),
            checked,
            new AccountCredentialsPort(account, refresher),
            cursor,
            null,
            providerQuery);
    SecretMask mask = SecretMask.of(account.credentials());
    ActionResult result;
    try {
      result = runner.run(action.connector(), action.action(), request);
    } catch (ProviderErrorException failed) {
      logSteps(log, action, failed.stepLogs());
      throw providerFailure(failed, mask);
    } catch (ActionExecutionException failed) {
      logSteps(log, action, failed.stepLogs());
      throw actionFailure(action, failed, mask);
    }
    logSteps(log, action, result.stepLogs());
    return new Outcome(answer(result), result.stepLogs());
  }

  /** The contract's {@code {data, next}}, plus any other key of the action's result. */
  private ObjectNode answer(ActionResult result) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    JsonNode data = result.envelope().get("data");
    out.set("data", data == null ? NullNode.getInstance() : clean(data));
    out.set(
        "next",
        result
            .next()
            .<JsonNode>map(json.getNodeFactory()::textNode)
            .orElse(NullNode.getInstance()));
    result
        .envelope()
        .fields()
        .forEachRemaining(
            field -> {
              if (!out.has(field.getKey()) && !field.getValue().isMissingNode()) {
                out.set(field.getKey(), clean(field.getValue()));
              }
            });
    return out;
  }

  /** JS {@code undefined} (a missing node) is dropped from objects and is null in arrays. */
  private static JsonNode clean(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields()
          .forEachRemaining(
              f -> {
                if (!f.getValue().isMissingNode()) {
                  copy.set(f.getKey(), clean(f.getValue()));
                }
              });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> copy.add(e.isMissingNode() ? NullNode.getInstance() : clean(e)));
      return copy;
    }
    return node;
  }

  private ObjectNode parameters(RpcRequest rpc) {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    JsonNode[] groups = {rpc.path(), rpc.query(), rpc.headers(), rpc.body()};
    String[] engineNames = {"path", "queryParams", "headers", "body"};
    for (int i = 0; i < groups.length; i++) {
      JsonNode group = groups[i];
      if (group == null || group.isNull()) {
        params.putObject(engineNames[i]);
      } else if (group.isObject()) {
        params.set(engineNames[i], group);
      } else {
        throw ApiException.badRequest(
            "Invalid value for field '" + GROUPS.get(i) + "': expected an object");
      }
    }
    return params;
  }

  /** {@code query.next}: the {@code next} of the previous page, to resume a paginated action. */
  private static String cursor(RpcRequest rpc) {
    JsonNode next = rpc.query() == null ? null : rpc.query().get("next");
    return next != null && next.isTextual() && !next.textValue().isBlank()
        ? next.textValue()
        : null;
  }

  private static ApiException providerFailure(ProviderErrorException failed, SecretMask mask) {
    ErrorKind kind = PASSED_THROUGH.getOrDefault(failed.statusCode(), ErrorKind.BAD_GATEWAY);
    String message = mask.mask(failed.getMessage());
    // the failed request is the last one the engine logged
    String url =
        failed.stepLogs().stream()
            .filter(step -> step.request() != null)
            .reduce((first, second) -> second)
            .map(step -> step.request().url().replaceAll("[?#].*$", ""))
            .orElse(null);
    JsonNode raw = mask.mask(failed.providerBody());
    return new ApiException(
        kind,
        "The provider failed: " + message,
        List.of(new ProviderError(failed.providerStatus(), url, raw)),
        failed.retryAfter().orElse(null));
  }

  private static ApiException actionFailure(
      CatalogAction action, ActionExecutionException failed, SecretMask mask) {
    String message = mask.mask(failed.getMessage());
    return switch (failed.statusCode()) {
      case 400 -> ApiException.badRequest(message);
      case 404 -> ApiException.notFound("Action");
      case 408 -> new ApiException(ErrorKind.REQUEST_TIMEOUT, message);
      case 429 ->
          new ApiException(
              ErrorKind.TOO_MANY_REQUESTS, message, List.of(), failed.retryAfter().orElse(null));
      case 502 ->
          new ApiException(ErrorKind.BAD_GATEWAY, "The provider could not be reached: " + message);
      case 503 -> new ApiException(ErrorKind.UNAVAILABLE, message);
      default -> {
        LOG.warnf("action %s failed in the connector: %s", action.id(), message);
        yield new ApiException(ErrorKind.INTERNAL, "The connector failed: " + message);
      }
    };
  }

  /**
   * The engine's step logs (one per provider request, refresh step or data step; secrets already
   * masked and bodies cut by the engine) into the request log.
   */
  private void logSteps(RequestLogEntry log, CatalogAction action, List<StepLog> steps) {
    for (StepLog step : steps) {
      String version =
          action.action().steps().stream()
              .filter(defined -> defined.stepId().equals(step.stepId()))
              .map(defined -> defined.stepFunction().version())
              .findFirst()
              .orElse("1");
      log.step(
          new RequestLogEntry.Step(
              step.stepId(),
              step.functionName(),
              version,
              step.success(),
              step.statusCode(),
              step.durationMs(),
              step.message(),
              step.kind().name().toLowerCase(java.util.Locale.ROOT),
              step.request() == null ? null : json.valueToTree(step.request()),
              step.response() == null ? null : json.valueToTree(step.response())));
    }
  }
}
