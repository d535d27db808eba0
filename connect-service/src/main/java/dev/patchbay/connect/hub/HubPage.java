package dev.patchbay.connect.hub;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.connect.session.ConnectSessionService;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hosted Integration Hub page at {@code auth_link_url}: plain server-rendered HTML forms that
 * work without JavaScript. The session token travels in the link and in each form, with an
 * anti-forgery token bound to the browser ({@link FormGuard}). Typed secrets are never written back
 * into a page.
 */
@Path("/connect")
@Produces(MediaType.TEXT_HTML)
public class HubPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance connectors(String token, List<ConnectorChoice> connectors);

    static native TemplateInstance connector(
        String token, String csrf, ConnectorChoice connector, List<AuthForm> forms);

    static native TemplateInstance connected(ConnectorChoice connector, String accountId);

    static native TemplateInstance problem(int status, String message);
  }

  private final ConnectSessionService sessions;
  private final HubConnectors connectors;
  private final AccountLinking linking;
  private final FormGuard guard;

  public HubPage(
      ConnectSessionService sessions,
      HubConnectors connectors,
      AccountLinking linking,
      FormGuard guard) {
    this.sessions = sessions;
    this.connectors = connectors;
    this.linking = linking;
    this.guard = guard;
  }

  /** The connectors the session allows. */
  @GET
  public Response list(@QueryParam("token") String token) {
    return page(
        () -> {
          ConnectSession session = sessions.live(token);
          List<ConnectorChoice> choices =
              connectors.allowed(session).stream().map(HubPage::choice).toList();
          return ok(Templates.connectors(token, choices));
        });
  }

  /**
   * One connector's forms, one per auth option that takes typed credentials, each with this
   * browser's anti-forgery token ({@link FormGuard}); the browser gets its form key cookie here.
   */
  @GET
  @Path("/{key}")
  public Response connector(
      @PathParam("key") String key,
      @QueryParam("token") String token,
      @CookieParam(FormGuard.COOKIE) String cookie) {
    return page(
        () -> {
          ConnectSession session = sessions.live(token);
          ConnectorDefinition connector = connectors.allowed(session, key);
          List<AuthForm> forms = new ArrayList<>();
          HubConnectors.formOptions(connector).stream()
              .map(option -> form(option, Map.of(), Map.of(), null))
              .forEach(forms::add);
          HubConnectors.oauthOptions(connector).stream()
              .map(HubPage::oauthForm)
              .forEach(forms::add);
          String browserKey = guard.browserKey(cookie);
          String csrf = guard.token(browserKey, session, connector.key());
          Response page = ok(Templates.connector(token, csrf, choice(connector), forms));
          return browserKey.equals(cookie)
              ? page
              : Response.fromResponse(page).cookie(guard.cookie(browserKey)).build();
        });
  }

  /**
   * Links the account: 403 without this browser's anti-forgery token; 400 with the form again
   * (secrets blank) when a required field is missing or the provider refuses the credentials; the
   * success page otherwise.
   */
  @POST
  @Path("/{key}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(
      @PathParam("key") String key,
      @CookieParam(FormGuard.COOKIE) String cookie,
      MultivaluedMap<String, String> form) {
    String token = form.getFirst("token");
    return page(
        () -> {
          ConnectSession session = sessions.live(token);
          ConnectorDefinition connector = connectors.allowed(session, key);
          String csrf = form.getFirst(FormGuard.FIELD);
          guard.check(cookie, csrf, session, connector.key());
          AuthenticationOption option = option(connector, form.getFirst("auth_config_key"));
          Map<String, String> typed =
              CredentialFields.typed(
                  option, field -> form.getFirst(FieldView.PARAMETER_PREFIX + field));
          Map<String, String> missing = CredentialFields.missing(option, typed);
          if (!missing.isEmpty()) {
            return retry(
                token, csrf, connector, option, typed, missing, "Fill in the required fields.");
          }
          try {
            String accountId = linking.link(session, connector, option, new LinkedHashMap<>(typed));
            return ok(Templates.connected(choice(connector), accountId));
          } catch (ApiException refused) {
            if (refused.kind().status() != 400) {
              throw refused;
            }
            return retry(token, csrf, connector, option, typed, Map.of(), refused.getMessage());
          }
        });
  }

  private static AuthenticationOption option(ConnectorDefinition connector, String configKey) {
    return HubConnectors.formOptions(connector).stream()
        .filter(option -> option.configKey().equals(configKey))
        .findFirst()
        .orElseThrow(
            () -> ApiException.badRequest("Choose one of the connector's sign-in options"));
  }

  private static Response retry(
      String token,
      String csrf,
      ConnectorDefinition connector,
      AuthenticationOption failed,
      Map<String, String> typed,
      Map<String, String> fieldErrors,
      String error) {
    List<AuthForm> forms = new ArrayList<>();
    for (AuthenticationOption option : HubConnectors.formOptions(connector)) {
      forms.add(
          option == failed
              ? form(option, typed, fieldErrors, error)
              : form(option, Map.of(), Map.of(), null));
    }
    HubConnectors.oauthOptions(connector).stream().map(HubPage::oauthForm).forEach(forms::add);
    return respond(400, Templates.connector(token, csrf, choice(connector), forms));
  }

  /** An OAuth2 option: its non-secret fields, and a button to the provider's consent page. */
  private static AuthForm oauthForm(AuthenticationOption option) {
    AuthForm form = form(option, Map.of(), Map.of(), null);
    return new AuthForm(
        form.configKey(),
        form.label(),
        form.supportLink(),
        form.supportDescription(),
        form.fields().stream().filter(f -> !"password".equals(f.inputType())).toList(),
        null,
        true);
  }

  private static AuthForm form(
      AuthenticationOption option,
      Map<String, String> typed,
      Map<String, String> fieldErrors,
      String error) {
    List<FieldView> fields =
        option.configFields().stream()
            .map(f -> FieldView.of(f, typed.get(f.key()), fieldErrors.get(f.key())))
            .toList();
    return new AuthForm(
        option.configKey(),
        option.label() == null ? option.configKey() : option.label(),
        option.support() == null ? null : option.support().link(),
        option.support() == null ? null : option.support().description(),
        fields,
        error,
        false);
  }

  private static ConnectorChoice choice(ConnectorDefinition connector) {
    return new ConnectorChoice(
        connector.key(), connector.info().title(), connector.info().iconUrl().orElse(null));
  }

  /** Renders the page, or an error page with the failure's status and message. */
  private static Response page(Supplier<Response> render) {
    try {
      return render.get();
    } catch (ApiException failed) {
      return respond(
          failed.kind().status(), Templates.problem(failed.kind().status(), failed.getMessage()));
    }
  }

  private static Response ok(TemplateInstance page) {
    return respond(200, page);
  }

  /** A hosted page with its status and the headers every hosted page carries. */
  public static Response respond(int status, TemplateInstance page) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page.render())
        // the token is in the URL: keep it out of caches and other sites' Referer headers
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:;"
                + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        .build();
  }
}
