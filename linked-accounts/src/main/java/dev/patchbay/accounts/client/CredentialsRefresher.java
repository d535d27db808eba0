package dev.patchbay.accounts.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.config.PlatformConfig;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.common.security.ApiKeys;
import dev.patchbay.common.security.InternalAuthFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Has accounts-service refresh an account's tokens: {@code POST
 * /internal/accounts/{id}/credentials/refresh?project_id=} with the SHA-256 of the access token the
 * caller saw expire or fail. accounts-service refreshes once per account under a row lock, so
 * concurrent callers on any replica share one provider token request and one rotated refresh token.
 * The account is evicted from this instance's cache; {@code account.updated} evicts it elsewhere.
 */
@ApplicationScoped
public class CredentialsRefresher {
  private static final Logger LOG = Logger.getLogger(CredentialsRefresher.class);
  static final String PATH = "/internal/accounts/%s/credentials/refresh?project_id=%s";

  private final PlatformConfig platform;
  private final AccountDirectory accounts;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public CredentialsRefresher(
      PlatformConfig platform, AccountDirectory accounts, ObjectMapper json) {
    this.platform = platform;
    this.accounts = accounts;
    this.json = json;
  }

  /**
   * The account's credentials after the refresh (or after another caller's).
   *
   * @throws ApiException 502 when the provider refused, 422 when the account cannot refresh, 404
   *     for an unknown account, 503 when accounts-service cannot answer
   */
  public JsonNode refresh(LinkedAccountRef account, JsonNode stale) {
    HttpResponse<String> response;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      platform.accountsUrl()
                          + PATH.formatted(
                              encode(account.accountId()), encode(account.projectId()))))
              .timeout(Duration.ofSeconds(60))
              .header(InternalAuthFilter.HEADER, platform.internalToken())
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(
                          Map.of("stale_access_token_sha256", accessTokenHash(stale)))))
              .build();
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    } finally {
      accounts.evict(account.accountId());
    }
    return switch (response.statusCode()) {
      case 200 -> credentialsOf(response.body());
      case 404 -> throw ApiException.notFound("Account");
      case 422 -> throw new ApiException(ErrorKind.UNPROCESSABLE, messageOf(response.body()));
      case 502 ->
          throw new ApiException(
              ErrorKind.BAD_GATEWAY,
              "The account's credentials could not be refreshed: " + messageOf(response.body()));
      default -> {
        LOG.warnf("accounts-service answered %d to a token refresh", response.statusCode());
        throw unavailable();
      }
    };
  }

  /** The SHA-256 hex of the credentials' access token, empty when they hold none. */
  static String accessTokenHash(JsonNode credentials) {
    JsonNode token = credentials == null ? null : credentials.get("accessToken");
    return token != null && token.isTextual() && !token.asText().isBlank()
        ? ApiKeys.hash(token.asText())
        : "";
  }

  private JsonNode credentialsOf(String body) {
    try {
      JsonNode credentials = json.readTree(body).path("credentials");
      if (!credentials.isObject()) {
        throw unavailable();
      }
      return credentials;
    } catch (IOException e) {
      throw unavailable();
    }
  }

  /** accounts-service's message (it never names a secret). */
  private String messageOf(String body) {
    try {
      return json.readTree(body).path("message").asText("the provider refused");
    } catch (IOException e) {
      return "the provider refused";
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static ApiException unavailable() {
    return new ApiException(
        ErrorKind.UNAVAILABLE, "The account's credentials cannot be refreshed right now");
  }
}
