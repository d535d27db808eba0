package dev.patchbay.actions.rpc;

import dev.patchbay.actions.ActionsConfig;
import dev.patchbay.common.egress.EgressPolicy;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.ActionRequest;
import dev.patchbay.engine.runtime.ActionResult;
import dev.patchbay.engine.runtime.HttpTransport;
import dev.patchbay.engine.runtime.JdkHttpTransport;
import dev.patchbay.engine.runtime.SandboxTransport;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * The connector engine as this service runs it: one thread-safe {@link ActionExecutor} whose
 * provider calls go out through {@link JdkHttpTransport}, to public addresses only ({@link
 * EgressPolicy}), or, when {@code patchbay.sandbox.url} is set (development and tests only), all to
 * the provider-sandbox through {@link SandboxTransport}. Built at start, so a sandbox warning shows
 * in the start-up log.
 */
@Startup
@ApplicationScoped
public class ActionRunner {
  private static final Logger LOG = Logger.getLogger(ActionRunner.class);

  private final ActionExecutor executor;

  @Inject
  public ActionRunner(ActionsConfig config) {
    this(
        new ActionExecutor(
            new ExpressionEngine(Clock.systemUTC()),
            transport(config),
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

  private static HttpTransport transport(ActionsConfig config) {
    HttpTransport http = new JdkHttpTransport(config.actions().providerTimeout());
    if (config.sandbox().url().isPresent()) {
      LOG.warnf(
          "PATCHBAY_SANDBOX_URL is set: every provider call goes to the provider-sandbox at %s"
              + " (development and tests only)",
          config.sandbox().url().get());
      return new SandboxTransport(config.sandbox().url().get(), http);
    }
    EgressPolicy egress = new EgressPolicy(false);
    return request -> {
      try {
        egress.check("provider URL", request.uri().toString());
      } catch (ApiException refused) {
        throw new IOException(refused.getMessage());
      }
      return http.send(request);
    };
  }
}
