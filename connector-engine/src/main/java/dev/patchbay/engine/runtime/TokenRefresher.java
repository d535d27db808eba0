package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.runtime.auth.RefreshedCredentials;

/**
 * Runs an auth config's {@code refreshAuthentication} action (connector-format.md §3) through the
 * same step runner as any action, in the refresh flow: no inputs, the current credentials, {@code
 * context.flowType: refresh_authentication}. Its {@code result.data} is merged into the credentials
 * ({@link RefreshedCredentials}). Any failure is a 401 whose message holds no secret.
 */
final class TokenRefresher {
  static final String FLOW_TYPE = "refresh_authentication";

  private final StepRunner runner;

  TokenRefresher(StepRunner runner) {
    this.runner = runner;
  }

  static boolean hasRefreshAction(AuthenticationOption auth) {
    return auth != null
        && auth.refreshAuthentication() != null
        && auth.refreshAuthentication().action() != null;
  }

  /**
   * @param actionBlock the block of the execution that needs fresh credentials (read for {@code
   *     credentials}, {@code context} and {@code apiHostUri}; not modified)
   * @return the merged credentials
   */
  JsonNode refresh(
      ConnectorDefinition connector,
      AuthenticationOption auth,
      ObjectNode actionBlock,
      Execution execution,
      Redactor redactor) {
    ActionDefinition action = auth.refreshAuthentication().action();
    JsonNode current = actionBlock.path("credentials");
    ObjectNode block = JsonNodeFactory.instance.objectNode();
    block.putObject("inputs");
    block.set("credentials", current);
    ObjectNode context = block.putObject("context");
    context.put("authenticationType", auth.configKey());
    context.set("environment", actionBlock.path("context").path("environment"));
    context.put("flowType", FLOW_TYPE);
    block.putObject("steps");
    if (actionBlock.has("apiHostUri")) {
      block.set("apiHostUri", actionBlock.get("apiHostUri"));
    }
    String what = "Credentials refresh (" + connector.key() + " " + auth.configKey() + ")";
    StepRunner.Outcome outcome;
    try {
      outcome =
          runner.run(
              connector,
              auth.authorization(),
              action,
              block,
              execution.forRefresh(),
              redactor,
              null);
    } catch (ActionExecutionException failed) {
      throw new ActionExecutionException(
          401, failed.stepId(), redactor.redact(what + " failed: " + failed.getMessage()), failed);
    }
    JsonNode data = outcome.envelope().get("data");
    if (data == null || !data.isObject()) {
      throw new ActionExecutionException(
          401, null, what + " failed: its result.data is not an object of credentials");
    }
    return RefreshedCredentials.merge(
        current, data, execution.clock().instant(), fallbackLifetime(auth));
  }

  /** {@code authorization.tokenExpiresIn} of an oauth2 config, when it is a number of seconds. */
  private static Long fallbackLifetime(AuthenticationOption auth) {
    if (auth.authorization() instanceof Authorization.OAuth2 oauth2) {
      return RefreshedCredentials.seconds(oauth2.tokenExpiresIn()).orElse(null);
    }
    return null;
  }
}
