package dev.patchbay.accounts.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.config.PlatformConfig;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
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
 * Hands refreshed credentials (a new access token, a rotated refresh token, an expiry) back to
 * accounts-service, the only service that stores them: {@code PUT
 * /internal/accounts/{id}/credentials?project_id=}. The account is evicted from this instance's
 * cache at once; accounts-service's {@code account.updated} evicts it everywhere else.
 *
 * <p>The engine reaches it through {@link AccountCredentialsPort} when a connector's {@code
 * refreshAuthentication} ran.
 */
@ApplicationScoped
public class CredentialsWriteBack {
  private static final Logger LOG = Logger.getLogger(CredentialsWriteBack.class);

  private final PlatformConfig platform;
  private final AccountDirectory accounts;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public CredentialsWriteBack(
      PlatformConfig platform, AccountDirectory accounts, ObjectMapper json) {
    this.platform = platform;
    this.accounts = accounts;
    this.json = json;
  }

  /** Stores the refreshed fields; throws a 503 {@link ApiException} when they could not be. */
  public void store(String projectId, String accountId, JsonNode refreshed) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      platform.accountsUrl()
                          + AccountDirectory.PATH.formatted(encode(accountId), encode(projectId))))
              .timeout(Duration.ofSeconds(5))
              .header(InternalAuthFilter.HEADER, platform.internalToken())
              .header("Content-Type", "application/json")
              .PUT(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(Map.of("credentials", refreshed))))
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      accounts.evict(accountId);
      if (status / 100 != 2) {
        LOG.warnf("accounts-service answered %d to a credentials write-back", status);
        throw failed();
      }
    } catch (IOException e) {
      throw failed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static ApiException failed() {
    return new ApiException(
        ErrorKind.UNAVAILABLE, "Refreshed credentials could not be stored; try again shortly");
  }
}
