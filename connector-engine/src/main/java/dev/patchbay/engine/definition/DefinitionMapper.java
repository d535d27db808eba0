package dev.patchbay.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition.InputDefinition;
import dev.patchbay.engine.definition.ActionDefinition.StepDefinition;
import dev.patchbay.engine.definition.ActionDefinition.StepFunction;
import dev.patchbay.engine.definition.AuthenticationOption.Environment;
import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;
import dev.patchbay.engine.definition.AuthenticationOption.RefreshAuthentication;
import dev.patchbay.engine.definition.AuthenticationOption.Support;
import dev.patchbay.engine.definition.AuthenticationOption.TestAction;
import dev.patchbay.engine.definition.ConnectorDefinition.ConnectorInfo;
import dev.patchbay.engine.definition.ConnectorDefinition.RateLimit;
import dev.patchbay.engine.definition.ConnectorDefinition.ScopeDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a schema-valid document into the typed model. Keys the model does not name go to each
 * record's extra.
 */
final class DefinitionMapper {

  /**
   * The step functions whose v2 takes its {@code fields} from the action's {@code fieldConfigs}
   * when it has none.
   */
  private static final Set<String> FIELD_CONFIG_FUNCTIONS = Set.of("map_fields", "typecast");

  private final LocatedDocument document;

  private DefinitionMapper(LocatedDocument document) {
    this.document = document;
  }

  static ConnectorDefinition map(LocatedDocument document) {
    return new DefinitionMapper(document).connector();
  }

  private ConnectorDefinition connector() {
    Fields root = Fields.of(document.root(), List.of());
    String formatVersion = root.text("StackOne");
    ConnectorInfo info = info(root.node("info"), root.path("info"));
    String baseUrl = root.text("baseUrl");
    List<AuthenticationOption> authentication = new ArrayList<>();
    List<JsonNode> entries = root.items("authentication");
    for (int i = 0; i < entries.size(); i++) {
      for (Map.Entry<String, JsonNode> option : Fields.entries(entries.get(i)).entrySet()) {
        authentication.add(
            authenticationOption(
                option.getKey(),
                option.getValue(),
                root.path("authentication", i, option.getKey())));
      }
    }
    List<ActionDefinition> actions = new ArrayList<>();
    List<JsonNode> actionNodes = root.items("actions");
    for (int i = 0; i < actionNodes.size(); i++) {
      actions.add(action(actionNodes.get(i), root.path("actions", i)));
    }
    RateLimit rateLimit = rateLimit(root.node("rateLimit"), root.path("rateLimit"));
    String resources = root.textOrLines("resources");
    String context = root.textOrLines("context");
    String releaseStage = root.text("releaseStage");
    String schemaType = root.text("schemaType");
    Map<String, ScopeDefinition> scopes = new LinkedHashMap<>();
    root.map("scopeDefinitions")
        .forEach(
            (scope, definition) -> {
              Fields fields = Fields.of(definition, root.path("scopeDefinitions", scope));
              scopes.put(
                  scope,
                  new ScopeDefinition(
                      fields.text("description"), fields.strings("includes"), fields.extra()));
            });
    return new ConnectorDefinition(
        document.locate(List.of()),
        formatVersion,
        info,
        baseUrl,
        List.copyOf(authentication),
        List.copyOf(actions),
        rateLimit,
        resources != null ? resources : context,
        releaseStage,
        schemaType,
        Collections.unmodifiableMap(scopes),
        root.extra());
  }

  private static ConnectorInfo info(JsonNode node, List<Object> path) {
    Fields info = Fields.of(node, path);
    return new ConnectorInfo(
        info.text("title"),
        info.text("key"),
        info.text("version"),
        info.text("description"),
        info.map("assets"),
        info.extra());
  }

  private static RateLimit rateLimit(JsonNode node, List<Object> path) {
    if (node == null) {
      return null;
    }
    Fields limit = Fields.of(node, path);
    JsonNode perSecond = limit.node("mainRatelimit");
    JsonNode concurrency = limit.node("concurrency");
    return new RateLimit(
        perSecond != null && perSecond.isNumber() ? perSecond.doubleValue() : null,
        concurrency != null && concurrency.canConvertToInt() ? concurrency.intValue() : null,
        limit.extra());
  }

  private AuthenticationOption authenticationOption(
      String configKey, JsonNode node, List<Object> path) {
    Fields auth = Fields.of(node, path);
    JsonNode supportNode = auth.node("support");
    Support support = null;
    if (supportNode != null) {
      Fields fields = Fields.of(supportNode, auth.path("support"));
      support = new Support(fields.text("link"), fields.text("description"), fields.extra());
    }
    List<TestAction> testActions = new ArrayList<>();
    for (JsonNode test : auth.items("testActions")) {
      Fields fields = Fields.of(test, path);
      testActions.add(
          new TestAction(fields.text("action"), fields.bool("required", false), fields.extra()));
    }
    // The older form names the actions only; nothing says whether they were optional, so they count
    // as required.
    for (String actionId : auth.strings("testActionsIds")) {
      testActions.add(new TestAction(actionId, true, Map.of()));
    }
    List<Environment> environments = new ArrayList<>();
    for (JsonNode environment : auth.items("environments")) {
      Fields fields = Fields.of(environment, path);
      environments.add(new Environment(fields.text("key"), fields.text("name"), fields.extra()));
    }
    JsonNode authorization = auth.node("authorization");
    return new AuthenticationOption(
        configKey,
        auth.text("type"),
        auth.text("label"),
        support,
        auth.text("grantType"),
        fieldDescriptors(auth, "setupFields"),
        fieldDescriptors(auth, "configFields"),
        authorization == null ? null : authorization(authorization),
        refreshAuthentication(
            auth.node("refreshAuthentication"), auth.path("refreshAuthentication")),
        List.copyOf(environments),
        List.copyOf(testActions),
        document.locate(path),
        auth.extra());
  }

  private static List<FieldDescriptor> fieldDescriptors(Fields auth, String key) {
    List<FieldDescriptor> descriptors = new ArrayList<>();
    for (JsonNode node : auth.items(key)) {
      Fields field = Fields.of(node, auth.path(key));
      descriptors.add(
          new FieldDescriptor(
              field.text("key"),
              field.text("label"),
              field.text("type"),
              field.bool("required", false),
              field.bool("secret", false),
              field.text("placeholder"),
              field.text("description"),
              field.text("tooltip"),
              field.extra()));
    }
    return List.copyOf(descriptors);
  }

  /**
   * Reads an {@code authorization} block. Steps carry the same block in their parameters, so the
   * request step can read it here too.
   */
  static Authorization authorization(JsonNode node) {
    Fields auth = Fields.of(node, List.of());
    String type = auth.text("type");
    return switch (type == null ? "" : type) {
      case "none" -> new Authorization.None(auth.extra());
      case "basic" ->
          new Authorization.Basic(
              auth.text("username"), auth.text("password"), auth.text("encoding"), auth.extra());
      case "bearer" ->
          new Authorization.Bearer(
              auth.text("token"), auth.bool("includeBearer", true), auth.extra());
      case "oauth2" ->
          new Authorization.OAuth2(
              auth.text("token"),
              auth.bool("includeBearer", true),
              auth.text("authorizationUrl"),
              auth.map("authorizationParams"),
              auth.text("tokenUrl"),
              auth.node("tokenExpiresIn"),
              auth.node("tokenRefreshExpiresIn"),
              auth.map("customHeaders"),
              auth.extra());
      case "apiKey" ->
          new Authorization.ApiKey(
              auth.text("key"),
              auth.text("value"),
              textOr(auth.text("in"), "header"),
              auth.extra());
      default -> throw new IllegalArgumentException("unknown authorization type '" + type + "'");
    };
  }

  private RefreshAuthentication refreshAuthentication(JsonNode node, List<Object> path) {
    if (node == null) {
      return null;
    }
    Fields refresh = Fields.of(node, path);
    String schedule = refresh.text("schedule");
    JsonNode action = refresh.node("action");
    if (action == null && refresh.node("steps") != null) {
      // The documented but unused form: the steps sit directly in refreshAuthentication.
      return new RefreshAuthentication(schedule, action(node, path), Map.of());
    }
    return new RefreshAuthentication(
        schedule, action == null ? null : action(action, refresh.path("action")), refresh.extra());
  }

  private ActionDefinition action(JsonNode node, List<Object> path) {
    Fields action = Fields.of(node, path);
    List<JsonNode> fieldConfigs = action.items("fieldConfigs");
    List<StepDefinition> steps = new ArrayList<>();
    List<JsonNode> stepNodes = action.items("steps");
    for (int i = 0; i < stepNodes.size(); i++) {
      steps.add(step(stepNodes.get(i), action.path("steps", i), fieldConfigs));
    }
    return new ActionDefinition(
        action.text("actionId"),
        action.text("label"),
        action.text("description"),
        action.text("details"),
        action.strings("categories"),
        action.text("actionType"),
        inputs(action, "inputs"),
        List.copyOf(steps),
        action.node("result"),
        action.text("entrypointUrl"),
        action.text("entrypointHttpMethod"),
        action.object("cursor"),
        fieldConfigs,
        action.textOrLines("resources"),
        action.strings("tags"),
        action.text("schema"),
        action.text("schemaType"),
        action.text("releaseStage"),
        action.bool("published", true),
        action.strings("requiredScopes"),
        document.locate(path),
        action.extra());
  }

  private static List<InputDefinition> inputs(Fields owner, String key) {
    List<InputDefinition> inputs = new ArrayList<>();
    List<JsonNode> nodes = owner.items(key);
    for (int i = 0; i < nodes.size(); i++) {
      Fields input = Fields.of(nodes.get(i), owner.path(key, i));
      JsonNode oneOf = input.node("oneOf");
      List<JsonNode> values = Fields.of(oneOf, input.path("oneOf")).items("values");
      inputs.add(
          new InputDefinition(
              input.text("name"),
              input.text("type"),
              input.text("in"),
              input.bool("required", false),
              input.text("description"),
              input.bool("array", false),
              inputs(input, "properties"),
              values,
              input.extra()));
    }
    return List.copyOf(inputs);
  }

  private StepDefinition step(JsonNode node, List<Object> path, List<JsonNode> fieldConfigs) {
    Fields step = Fields.of(node, path);
    Fields function = Fields.of(step.node("stepFunction"), step.path("stepFunction"));
    String functionName = function.text("functionName");
    String version = textOr(function.text("version"), "1");
    ObjectNode parameters = function.object("parameters");
    parameters = parameters == null ? JsonNodeFactory.instance.objectNode() : parameters;
    if (FIELD_CONFIG_FUNCTIONS.contains(functionName)
        && version.equals("2")
        && !parameters.has("fields")
        && !fieldConfigs.isEmpty()) {
      ArrayNode fields = parameters.putArray("fields");
      fieldConfigs.forEach(field -> fields.add(field.deepCopy()));
    }
    return new StepDefinition(
        step.text("stepId"),
        step.text("description"),
        new StepFunction(functionName, version, parameters, function.extra()),
        document.locate(path),
        step.extra());
  }

  private static String textOr(String text, String absent) {
    return text == null ? absent : text;
  }
}
