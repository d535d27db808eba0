package dev.patchbay.connect.hubapi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CORS for the {@code /hub} API, which {@code @stackone/hub} calls from the customer's page on
 * another origin with custom headers (so every call is preflighted): every preflight under {@code
 * /hub} is answered, and every response, errors and 401s included, allows an allowed origin, or the
 * browser would hide the error body from the Hub. Which origins are allowed is {@link HubOrigins}'
 * call; the API takes no cookies, only the token header, so credentials are never allowed.
 */
public class HubCors {
  static final String PREFIX = "/hub";
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

  private final HubOrigins origins;
  private final HubCaller caller;

  public HubCors(HubOrigins origins, HubCaller caller) {
    this.origins = origins;
    this.caller = caller;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> preflight(ContainerRequestContext request) {
    if (!isHub(request) || !isPreflight(request)) {
      return Optional.empty();
    }
    Response.ResponseBuilder answer =
        Response.noContent()
            .header("Access-Control-Allow-Methods", "GET,POST,PATCH,DELETE")
            .header(
                "Access-Control-Allow-Headers", "content-type,x-hub-session-token,x-hub-version")
            .header("Access-Control-Max-Age", "600")
            .header("Vary", "Origin");
    origins
        .allowPreflight(request.getHeaderString("Origin"))
        .ifPresent(origin -> answer.header(ALLOW_ORIGIN, origin));
    return Optional.of(answer.build());
  }

  @ServerResponseFilter
  public void allowOrigin(ContainerRequestContext request, ContainerResponseContext response) {
    if (!isHub(request) || isPreflight(request)) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.add("Vary", "Origin");
    origins
        .allowOrigin(request.getHeaderString("Origin"), caller.projectId())
        .ifPresentOrElse(
            origin -> headers.putSingle(ALLOW_ORIGIN, origin), () -> headers.remove(ALLOW_ORIGIN));
  }

  private static boolean isPreflight(ContainerRequestContext request) {
    return "OPTIONS".equals(request.getMethod());
  }

  private static boolean isHub(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }
}
