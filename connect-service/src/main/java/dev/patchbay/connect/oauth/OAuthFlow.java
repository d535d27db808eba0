package dev.patchbay.connect.oauth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.common.security.ApiKeys;
import dev.patchbay.connect.ConnectConfig;
import dev.patchbay.connect.catalogue.ConnectorDirectory;
import dev.patchbay.connect.hub.AccountLinking;
import dev.patchbay.connect.hub.HubConnectors;
import dev.patchbay.connect.hubapi.ConnectionAttempts;
import dev.patchbay.connect.session.ConnectSession;
import dev.patchbay.connect.session.ConnectSessionRepository;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.runtime.SandboxTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth2 authorization code with PKCE (S256) for an auth option of a connector.
 *
 * <p>{@link #start}: a state of 256 random bits, stored only as its SHA-256 with the session, the
 * connector, the auth option, the Hub's connection attempt and the PKCE verifier, then the
 * provider's authorization URL ({@code authorizationUrl} + evaluated {@code authorizationParams} +
 * {@code state}, {@code code_challenge}, {@code code_challenge_method=S256}). The verifier never
 * leaves the server.
 *
 * <p>{@link #complete}: the callback's state is taken (a state works once, and only until it
 * expires), the code is exchanged with the verifier at {@code tokenUrl}, the test actions run with
 * the tokens, and accounts-service links the account (tokens stored there, sealed). An unknown,
 * used or expired state, a provider error or a refused exchange links nothing.
 */
@ApplicationScoped
public class OAuthFlow {
  private static final TypeReference<Map<String, Object>> CREDENTIALS = new TypeReference<>() {};

  /** What a callback came to; {@code accountId} is set when an account was linked. */
  public record Outcome(
      ConnectorDefinition connector,
      String redirectUri,
      String accountId,
      String errorCode,
      String errorDescription) {}

  private final OAuthAuthorizationRepository authorizations;
  private final ConnectSessionRepository sessions;
  private final ConnectorDirectory directory;
  private final ConnectionAttempts attempts;
  private final OAuthApps apps;
  private final TokenEndpoint tokens;
  private final AccountLinking linking;
  private final ObjectMapper json;
  private final String apiHostUri;
  private final Duration stateLifetime;
  private final Optional<URI> sandbox;

  public OAuthFlow(
      OAuthAuthorizationRepository authorizations,
      ConnectSessionRepository sessions,
      ConnectorDirectory directory,
      ConnectionAttempts attempts,
      OAuthApps apps,
      TokenEndpoint tokens,
      AccountLinking linking,
      ObjectMapper json,
      ConnectConfig config) {
    this.authorizations = authorizations;
    this.sessions = sessions;
    this.directory = directory;
    this.attempts = attempts;
    this.apps = apps;
    this.tokens = tokens;
    this.linking = linking;
    this.json = json;
    this.apiHostUri = apiHostUri(config);
    this.stateLifetime = config.connect().oauthStateLifetime();
    this.sandbox = config.sandbox().url();
  }

  /** The platform's public base URL without a trailing slash: the format's {@code apiHostUri}. */
  public static String apiHostUri(ConnectConfig config) {
    String url = config.connect().publicUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The callback every connector file names: {@code ${apiHostUri}/connect/oauth2/<key>/callback}.
   */
  public String callbackUrl(ConnectorDefinition connector) {
    return apiHostUri + "/connect/oauth2/" + connector.key() + "/callback";
  }

  /**
   * The provider's authorization URL to send the end user to.
   *
   * @param attemptId the Hub's connection attempt, or {@code null} (hosted page)
   * @param redirectUri where the Hub's popup goes afterwards, or {@code null} (hosted page)
   * @param typed the values of the option's non-secret config fields the user typed
   */
  @Transactional
  public URI start(
      ConnectSession session,
      ConnectorDefinition connector,
      AuthenticationOption option,
      String attemptId,
      String redirectUri,
      Map<String, String> typed) {
    Authorization.OAuth2 oauth2 = (Authorization.OAuth2) option.authorization();
    ObjectNode credentials = credentials(connector, option, typed);
    ProviderExpressions expressions = new ProviderExpressions(credentials, apiHostUri);
    String authorizationUrl = expressions.text(oauth2.authorizationUrl());
    if (authorizationUrl == null) {
      throw new ApiException(
          ErrorKind.UNPROCESSABLE, connector.info().title() + " has no authorization URL");
    }
    authorizations.deleteExpired(Timestamps.now());
    String state = Pkce.random();
    String verifier = Pkce.random();
    OAuthAuthorization pending = new OAuthAuthorization();
    pending.stateHash = ApiKeys.hash(state);
    pending.sessionId = session.id;
    pending.connectionAttemptId = attemptId;
    pending.connectorKey = connector.key();
    pending.authConfigKey = option.configKey();
    pending.codeVerifier = verifier;
    pending.configValues = new LinkedHashMap<>(typed);
    pending.redirectUri = redirectUri;
    pending.createdAt = Timestamps.now();
    pending.expiresAt = pending.createdAt.plus(stateLifetime);
    authorizations.persist(pending);

    Map<String, String> params = new LinkedHashMap<>();
    params.put("response_type", "code");
    params.putAll(expressions.texts(oauth2.authorizationParams()));
    params.putIfAbsent("redirect_uri", callbackUrl(connector));
    params.putIfAbsent("client_id", credentials.path("clientId").asText(""));
    params.put("state", state);
    params.put("code_challenge", Pkce.challenge(verifier));
    params.put("code_challenge_method", "S256");
    URI url =
        URI.create(
            authorizationUrl
                + (authorizationUrl.contains("?") ? "&" : "?")
                + TokenEndpoint.formEncoded(params));
    return sandbox.map(s -> SandboxTransport.rewrite(s, url)).orElse(url);
  }

  /**
   * The provider's answer at the callback.
   *
   * @throws ApiException 400 for an unknown, used or expired state (nothing else is known then)
   */
  public Outcome complete(
      String connectorKey, String state, String code, String error, String errorDescription) {
    OAuthAuthorization pending =
        (state == null
                ? Optional.<OAuthAuthorization>empty()
                : authorizations.take(ApiKeys.hash(state)))
            .filter(p -> p.connectorKey.equals(connectorKey))
            .filter(p -> Timestamps.now().isBefore(p.expiresAt))
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "This sign-in is unknown, expired or already completed; start again"));
    ConnectorDefinition connector =
        directory.connector(connectorKey).orElseThrow(() -> ApiException.notFound("Connector"));
    ConnectSession session =
        sessions
            .findByIdOptional(pending.sessionId)
            .filter(s -> !s.expiredAt(Timestamps.now()))
            .orElseThrow(
                () -> new ApiException(ErrorKind.UNAUTHORIZED, "The connect session has expired"));
    if (error != null || code == null) {
      String errorCode = error == null ? "invalid_request" : safeCode(error);
      String description =
          connector.info().title()
              + " did not grant access ("
              + errorCode
              + ")"
              + (errorDescription == null ? "" : ": " + clip(errorDescription));
      return failed(connector, session, pending, errorCode, description);
    }
    AuthenticationOption option =
        connector.authentication().stream()
            .filter(o -> o.configKey().equals(pending.authConfigKey))
            .filter(HubConnectors::isAuthorizationCode)
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("Auth option"));
    try {
      ObjectNode credentials = credentials(connector, option, pending.configValues);
      ProviderExpressions expressions = new ProviderExpressions(credentials, apiHostUri);
      Authorization.OAuth2 oauth2 = (Authorization.OAuth2) option.authorization();
      String redirect =
          Optional.ofNullable(expressions.texts(oauth2.authorizationParams()).get("redirect_uri"))
              .orElse(callbackUrl(connector));
      ObjectNode linked =
          tokens.exchange(
              connector, oauth2, expressions, credentials, code, pending.codeVerifier, redirect);
      String accountId =
          linking.link(session, connector, option, json.convertValue(linked, CREDENTIALS));
      if (pending.connectionAttemptId != null) {
        attempts.authenticated(session.id, pending.connectionAttemptId, accountId);
      }
      return new Outcome(connector, pending.redirectUri, accountId, null, null);
    } catch (ApiException refused) {
      if (pending.redirectUri == null) {
        throw refused;
      }
      return failed(connector, session, pending, "connection_failed", refused.getMessage());
    }
  }

  private Outcome failed(
      ConnectorDefinition connector,
      ConnectSession session,
      OAuthAuthorization pending,
      String code,
      String description) {
    if (pending.connectionAttemptId != null) {
      attempts.failed(session.id, pending.connectionAttemptId, code, description);
    }
    return new Outcome(connector, pending.redirectUri, null, code, description);
  }

  /** The setup values of the operator's OAuth app and the values the user typed. */
  private ObjectNode credentials(
      ConnectorDefinition connector, AuthenticationOption option, Map<String, String> typed) {
    ObjectNode credentials = json.createObjectNode();
    apps.setupValues(connector, option).forEach(credentials::put);
    typed.forEach(credentials::put);
    return credentials;
  }

  private static String safeCode(String error) {
    return error.matches("[A-Za-z0-9_.-]{1,64}") ? error : "provider_error";
  }

  private static String clip(String text) {
    String plain = text.replaceAll("[\\p{Cntrl}<>]", " ").trim();
    return plain.length() > 200 ? plain.substring(0, 200) : plain;
  }
}
