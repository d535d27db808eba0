package dev.patchbay.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** proxy-service's settings (beside the shared platform, catalogue and linked-account ones). */
@ConfigMapping(prefix = "patchbay.proxy")
public interface ProxyConfig {

  /** How long one proxied exchange may take, the provider's whole response body included. */
  @WithDefault("30s")
  Duration timeout();

  /** How long connecting to the provider may take. */
  @WithDefault("5s")
  Duration connectTimeout();

  /** A provider response body larger than this is refused (502) or, once streaming, cut off. */
  @WithDefault("104857600")
  long maxResponseBytes();

  /** Connections kept open to providers, per provider address. */
  @WithDefault("50")
  int maxConnectionsPerProvider();
}
