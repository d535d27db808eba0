package dev.patchbay.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.patchbay.common.config.PlatformConfig;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Asks accounts-service, which owns API keys, and remembers the answer briefly. Every service but
 * accounts-service uses this one.
 */
@DefaultBean
@ApplicationScoped
public class RemoteApiKeyVerifier implements ApiKeyVerifier {
  static final String PATH = "/internal/api-keys/verify";

  private final PlatformConfig config;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Cache<String, Optional<ApiKeyPrincipal>> cache;

  public RemoteApiKeyVerifier(PlatformConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
    this.cache =
        Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(config.apiKeyCacheTtl()).build();
  }

  @Override
  public Optional<ApiKeyPrincipal> verify(String keyHash) {
    return cache.get(keyHash, this::ask);
  }

  private Optional<ApiKeyPrincipal> ask(String keyHash) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(config.accountsUrl() + PATH))
              .timeout(Duration.ofSeconds(5))
              .header("Content-Type", "application/json")
              .header(InternalAuthFilter.HEADER, config.internalToken())
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(Map.of("key_hash", keyHash))))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      if (response.statusCode() != 200) {
        throw unavailable();
      }
      JsonNode body = json.readTree(response.body());
      return Optional.of(
          new ApiKeyPrincipal(body.path("key_id").asText(), body.path("project_id").asText()));
    } catch (IOException e) {
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    }
  }

  private static ApiException unavailable() {
    return new ApiException(
        ErrorKind.UNAVAILABLE, "API keys cannot be verified right now; try again shortly");
  }
}
