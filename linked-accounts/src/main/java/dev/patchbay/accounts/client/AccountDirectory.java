package dev.patchbay.accounts.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Linked accounts and their credentials, read from accounts-service's internal endpoint ({@code GET
 * /internal/accounts/{id}/credentials?project_id=}) and kept in memory for {@code
 * patchbay.linked-accounts.cache-ttl}. {@code account.*} events evict an account at once ({@link
 * AccountEventsConsumer}). Unknown accounts are not remembered, so one linked a moment ago is
 * found.
 */
@ApplicationScoped
public class AccountDirectory {
  private static final Logger LOG = Logger.getLogger(AccountDirectory.class);
  static final String PATH = "/internal/accounts/%s/credentials?project_id=%s";

  private final PlatformConfig platform;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Cache<String, LinkedAccountRef> cache;

  public AccountDirectory(PlatformConfig platform, LinkedAccountsConfig config, ObjectMapper json) {
    this.platform = platform;
    this.json = json;
    this.cache =
        Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(config.cacheTtl()).build();
  }

  /** The account, if it exists in this project; another project's account is as unknown. */
  public Optional<LinkedAccountRef> find(String projectId, String accountId) {
    if (accountId == null || accountId.isBlank()) {
      return Optional.empty();
    }
    LinkedAccountRef cached = cache.getIfPresent(accountId);
    if (cached == null) {
      cached = fetch(projectId, accountId).orElse(null);
      if (cached == null) {
        return Optional.empty();
      }
      cache.put(accountId, cached);
    }
    return cached.projectId().equals(projectId) ? Optional.of(cached) : Optional.empty();
  }

  /** Forgets the account: the next use reads it again. */
  public void evict(String accountId) {
    cache.invalidate(accountId);
  }

  private Optional<LinkedAccountRef> fetch(String projectId, String accountId) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      platform.accountsUrl()
                          + PATH.formatted(encode(accountId), encode(projectId))))
              .timeout(Duration.ofSeconds(5))
              .header(InternalAuthFilter.HEADER, platform.internalToken())
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      if (response.statusCode() != 200) {
        LOG.warnf("accounts-service answered %d for an account read", response.statusCode());
        throw unavailable();
      }
      JsonNode body = json.readTree(response.body());
      JsonNode credentials = body.path("credentials");
      return Optional.of(
          new LinkedAccountRef(
              body.path("account_id").asText(accountId),
              body.path("project_id").asText(projectId),
              body.path("provider").asText(null),
              body.path("status").asText(null),
              body.path("authentication_config_key").asText(null),
              body.path("environment").asText(null),
              credentials.isObject() ? (ObjectNode) credentials : json.createObjectNode()));
    } catch (IOException e) {
      LOG.warnf("accounts-service could not be reached: %s", e.getClass().getSimpleName());
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static ApiException unavailable() {
    return new ApiException(
        ErrorKind.UNAVAILABLE, "Linked accounts cannot be read right now; try again shortly");
  }
}
