package dev.patchbay.actions.mcp;

import dev.patchbay.actions.ActionsConfig;
import dev.patchbay.common.error.ErrorMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The transport rules of every {@code /mcp} request, before it reaches {@link McpResource}: DNS
 * rebinding protection (a {@code Host} or {@code Origin} naming a host not in {@code
 * patchbay.mcp.allowed-hosts} is a 403), an unsupported {@code MCP-Protocol-Version} is a 400, a
 * POST whose client takes neither JSON nor an event stream is a 406, and in stateless mode only
 * POST is served (405).
 */
public class McpRequestFilter {
  static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";

  private final List<String> allowedHosts;
  private final boolean stateless;

  public McpRequestFilter(ActionsConfig config) {
    this.allowedHosts =
        config.mcp().allowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    this.stateless = config.mcp().stateless();
  }

  @ServerRequestFilter
  public Optional<Response> check(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.equals("/mcp") && !path.startsWith("/mcp/")) {
      return Optional.empty();
    }
    String origin = request.getHeaderString("Origin");
    if (origin != null && !allowed(originHost(origin))) {
      return Optional.of(ErrorMapper.respond(403, "Origin not allowed: " + origin));
    }
    String host = request.getHeaderString(HttpHeaders.HOST);
    if (host != null && !allowed(hostName(host))) {
      return Optional.of(ErrorMapper.respond(403, "Host not allowed: " + host));
    }
    String version = request.getHeaderString(PROTOCOL_VERSION_HEADER);
    if (version != null && !ProtocolVersions.supported(version)) {
      return Optional.of(
          ErrorMapper.respond(
              400,
              "Unsupported MCP-Protocol-Version: "
                  + version
                  + " (supported: "
                  + String.join(", ", ProtocolVersions.SUPPORTED)
                  + ")"));
    }
    if ("POST".equals(request.getMethod()) && !acceptsJsonOrEvents(request)) {
      return Optional.of(
          ErrorMapper.respond(406, "The client must accept application/json or text/event-stream"));
    }
    if (stateless && !"POST".equals(request.getMethod())) {
      return Optional.of(
          Response.fromResponse(
                  ErrorMapper.respond(
                      405, "This server is stateless: it has no sessions and no GET stream"))
              .header(HttpHeaders.ALLOW, "POST")
              .build());
    }
    return Optional.empty();
  }

  private static boolean acceptsJsonOrEvents(ContainerRequestContext request) {
    return request.getAcceptableMediaTypes().stream()
        .anyMatch(
            type ->
                type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    || type.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE));
  }

  private boolean allowed(String host) {
    return host != null && (allowedHosts.contains("*") || allowedHosts.contains(host));
  }

  private static String originHost(String origin) {
    try {
      String host = URI.create(origin.trim()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }

  /** {@code name:port}, {@code [v6]:port} or a bare name, without the port. */
  private static String hostName(String host) {
    String value = host.trim().toLowerCase(Locale.ROOT);
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      return end < 0 ? null : value.substring(0, end + 1);
    }
    int colon = value.indexOf(':');
    return colon < 0 ? value : value.substring(0, colon);
  }
}
