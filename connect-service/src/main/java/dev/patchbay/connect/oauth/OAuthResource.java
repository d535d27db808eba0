package dev.patchbay.connect.oauth;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.connect.hub.ConnectorChoice;
import dev.patchbay.connect.hub.HubConnectors;
import dev.patchbay.connect.hub.HubPage;
import dev.patchbay.connect.hubapi.ConnectionAttempts;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.connect.session.ConnectSessionService;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;
import dev.patchbay.engine.definition.ConnectorDefinition;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The OAuth2 authorization-code flow's two browser stops (connector-format.md §3, hub-backend.md
 * §4).
 *
 * <p>{@code GET /connect/oauth2/{key}?token=…}: from the Hub's popup (with {@code redirect_uri},
 * {@code connection_attempt_id} and the visible fields as {@code <key>=value}) it redirects to the
 * provider at once; from the hosted page (no {@code redirect_uri}; fields as {@code
 * credentials.<key>}) it shows a page with a link to the provider, so that no form submission is
 * redirected off-site (the hosted pages' CSP allows forms to post to Patchbay only).
 *
 * <p>{@code GET /connect/oauth2/{key}/callback}: the provider's answer. The popup is sent on to its
 * {@code redirect_uri} whatever happened (the Hub learns the result from the connection attempt);
 * the hosted page shows the result.
 */
@Path("/connect/oauth2")
@Produces(MediaType.TEXT_HTML)
public class OAuthResource {
  /** The Hub's callback page, as {@code redirect_uri} must name it. */
  static final String HUB_CALLBACK_PATH = "/embedded/accounts/callback";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance authorize(ConnectorChoice connector, String authorizationUrl);
  }

  private final ConnectSessionService sessions;
  private final HubConnectors connectors;
  private final ConnectionAttempts attempts;
  private final OAuthFlow flow;
  private final Template connected;
  private final Template problem;

  public OAuthResource(
      ConnectSessionService sessions,
      HubConnectors connectors,
      ConnectionAttempts attempts,
      OAuthFlow flow,
      @Location("HubPage/connected.html") Template connected,
      @Location("HubPage/problem.html") Template problem) {
    this.sessions = sessions;
    this.connectors = connectors;
    this.attempts = attempts;
    this.flow = flow;
    this.connected = connected;
    this.problem = problem;
  }

  @GET
  @Path("/{key}")
  public Response start(@PathParam("key") String key, @Context UriInfo uri) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    return page(
        () -> {
          ConnectSession session = sessions.live(query.getFirst("token"));
          ConnectorDefinition connector = connectors.allowed(session, key);
          AuthenticationOption option = option(connector, query.getFirst("auth_config_key"));
          String redirectUri = hubRedirect(query.getFirst("redirect_uri"));
          String attemptId = query.getFirst("connection_attempt_id");
          if (attemptId != null) {
            attempts.pending(session, attemptId);
          }
          URI authorization;
          try {
            authorization =
                flow.start(
                    session, connector, option, attemptId, redirectUri, typed(option, query));
          } catch (ApiException refused) {
            if (attemptId != null) {
              attempts.failed(session.id, attemptId, "connection_failed", refused.getMessage());
            }
            throw refused;
          }
          if (redirectUri != null) {
            return Response.seeOther(authorization)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
          }
          return HubPage.respond(
              200, Templates.authorize(choice(connector), authorization.toString()));
        });
  }

  @GET
  @Path("/{key}/callback")
  public Response callback(
      @PathParam("key") String key,
      @QueryParam("state") String state,
      @QueryParam("code") String code,
      @QueryParam("error") String error,
      @QueryParam("error_description") String errorDescription) {
    return page(
        () -> {
          OAuthFlow.Outcome outcome = flow.complete(key, state, code, error, errorDescription);
          if (outcome.redirectUri() != null) {
            return Response.seeOther(URI.create(outcome.redirectUri()))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
          }
          if (outcome.accountId() == null) {
            throw ApiException.badRequest(outcome.errorDescription());
          }
          return HubPage.respond(
              200,
              connected
                  .data("connector", choice(outcome.connector()))
                  .data("accountId", outcome.accountId()));
        });
  }

  /** The option to authorize: the one named, else the connector's first authorization-code one. */
  private static AuthenticationOption option(ConnectorDefinition connector, String configKey) {
    return HubConnectors.oauthOptions(connector).stream()
        .filter(option -> configKey == null || option.configKey().equals(configKey))
        .findFirst()
        .orElseThrow(
            () -> ApiException.badRequest("Choose one of the connector's OAuth sign-in options"));
  }

  /**
   * The Hub's {@code redirect_uri}: an absolute http(s) URL of its callback page ({@code
   * <app-url>/embedded/accounts/callback}); anything else is refused, so that Patchbay is no open
   * redirect.
   */
  private static String hubRedirect(String redirectUri) {
    if (redirectUri == null) {
      return null;
    }
    try {
      URI parsed = URI.create(redirectUri);
      boolean web = "https".equals(parsed.getScheme()) || "http".equals(parsed.getScheme());
      if (web
          && parsed.getHost() != null
          && parsed.getRawUserInfo() == null
          && parsed.getPath() != null
          && parsed.getPath().endsWith(HUB_CALLBACK_PATH)
          && parsed.getRawFragment() == null) {
        return parsed.toString();
      }
    } catch (IllegalArgumentException invalid) {
      // refused below
    }
    throw ApiException.badRequest(
        "Query parameter 'redirect_uri' must be an http(s) URL ending in " + HUB_CALLBACK_PATH);
  }

  /**
   * The option's non-secret config fields the user filled in: {@code <key>} (the Hub) or {@code
   * credentials.<key>} (the hosted page). Secret fields are not taken through a URL.
   */
  private static Map<String, String> typed(
      AuthenticationOption option, MultivaluedMap<String, String> query) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (FieldDescriptor field : option.configFields()) {
      if (field.secret() || "password".equals(field.type())) {
        continue;
      }
      String value = query.getFirst(field.key());
      if (value == null) {
        value = query.getFirst("credentials." + field.key());
      }
      if (value != null && !value.isBlank()) {
        typed.put(field.key(), value.trim());
      } else if (field.required()) {
        throw ApiException.badRequest(
            "Enter the " + (field.label() == null ? field.key() : field.label()) + ".");
      }
    }
    return typed;
  }

  private static ConnectorChoice choice(ConnectorDefinition connector) {
    return new ConnectorChoice(
        connector.key(), connector.info().title(), connector.info().iconUrl().orElse(null));
  }

  private Response page(Supplier<Response> render) {
    try {
      return render.get();
    } catch (ApiException failed) {
      int status = failed.kind().status();
      return HubPage.respond(
          status, problem.data("status", status).data("message", failed.getMessage()));
    }
  }
}
