package dev.patchbay.requestlog;

import dev.patchbay.common.id.Ids;
import dev.patchbay.common.security.Tenant;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every public API request of the service becomes one request log: started before the resource
 * runs, finished with the status and body answered (the error body too), and published when the
 * caller is a project's API key, or when the resource named the project itself through {@link
 * RequestLogEntry#caller} (connect-service's {@code /hub} API, by the connect session's token).
 * Requests of nobody's project (refused as unauthenticated, operators' {@code /admin} calls) and
 * the cluster-internal {@code /internal} and {@code /q} paths are not logged. The answer carries
 * the log's id as {@code x-request-id}.
 */
@ApplicationScoped
public class RequestLogFilter {
  static final String REQUEST_ID_HEADER = "x-request-id";

  private final CurrentRequestLog current;
  private final RequestLogPublisher publisher;
  private final RoutingContext http;
  private final String service;

  public RequestLogFilter(
      CurrentRequestLog current,
      RequestLogPublisher publisher,
      RoutingContext http,
      @ConfigProperty(name = "quarkus.application.name") String app) {
    this.current = current;
    this.publisher = publisher;
    this.http = http;
    this.service = app.replaceFirst("-service$", "");
  }

  @ServerRequestFilter
  public void start(ContainerRequestContext request, UriInfo uri) {
    String path = uri.getPath();
    if (!isPublic(path)) {
      return;
    }
    current.start(
        new RequestLogEntry(
            Ids.newId("req"),
            service,
            SourceType.of(path, request.getHeaderString(SourceType.HUB_SESSION_HEADER)),
            request.getMethod(),
            path,
            // without the query: its values are logged as query_params, where secrets are masked
            uri.getAbsolutePath().toString(),
            sourceIp(request),
            new LinkedHashMap<>(request.getHeaders()),
            new LinkedHashMap<>(uri.getQueryParameters())));
  }

  /**
   * Response filters run from the highest priority down: this one runs after the error mapper's, so
   * it logs the error body the caller gets.
   */
  @ServerResponseFilter(priority = Priorities.USER - 100)
  public void finish(ContainerResponseContext response) {
    RequestLogEntry entry = current.startedOrNull();
    if (entry == null) {
      return;
    }
    caller()
        .ifPresent(
            identity ->
                Tenant.projectOf(identity)
                    .ifPresent(
                        project -> entry.caller(project, identity.getPrincipal().getName())));
    if (entry.projectId() == null) {
      return;
    }
    entry.finish(response.getStatus(), response.getEntity());
    response.getHeaders().putSingle(REQUEST_ID_HEADER, entry.requestId());
    publisher.publish(entry);
  }

  static boolean isPublic(String path) {
    return !(path.equals("/internal")
        || path.startsWith("/internal/")
        || path.equals("/q")
        || path.startsWith("/q/"));
  }

  /** The identity the request authenticated with, if it did (never triggers authentication). */
  private Optional<SecurityIdentity> caller() {
    return http.user() instanceof QuarkusHttpUser user
        ? Optional.of(user.getSecurityIdentity())
        : Optional.empty();
  }

  /** The first {@code X-Forwarded-For} hop (set by the edge router), else the peer address. */
  private String sourceIp(ContainerRequestContext request) {
    String forwarded = request.getHeaderString("x-forwarded-for");
    if (forwarded != null && !forwarded.isBlank()) {
      return forwarded.split(",")[0].trim();
    }
    return http.request().remoteAddress() == null ? null : http.request().remoteAddress().host();
  }
}
