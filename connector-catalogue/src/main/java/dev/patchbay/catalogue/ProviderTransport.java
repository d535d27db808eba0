package dev.patchbay.catalogue;

import dev.patchbay.common.egress.EgressPolicy;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.engine.runtime.HttpTransport;
import dev.patchbay.engine.runtime.JdkHttpTransport;
import dev.patchbay.engine.runtime.SandboxTransport;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The transport the connector engine's provider calls take in a service: to public addresses and
 * the private ranges an operator allowed ({@code patchbay.providers.allow-private}), or, when
 * {@code patchbay.sandbox.url} is set (development and tests only), all to the provider-sandbox
 * through {@link SandboxTransport}.
 */
public final class ProviderTransport {
  private static final Logger LOG = Logger.getLogger(ProviderTransport.class);

  private ProviderTransport() {}

  public static HttpTransport create(CatalogueConfig config, Duration timeout) {
    HttpTransport http = new JdkHttpTransport(timeout);
    if (config.sandbox().url().isPresent()) {
      LOG.warnf(
          "PATCHBAY_SANDBOX_URL is set: every provider call goes to the provider-sandbox at %s"
              + " (development and tests only)",
          config.sandbox().url().get());
      return new SandboxTransport(config.sandbox().url().get(), http);
    }
    EgressPolicy egress = new EgressPolicy(config.providers().allowPrivate().orElse(List.of()));
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
