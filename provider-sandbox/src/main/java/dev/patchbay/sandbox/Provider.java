package dev.patchbay.sandbox;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated SaaS API. The sandbox mounts it under {@code /<key>/} and also answers for its real
 * hosts: a request to {@code /<host>/<path>} (what {@code SandboxTransport} sends instead of {@code
 * https://<host>/<path>}) reaches the provider's route for {@code /<path>}.
 */
public interface Provider {

  /** Path segment the provider is mounted under, for example {@code bamboohr}. No dots. */
  String key();

  /** Hosts of the real API. {@code *.workable.com} matches any subdomain. */
  List<String> hosts();

  /** Credentials a demo account uses: the keys of the connector's {@code configFields}. */
  Map<String, String> demoCredentials();

  /** Adds the provider's routes, relative to the root of its host. */
  void mount(Router router);

  /** Answers an error the way the provider's API does. */
  void error(RoutingContext ctx, int status, String message);

  /** Drops every change made through the API and seeds the data again. */
  void reset();

  /** The provider's authorization server, when it uses OAuth 2.0. */
  default Optional<OAuthServer> oauth() {
    return Optional.empty();
  }
}
