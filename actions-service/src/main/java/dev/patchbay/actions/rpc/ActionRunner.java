package dev.patchbay.actions.rpc;

import dev.patchbay.actions.ActionsConfig;
import dev.patchbay.catalogue.CatalogueConfig;
import dev.patchbay.catalogue.ProviderTransport;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.ActionRequest;
import dev.patchbay.engine.runtime.ActionResult;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The connector engine as this service runs it: one thread-safe {@link ActionExecutor} whose
 * provider calls take the {@link ProviderTransport} (public addresses only, or the provider-sandbox
 * in development and tests). Built at start, so a sandbox warning shows in the start-up log.
 */
@Startup
@ApplicationScoped
public class ActionRunner {
  private final ActionExecutor executor;

  @Inject
  public ActionRunner(ActionsConfig config, CatalogueConfig catalogue) {
    this(
        new ActionExecutor(
            new ExpressionEngine(Clock.systemUTC()),
            ProviderTransport.create(catalogue, config.actions().providerTimeout()),
            config.actions().maxPages()));
  }

  /** For tests that stand in for the engine. */
  protected ActionRunner(ActionExecutor executor) {
    this.executor = executor;
  }

  public ActionResult run(
      ConnectorDefinition connector, ActionDefinition action, ActionRequest request) {
    return executor.execute(connector, action, request);
  }
}
