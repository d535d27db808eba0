package dev.patchbay.actions.unified;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.accounts.client.LinkedAccountRef;
import dev.patchbay.actions.rpc.RpcService;
import dev.patchbay.actions.rpc.RpcService.Outcome;
import dev.patchbay.actions.unified.UnifiedModels.Part;
import dev.patchbay.actions.unified.UnifiedRoute.Operation;
import dev.patchbay.catalogue.ConnectorCatalog;
import dev.patchbay.catalogue.ConnectorCatalog.CatalogAction;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.requestlog.RequestLogEntry;
import dev.patchbay.requestlog.SecretMask;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves a unified route for a linked account: finds the action of the account's connector that
 * serves it (category, {@code entrypointUrl} and {@code entrypointHttpMethod}), runs it through the
 * RPC's execution path ({@link RpcService#execute}: input check, engine, error mapping, step logs)
 * and shapes the contract's answer.
 */
@ApplicationScoped
public class UnifiedService {
  private static final String DEFAULT_CREATED = "Record created successfully";
  private static final String DEFAULT_UPDATED = "Record updated successfully";

  private final RpcService rpc;
  private final ConnectorCatalog catalog;
  private final UnifiedModels models;
  private final ObjectMapper json;

  public UnifiedService(
      RpcService rpc, ConnectorCatalog catalog, UnifiedModels models, ObjectMapper json) {
    this.rpc = rpc;
    this.catalog = catalog;
    this.models = models;
    this.json = json;
  }

  /** An answer and its status. */
  public record Answer(int status, ObjectNode body) {}

  /**
   * @param id the record id of get and update, else null
   * @param body the JSON body of create and update, else null
   */
  public Answer serve(
      RequestLogEntry log,
      String projectId,
      String accountId,
      UnifiedRoute route,
      String id,
      Map<String, List<String>> queryParameters,
      JsonNode body) {
    if (accountId == null || accountId.isBlank()) {
      throw ApiException.badRequest(
          "Header 'x-account-id' is required: the linked account to read or write");
    }
    UnifiedQuery query =
        UnifiedQuery.parse(
            route, models.fields(route.category(), route.resource()), queryParameters);
    ObjectNode requestBody = checkedBody(route, body);
    LinkedAccountRef account = rpc.account(log, projectId, accountId.trim());
    RpcService.requireActive(account);
    CatalogAction action = action(route, account.provider());
    log.action(route.resource(), action.id());
    ObjectNode params = json.createObjectNode();
    ObjectNode path = params.putObject("path");
    ObjectNode inputs = params.putObject("queryParams");
    params.putObject("headers");
    params.set("body", requestBody == null ? json.createObjectNode() : requestBody);
    if (id != null) {
      path.put("id", id);
    }
    if (route.operation() == Operation.LIST) {
      listInputs(route, action, query, inputs);
    }
    PlatformPages.Position position =
        route.operation() == Operation.LIST ? PlatformPages.position(query.next()) : null;
    Outcome outcome =
        rpc.execute(
            log,
            action,
            account,
            params,
            position == null ? null : position.actionCursor(),
            query.proxy());
    ObjectNode answer =
        shape(
            route,
            query,
            position == null
                ? outcome.answer()
                : PlatformPages.page(outcome.answer(), position, query.pageSize()));
    if (query.raw()) {
      answer.set("raw", RawResponses.of(outcome.steps(), SecretMask.of(account.credentials())));
    }
    return new Answer(route.status(), answer);
  }

  /** The action of the account's connector serving {@code route}; 422 when it has none. */
  private CatalogAction action(UnifiedRoute route, String provider) {
    Optional<ConnectorDefinition> connector = catalog.connector(provider);
    return connector
        .flatMap(
            c ->
                ConnectorCatalog.published(c).stream()
                    .filter(route::servedBy)
                    .findFirst()
                    .map(a -> new CatalogAction(c, a)))
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorKind.UNPROCESSABLE,
                    "The " + provider + " connector does not support " + route.describe()));
  }

  private static boolean declares(CatalogAction action, String input) {
    return action.action().inputs().stream().anyMatch(i -> i.name().equals(input));
  }

  /** {@code page_size} and the filters, each an input the action must declare (else 422). */
  private static void listInputs(
      UnifiedRoute route, CatalogAction action, UnifiedQuery query, ObjectNode inputs) {
    if (query.pageSize() != null) {
      inputs.put("page_size", query.pageSize());
    }
    for (Map.Entry<String, String> filter : query.filters().entrySet()) {
      if (!declares(action, filter.getKey())) {
        throw new ApiException(
            ErrorKind.UNPROCESSABLE,
            "The "
                + action.connector().key()
                + " connector cannot filter "
                + route.describe()
                + " by "
                + filter.getKey());
      }
      inputs.put(filter.getKey(), filter.getValue());
    }
  }

  /** The body of create and update, checked against the model: 400 with each problem. */
  private ObjectNode checkedBody(UnifiedRoute route, JsonNode body) {
    Operation operation = route.operation();
    if (operation != Operation.CREATE && operation != Operation.UPDATE) {
      return null;
    }
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("A JSON object body is required");
    }
    Part part = operation == Operation.CREATE ? Part.CREATE : Part.UPDATE;
    List<String> problems = models.problems(route.category(), route.resource(), part, body);
    if (!problems.isEmpty()) {
      throw ApiException.badRequest(
          "Invalid body for " + route.describe() + ": " + String.join("; ", problems),
          Map.of("errors", problems));
    }
    return (ObjectNode) body;
  }

  private ObjectNode shape(UnifiedRoute route, UnifiedQuery query, ObjectNode answer) {
    JsonNode data = answer.path("data");
    ObjectNode out = json.createObjectNode();
    switch (route.operation()) {
      case LIST -> {
        ArrayNode records = out.putArray("data");
        if (data.isArray()) {
          data.forEach(record -> records.add(project(conform(route, record), query.fields())));
        }
        out.set("next", answer.path("next").isTextual() ? answer.get("next") : NullNode.instance);
      }
      case GET -> out.set("data", project(conform(route, data), query.fields()));
      case CREATE, UPDATE -> {
        out.put("statusCode", route.status());
        JsonNode message = answer.path("message");
        out.put(
            "message",
            message.isTextual()
                ? message.textValue()
                : route.operation() == Operation.CREATE ? DEFAULT_CREATED : DEFAULT_UPDATED);
        out.put("timestamp", Timestamps.format(Timestamps.now()));
        ObjectNode created = out.putObject("data");
        JsonNode id = text(data.path("id"));
        created.set("id", id);
        created.set("remote_id", data.has("remote_id") ? text(data.get("remote_id")) : id);
      }
    }
    return out;
  }

  private JsonNode conform(UnifiedRoute route, JsonNode record) {
    return models.conform(route.category(), route.resource(), record);
  }

  /** Ids are strings on the wire, whatever type the provider gave them. */
  private JsonNode text(JsonNode id) {
    return id.isValueNode() && !id.isNull()
        ? json.getNodeFactory().textNode(id.asText())
        : NullNode.instance;
  }

  /** The record with only {@code fields} (all of them when none are named). */
  private JsonNode project(JsonNode record, List<String> fields) {
    if (fields.isEmpty() || !record.isObject()) {
      return record;
    }
    ObjectNode projected = json.createObjectNode();
    for (String field : fields) {
      if (record.has(field)) {
        projected.set(field, record.get(field));
      }
    }
    return projected;
  }
}
