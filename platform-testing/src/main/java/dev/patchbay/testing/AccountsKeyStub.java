package dev.patchbay.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * For services other than accounts-service: answers accounts-service's key-verification endpoint
 * ({@code POST /internal/api-keys/verify}) over real HTTP for two fixed test projects, and refuses
 * calls without the internal token, as accounts-service does.
 */
public class AccountsKeyStub implements QuarkusTestResourceLifecycleManager {
  public static final String PROJECT_A = "proj_testA";
  public static final String PROJECT_B = "proj_testB";
  public static final String KEY_A = "v1.local.test-key-of-project-a";
  public static final String KEY_B = "v1.local.test-key-of-project-b";
  private static final String INTERNAL_TOKEN = "test-internal-token";

  private HttpServer server;

  @Override
  public Map<String, String> start() {
    Map<String, String> projectsByHash = Map.of(sha256(KEY_A), PROJECT_A, sha256(KEY_B), PROJECT_B);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext(
        "/internal/api-keys/verify",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String token = exchange.getRequestHeaders().getFirst("X-Patchbay-Internal-Token");
          String project =
              projectsByHash.entrySet().stream()
                  .filter(e -> body.contains("\"" + e.getKey() + "\""))
                  .map(Map.Entry::getValue)
                  .findFirst()
                  .orElse(null);
          int status = !INTERNAL_TOKEN.equals(token) ? 401 : project == null ? 404 : 200;
          byte[] answer =
              (status == 200
                      ? "{\"key_id\":\"key_" + project + "\",\"project_id\":\"" + project + "\"}"
                      : "{}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
    return Map.of(
        "patchbay.accounts-url",
        "http://127.0.0.1:" + server.getAddress().getPort(),
        "patchbay.internal-token",
        INTERNAL_TOKEN);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
