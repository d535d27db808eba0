package dev.patchbay.connect.accounts;

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

/**
 * Linked accounts are accounts-service's: connect-service hands it what an end user linked, and
 * accounts-service stores the credentials sealed and publishes {@code account.created|updated}.
 */
@ApplicationScoped
public class AccountsClient {
  private static final String PATH = "/internal/accounts/link?project_id=";

  private final PlatformConfig config;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public AccountsClient(PlatformConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
  }

  /** The id of the account created or reused for this project. */
  public String link(String projectId, LinkRequest body) {
    HttpResponse<String> response;
    try {
      response =
          send(
              request(PATH + encode(projectId))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    } catch (IOException e) {
      throw unavailable();
    }
    return switch (response.statusCode()) {
      case 200, 201 -> idOf(response.body());
      case 404 ->
          throw new ApiException(
              ErrorKind.NOT_FOUND, "The account this link was made to edit does not exist");
      case 400 -> throw ApiException.badRequest(messageOf(response.body()));
      default -> throw unavailable();
    };
  }

  /** A project's account with its decrypted credentials; 404 when it is not the project's. */
  public StoredAccount account(String projectId, String accountId) {
    HttpResponse<String> response =
        send(
            request(
                    "/internal/accounts/"
                        + encode(accountId)
                        + "/credentials?project_id="
                        + encode(projectId))
                .GET());
    if (response.statusCode() == 404) {
      throw ApiException.notFound("Account");
    }
    if (response.statusCode() != 200) {
      throw unavailable();
    }
    try {
      return json.readValue(response.body(), StoredAccount.class);
    } catch (IOException e) {
      throw unavailable();
    }
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(config.accountsUrl() + pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .header(InternalAuthFilter.HEADER, config.internalToken());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String idOf(String body) {
    try {
      return json.readTree(body).path("id").asText();
    } catch (IOException e) {
      throw unavailable();
    }
  }

  /** accounts-service's own message (it names fields and providers, never credentials). */
  private String messageOf(String body) {
    try {
      JsonNode message = json.readTree(body).path("message");
      return message.isTextual() ? message.asText() : "The account cannot be linked";
    } catch (IOException e) {
      return "The account cannot be linked";
    }
  }

  private static ApiException unavailable() {
    return new ApiException(
        ErrorKind.UNAVAILABLE, "The account cannot be saved right now; try again shortly");
  }
}
