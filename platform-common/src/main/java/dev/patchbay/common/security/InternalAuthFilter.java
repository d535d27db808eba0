package dev.patchbay.common.security;

import dev.patchbay.common.config.PlatformConfig;
import dev.patchbay.common.error.ErrorMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards service-to-service endpoints under {@code /internal/}: they need the shared internal
 * token. The edge router and the Ingress never route this prefix.
 */
public class InternalAuthFilter {
  public static final String HEADER = "X-Patchbay-Internal-Token";
  public static final String PREFIX = "/internal/";

  private final PlatformConfig config;

  public InternalAuthFilter(PlatformConfig config) {
    this.config = config;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> guard(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith(PREFIX)) {
      return Optional.empty();
    }
    String token = request.getHeaderString(HEADER);
    if (token != null && ApiKeys.sameSecret(token, config.internalToken())) {
      return Optional.empty();
    }
    return Optional.of(ErrorMapper.respond(401, "Missing or invalid internal token"));
  }
}
