package dev.patchbay.connect.hubapi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CORS for the {@code /hub} API, which {@code @stackone/hub} calls from the customer's page on
 * another origin with custom headers (so every call is preflighted): every preflight is answered,
 * and every response, errors included, allows the origin, or the browser would hide the error body
 * from the Hub. The API is authenticated by a header only (no cookies), so any origin may call it.
 */
public class HubCors {
  static final String PREFIX = "/hub";

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> preflight(ContainerRequestContext request) {
    if (!isHub(request.getUriInfo().getPath()) || !"OPTIONS".equals(request.getMethod())) {
      return Optional.empty();
    }
    return Optional.of(
        Response.noContent()
            .header("Access-Control-Allow-Origin", "*")
            .header("Access-Control-Allow-Methods", "GET,POST,PATCH,DELETE")
            .header(
                "Access-Control-Allow-Headers", "content-type,x-hub-session-token,x-hub-version")
            .header("Access-Control-Max-Age", "600")
            .build());
  }

  @ServerResponseFilter
  public void allowOrigin(ContainerRequestContext request, ContainerResponseContext response) {
    if (isHub(request.getUriInfo().getPath())) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
    }
  }

  private static boolean isHub(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }
}
