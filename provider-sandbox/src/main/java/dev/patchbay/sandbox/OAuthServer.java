package dev.patchbay.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An OAuth 2.0 authorization server (RFC 6749, PKCE per RFC 7636) for one simulated provider:
 * authorization code, refresh token and client credentials grants. Access tokens expire; refresh
 * tokens rotate, and a used one is refused. Tokens are HMAC-signed rather than stored, so they
 * survive a sandbox restart; only "already used" is remembered in memory. The authorization
 * endpoint consents at once, unless a test made the user deny the next request ({@link
 * #denyNextConsent}): then it redirects with {@code error=access_denied}, as providers do.
 */
public final class OAuthServer {
  private static final Duration CODE_TTL = Duration.ofMinutes(10);
  private static final Duration REFRESH_TTL = Duration.ofDays(90);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The registered OAuth app. */
  public record Client(String id, String secret) {}

  private final String provider;
  private final Client client;
  private final Duration accessTtl;
  private final Clock clock;
  private final SecretKeySpec key;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private volatile long accessNotBefore;
  private final AtomicBoolean denyNext = new AtomicBoolean();

  public OAuthServer(String provider, Duration accessTtl, Clock clock) {
    this.provider = provider;
    this.client = new Client("sandbox-" + provider + "-client", "sandbox-" + provider + "-secret");
    this.accessTtl = accessTtl;
    this.clock = clock;
    this.key =
        new SecretKeySpec(
            ("patchbay-sandbox:" + provider).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public Client client() {
    return client;
  }

  /** Mounts the browser-facing authorization endpoint. It consents at once (no login page). */
  public void mountAuthorize(Router router, String path) {
    router.get(path).handler(this::authorize);
  }

  /** Mounts the token endpoint (form or JSON body; client secret in the body or Basic). */
  public void mountToken(Router router, String path) {
    router.post(path).handler(this::token);
  }

  /** Whether {@code token} is an unexpired access token of this server. */
  public boolean acceptsAccessToken(String token) {
    return verify(token, "access")
        .filter(claims -> claims.path("iat").asLong() >= accessNotBefore)
        .isPresent();
  }

  /** The next authorization request is denied by the user ({@code error=access_denied}). */
  public void denyNextConsent() {
    denyNext.set(true);
  }

  /** Makes every access token issued so far expired, as if their lifetime had passed. */
  public void expireAccessTokens() {
    accessNotBefore = clock.millis() + 1;
  }

  /** A fresh refresh token for a demo account. */
  public String demoRefreshToken() {
    return sign("refresh", REFRESH_TTL, Json.object().put("scope", "demo"));
  }

  /** A fresh access token for a demo account, valid for the provider's token lifetime. */
  public String demoAccessToken() {
    return sign("access", accessTtl, Json.object().put("scope", "demo"));
  }

  private void authorize(RoutingContext ctx) {
    MultiMap query = ctx.queryParams();
    String redirect = query.get("redirect_uri");
    if (!client.id().equals(query.get("client_id")) || redirect == null) {
      Json.send(ctx, 400, error("invalid_request", "unknown client_id or missing redirect_uri"));
      return;
    }
    String method = query.get("code_challenge_method");
    if (query.get("code_challenge") != null && method != null && !"S256".equals(method)) {
      redirectWith(ctx, redirect, "error=invalid_request", query.get("state"));
      return;
    }
    if (denyNext.getAndSet(false)) {
      redirectWith(
          ctx,
          redirect,
          "error=access_denied&error_description=" + encode("The user denied access"),
          query.get("state"));
      return;
    }
    if (!"code".equals(query.get("response_type"))) {
      redirectWith(ctx, redirect, "error=unsupported_response_type", query.get("state"));
      return;
    }
    ObjectNode claims = Json.object().put("redirect_uri", redirect);
    Optional.ofNullable(query.get("code_challenge")).ifPresent(c -> claims.put("challenge", c));
    Optional.ofNullable(query.get("scope")).ifPresent(s -> claims.put("scope", s));
    redirectWith(
        ctx, redirect, "code=" + encode(sign("code", CODE_TTL, claims)), query.get("state"));
  }

  private static void redirectWith(
      RoutingContext ctx, String redirect, String params, String state) {
    String location =
        redirect
            + (redirect.contains("?") ? "&" : "?")
            + params
            + (state == null ? "" : "&state=" + encode(state));
    ctx.response().setStatusCode(302).putHeader("location", location).end();
  }

  private void token(RoutingContext ctx) {
    MultiMap params = params(ctx);
    Optional<Credentials.Basic> basic = Credentials.basic(ctx);
    String clientId = basic.map(Credentials.Basic::username).orElse(params.get("client_id"));
    String secret = basic.map(Credentials.Basic::password).orElse(params.get("client_secret"));
    if (!client.id().equals(clientId) || !client.secret().equals(secret)) {
      Json.send(ctx, 401, error("invalid_client", "client authentication failed"));
      return;
    }
    String grant = params.get("grant_type");
    Optional<ObjectNode> issued =
        switch (grant == null ? "" : grant) {
          case "authorization_code" -> exchangeCode(params);
          case "refresh_token" -> refresh(params.get("refresh_token"));
          case "client_credentials" -> Optional.of(tokens(false, params.get("scope")));
          default -> {
            Json.send(ctx, 400, error("unsupported_grant_type", "grant_type " + grant));
            yield null;
          }
        };
    if (issued == null) {
      return;
    }
    issued.ifPresentOrElse(
        body -> {
          ctx.response().putHeader("cache-control", "no-store");
          Json.send(ctx, 200, body);
        },
        () -> Json.send(ctx, 400, error("invalid_grant", "the grant is invalid or was used")));
  }

  private Optional<ObjectNode> exchangeCode(MultiMap params) {
    String code = params.get("code");
    return verify(code, "code")
        .filter(claims -> claims.path("redirect_uri").asText().equals(params.get("redirect_uri")))
        .filter(claims -> pkceHolds(claims, params.get("code_verifier")))
        .filter(claims -> used.add(claims.path("jti").asText()))
        .map(claims -> tokens(true, claims.path("scope").asText(null)));
  }

  private static boolean pkceHolds(JsonNode claims, String verifier) {
    if (!claims.has("challenge")) {
      return true;
    }
    if (verifier == null) {
      return false;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return B64.encodeToString(digest).equals(claims.path("challenge").asText());
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private Optional<ObjectNode> refresh(String token) {
    return verify(token, "refresh")
        .filter(claims -> used.add(claims.path("jti").asText()))
        .map(claims -> tokens(true, claims.path("scope").asText(null)));
  }

  private ObjectNode tokens(boolean withRefresh, String scope) {
    ObjectNode scopeClaim = Json.object();
    if (scope != null) {
      scopeClaim.put("scope", scope);
    }
    ObjectNode body = Json.object();
    body.put("access_token", sign("access", accessTtl, scopeClaim.deepCopy()));
    body.put("token_type", "bearer");
    body.put("expires_in", accessTtl.toSeconds());
    if (withRefresh) {
      body.put("refresh_token", sign("refresh", REFRESH_TTL, scopeClaim));
    }
    if (scope != null) {
      body.put("scope", scope);
    }
    return body;
  }

  private String sign(String kind, Duration ttl, ObjectNode claims) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    long now = clock.millis();
    claims.put("kind", kind).put("prv", provider).put("jti", B64.encodeToString(nonce));
    claims.put("iat", now).put("exp", now + ttl.toMillis());
    String payload = B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    return "sbx." + payload + "." + B64.encodeToString(mac(payload));
  }

  private Optional<JsonNode> verify(String token, String kind) {
    if (token == null || !token.startsWith("sbx.")) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.");
    if (parts.length != 3
        || !MessageDigest.isEqual(
            B64.encodeToString(mac(parts[1])).getBytes(StandardCharsets.US_ASCII),
            parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    JsonNode claims;
    try {
      claims =
          Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException garbled) {
      return Optional.empty();
    }
    boolean valid =
        kind.equals(claims.path("kind").asText())
            && provider.equals(claims.path("prv").asText())
            && claims.path("exp").asLong() > clock.millis();
    return valid ? Optional.of(claims) : Optional.empty();
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static MultiMap params(RoutingContext ctx) {
    MultiMap params = MultiMap.caseInsensitiveMultiMap().addAll(ctx.request().formAttributes());
    String type = ctx.request().getHeader("content-type");
    if (type != null && type.startsWith("application/json")) {
      Json.body(ctx)
          .ifPresent(
              body ->
                  body.fields()
                      .forEachRemaining(
                          field -> params.set(field.getKey(), field.getValue().asText())));
    }
    return params;
  }

  private static ObjectNode error(String code, String description) {
    return Json.object().put("error", code).put("error_description", description);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
