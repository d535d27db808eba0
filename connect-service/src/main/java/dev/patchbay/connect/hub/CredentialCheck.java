package dev.patchbay.connect.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.patchbay.common.egress.EgressPolicy;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.connect.ConnectConfig;
import dev.patchbay.engine.definition.ActionDefinition;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.AuthenticationOption.TestAction;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.expression.ExpressionEngine;
import dev.patchbay.engine.runtime.ActionExecutionException;
import dev.patchbay.engine.runtime.ActionExecutor;
import dev.patchbay.engine.runtime.ActionRequest;
import dev.patchbay.engine.runtime.HttpTransport;
import dev.patchbay.engine.runtime.JdkHttpTransport;
import dev.patchbay.engine.runtime.ProviderErrorException;
import dev.patchbay.engine.runtime.SandboxTransport;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Runs an auth option's {@code testActions} with credentials an end user typed, before they are
 * accepted: a failing {@code required} test rejects them (connector-format.md §3). Provider calls
 * go to public addresses only, or all to the provider-sandbox when {@code patchbay.sandbox.url} is
 * set (development and tests only).
 */
@Startup
@ApplicationScoped
public class CredentialCheck {
  private static final Logger LOG = Logger.getLogger(CredentialCheck.class);

  private final ActionExecutor executor;
  private final String apiHostUri;

  public CredentialCheck(ConnectConfig config) {
    this.executor = new ActionExecutor(new ExpressionEngine(Clock.systemUTC()), transport(config));
    this.apiHostUri = config.connect().publicUrl().toString();
  }

  /** Throws a 400 naming the provider and its answer, never the credentials, when one fails. */
  public void verify(
      ConnectorDefinition connector, AuthenticationOption option, JsonNode credentials) {
    for (TestAction test : option.testActions()) {
      String failure = run(connector, option, test.action(), credentials);
      if (failure == null) {
        continue;
      }
      if (test.required()) {
        throw new ApiException(
            ErrorKind.BAD_REQUEST,
            connector.info().title() + " did not accept these credentials: " + failure);
      }
      LOG.infof("optional test %s of %s failed: %s", test.action(), connector.key(), failure);
    }
  }

  /** Why the test action failed, or {@code null} when it succeeded. */
  private String run(
      ConnectorDefinition connector,
      AuthenticationOption option,
      String actionId,
      JsonNode credentials) {
    ActionDefinition action = connector.action(actionId).orElse(null);
    if (action == null) {
      LOG.errorf("connector %s names an unknown test action %s", connector.key(), actionId);
      return "its check cannot run";
    }
    ActionRequest request =
        new ActionRequest(
            option.configKey(),
            null,
            JsonNodeFactory.instance.objectNode(),
            credentials,
            null,
            apiHostUri);
    try {
      executor.execute(connector, action, request);
      return null;
    } catch (ProviderErrorException refused) {
      return "it answered HTTP " + refused.providerStatus();
    } catch (ActionExecutionException failed) {
      return "the check failed with HTTP " + failed.statusCode();
    } catch (RuntimeException broken) {
      LOG.errorf("test action %s of %s failed: %s", actionId, connector.key(), broken.getClass());
      return "its check could not run";
    }
  }

  /**
   * The transport of connect-service's provider calls: public addresses only, or all to the
   * provider-sandbox when {@code patchbay.sandbox.url} is set.
   */
  public static HttpTransport transport(ConnectConfig config) {
    HttpTransport http = new JdkHttpTransport(config.connect().providerTimeout());
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
