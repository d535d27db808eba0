package dev.patchbay.connect.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.connect.ConnectConfig;
import dev.patchbay.connect.hub.CredentialCheck;
import dev.patchbay.engine.definition.Authorization;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.runtime.HttpTransport;
import dev.patchbay.engine.runtime.auth.RefreshedCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The authorization-code exchange at the connector's {@code tokenUrl} (RFC 6749 §4.1.3 with the
 * PKCE verifier): {@code access_token}, {@code refresh_token} and {@code expires_in} become {@code
 * accessToken}, {@code refreshToken} and {@code expiresIn} (with {@code expiresAt}), other fields
 * are kept in camelCase ({@code instance_url} → {@code instanceUrl}). A refusal is a 400 naming the
 * provider and its OAuth error code, never the code, verifier or secret.
 */
@ApplicationScoped
public class TokenEndpoint {
  private static final Logger LOG = Logger.getLogger(TokenEndpoint.class);
  private static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{1,64}");

  private final HttpTransport transport;
  private final ObjectMapper json;
  private final Clock clock = Clock.systemUTC();

  public TokenEndpoint(ConnectConfig config, ObjectMapper json) {
    this.transport = CredentialCheck.transport(config);
    this.json = json;
  }

  /**
   * @param credentials the setup and typed values ({@code clientId}, {@code clientSecret}, …)
   * @return {@code credentials} with the tokens merged in
   */
  public ObjectNode exchange(
      ConnectorDefinition connector,
      Authorization.OAuth2 oauth2,
      ProviderExpressions expressions,
      ObjectNode credentials,
      String code,
      String verifier,
      String redirectUri) {
    String title = connector.info().title();
    String tokenUrl = expressions.text(oauth2.tokenUrl());
    if (tokenUrl == null) {
      throw new ApiException(ErrorKind.UNPROCESSABLE, title + " has no token URL");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", verifier);
    form.put("client_id", credentials.path("clientId").asText(""));
    form.put("client_secret", credentials.path("clientSecret").asText(""));
    Map<String, String> headers = new LinkedHashMap<>();
    expressions.texts(oauth2.customHeaders()).forEach((k, v) -> headers.put(k.toLowerCase(), v));
    headers.put("content-type", "application/x-www-form-urlencoded");
    headers.put("accept", "application/json");
    HttpTransport.Response response;
    try {
      response =
          transport.send(
              new HttpTransport.Request(
                  "POST",
                  URI.create(tokenUrl),
                  headers,
                  formEncoded(form).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | IllegalArgumentException failed) {
      LOG.infof("token endpoint of %s unreachable: %s", connector.key(), failed.getClass());
      throw new ApiException(ErrorKind.BAD_GATEWAY, title + " could not be reached; try again");
    }
    JsonNode body = parse(response.body());
    if (response.status() / 100 != 2 || !body.path("access_token").isTextual()) {
      String error = body.path("error").asText("");
      throw ApiException.badRequest(
          title
              + " did not accept the authorization"
              + (ERROR_CODE.matcher(error).matches() ? " (" + error + ")" : "")
              + "; start again");
    }
    return RefreshedCredentials.merge(
        credentials,
        tokens(body),
        clock.instant(),
        RefreshedCredentials.seconds(oauth2.tokenExpiresIn()).orElse(null));
  }

  private static ObjectNode tokens(JsonNode body) {
    ObjectNode tokens = JsonNodeFactory.instance.objectNode();
    body.fields()
        .forEachRemaining(
            field -> {
              if (!field.getValue().isNull()) {
                tokens.set(camelCase(field.getKey()), field.getValue());
              }
            });
    return tokens;
  }

  /** {@code access_token} → {@code accessToken}. */
  static String camelCase(String key) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private JsonNode parse(String body) {
    try {
      JsonNode parsed = json.readTree(body);
      return parsed == null ? JsonNodeFactory.instance.objectNode() : parsed;
    } catch (IOException notJson) {
      return JsonNodeFactory.instance.objectNode();
    }
  }

  /** {@code form} as {@code application/x-www-form-urlencoded} (also a URL's query string). */
  static String formEncoded(Map<String, String> form) {
    StringBuilder out = new StringBuilder();
    form.forEach(
        (key, value) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return out.toString();
  }
}
