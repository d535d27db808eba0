package dev.patchbay.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.definition.ConnectorLoader;
import dev.patchbay.engine.definition.DefinitionException;
import dev.patchbay.engine.runtime.ActionExecutionException;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.ActionRequest;
import dev.patchbay.engine.runtime.ActionResult;
import dev.patchbay.engine.runtime.ProviderErrorException;
import dev.patchbay.engine.runtime.log.StepLog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code run}: loads a connector, runs one action against the provider and prints {@code executed
 * successfully} with the result envelope ({@code {data, next?, …}}), or the error's status and
 * message (exit 1). Credentials are never printed: engine messages are already redacted, and {@code
 * --debug} prints step outputs with credential values masked.
 */
final class RunCommand {
  static final String USAGE =
      "run --connector <file|dir> --credentials <json|@file> --action-id <key>_<actionId>\n"
          + "      [--params <json|@file>] [--auth-config <key>] [--environment <env>]\n"
          + "      [--account <json|@file>] [--cursor <next>] [--debug]";
  private static final Set<String> OPTIONS =
      Set.of(
          "connector",
          "credentials",
          "action-id",
          "params",
          "auth-config",
          "environment",
          "account",
          "cursor");
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private final ConnectorLoader loader;
  private final ActionExecutor executor;
  private final PrintStream out;
  private final PrintStream err;

  RunCommand(ConnectorLoader loader, ActionExecutor executor, PrintStream out, PrintStream err) {
    this.loader = loader;
    this.executor = executor;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    Arguments arguments = Arguments.parse(args, OPTIONS, Set.of("debug"));
    if (!arguments.positional().isEmpty()) {
      throw new UsageException("unexpected argument " + arguments.positional().get(0));
    }
    Path connectorPath = Path.of(arguments.required("connector"));
    String actionId = arguments.required("action-id");
    JsonNode credentials =
        arguments
            .option("credentials")
            .map(value -> JsonArgument.read("credentials", value))
            .orElse(null);
    JsonNode params =
        arguments.option("params").map(value -> JsonArgument.read("params", value)).orElse(null);
    Optional<JsonNode> account =
        arguments.option("account").map(value -> JsonArgument.read("account", value));
    String environment =
        arguments
            .option("environment")
            .or(() -> account.map(a -> a.path("environment").asText(null)))
            .orElse("production");

    ConnectorDefinition connector;
    try {
      connector = loader.load(connectorPath);
    } catch (DefinitionException invalid) {
      err.println(connectorPath + ": the connector does not load");
      invalid.problems().forEach(err::println);
      return 1;
    }
    Optional<ActionDefinition> action = action(connector, actionId);
    if (action.isEmpty()) {
      err.println(
          "Unknown action "
              + actionId
              + "; "
              + connector.key()
              + " has: "
              + connector.actions().stream()
                  .map(a -> connector.key() + "_" + a.actionId())
                  .collect(Collectors.joining(", ")));
      return 1;
    }
    ActionRequest request =
        new ActionRequest(
            arguments.option("auth-config").orElse(null),
            environment,
            params,
            credentials,
            arguments.option("cursor").orElse(null),
            null);
    boolean debug = arguments.flag("debug");
    try {
      ActionResult result = executor.execute(connector, action.get(), request);
      if (debug) {
        printStepLogs(result.stepLogs());
      }
      out.println("executed successfully");
      out.println(pretty(result.envelope()));
      return 0;
    } catch (ActionExecutionException failed) {
      if (debug) {
        printStepLogs(failed.stepLogs());
      }
      err.println("error " + failed.statusCode() + ": " + failed.getMessage());
      if (failed instanceof ProviderErrorException provider && provider.providerBody() != null) {
        err.println("provider response (status " + provider.providerStatus() + "):");
        err.println(pretty(provider.providerBody()));
      }
      return 1;
    }
  }

  /** {@code <info.key>_<actionId>} as StackOne names it; the bare action id is also accepted. */
  static Optional<ActionDefinition> action(ConnectorDefinition connector, String actionId) {
    String prefix = connector.key() + "_";
    if (actionId.startsWith(prefix)) {
      Optional<ActionDefinition> prefixed = connector.action(actionId.substring(prefix.length()));
      if (prefixed.isPresent()) {
        return prefixed;
      }
    }
    return connector.action(actionId);
  }

  private static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return String.valueOf(node);
    }
  }

  /**
   * {@code --debug}: each step log (one per provider request, retries and pages included), secrets
   * already masked by the engine, to standard error. Skipped steps have none.
   */
  private void printStepLogs(List<StepLog> logs) {
    for (StepLog log : logs) {
      err.println(
          "step "
              + log.stepId()
              + " ("
              + log.functionName()
              + "): "
              + (log.success() ? "ok" : "failed")
              + (log.statusCode() == null ? "" : ", status " + log.statusCode())
              + ", "
              + log.durationMs()
              + " ms");
      ObjectNode detail = TREE.createObjectNode();
      detail.put("kind", log.kind().name()).put("startedAt", log.startedAt().toString());
      detail.set("request", TREE.valueToTree(log.request()));
      detail.set("response", TREE.valueToTree(log.response()));
      detail.set("mappingErrors", TREE.valueToTree(log.mappingErrors()));
      detail.put("message", log.message());
      err.println(pretty(detail));
    }
  }
}
