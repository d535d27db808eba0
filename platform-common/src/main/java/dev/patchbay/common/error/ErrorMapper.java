package dev.patchbay.common.error;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one exception mapper of every service: whatever fails, the caller gets the contract's error
 * body with a status from {@link ErrorKind}, and never a stack trace or an input value.
 */
public class ErrorMapper {
  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  @ServerExceptionMapper
  public Response api(ApiException e) {
    Response.ResponseBuilder response =
        Response.status(e.kind().status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(
                ErrorBody.of(e.kind().status(), e.getMessage(), e.providerErrors(), e.details()));
    // whole seconds, rounded up (RFC 9110 section 10.2.3)
    e.retryAfter()
        .ifPresent(
            wait -> response.header(HttpHeaders.RETRY_AFTER, (wait.toMillis() + 999) / 1000));
    return response.build();
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("request failed", e);
    }
    return respond(status, reason(status));
  }

  /** Overrides Quarkus' own mapper for JSON of the wrong shape (a number for a string, ...). */
  @ServerExceptionMapper
  public Response wrongShape(MismatchedInputException e) {
    return respond(400, JsonErrors.describe(e.getMessage()));
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    String message =
        e.getConstraintViolations().stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(v -> fieldOf(v) + " " + v.getMessage())
            .collect(Collectors.joining("; "));
    return respond(400, message.isEmpty() ? "Invalid request" : message);
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e) {
    return Response.fromResponse(
            respond(401, "Missing or invalid API key: send it as the HTTP Basic username"))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"patchbay\"")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(403, "This credential may not call this endpoint");
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    LOG.error("unexpected failure", e);
    return respond(500, ErrorKind.INTERNAL.reason());
  }

  /**
   * The safety net: a failure answered outside the mappers still leaves with the contract's error
   * body. Quarkus' JSON reader answers unreadable bodies itself, with a plain-text 400 carrying
   * Jackson's message; the caller gets a message naming the field instead. An HTML page a service
   * rendered for a person on purpose (the hosted Hub page's error pages) is left as it is.
   */
  @ServerResponseFilter
  public void errorBodyOnly(ContainerResponseContext response) {
    int status = response.getStatus();
    boolean htmlPage =
        response.getEntity() instanceof String
            && MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType());
    if (status >= 400 && !htmlPage && !(response.getEntity() instanceof ErrorBody)) {
      String message =
          status == 400 && response.getEntity() instanceof String jackson
              ? JsonErrors.describe(jackson)
              : reason(status);
      response.setEntity(ErrorBody.of(status, message), null, MediaType.APPLICATION_JSON_TYPE);
    }
  }

  /** The error response; also used by filters that answer before a resource method runs. */
  public static Response respond(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorBody.of(status, message))
        .build();
  }

  private static String reason(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null ? known.getReasonPhrase() : "HTTP " + status;
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    // property paths look like "create.body.originOwnerId": the caller knows the last part, in
    // snake_case
    String last =
        StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
            .reduce((first, second) -> second)
            .map(node -> node.getName() == null ? "" : node.getName())
            .orElse("");
    return last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
