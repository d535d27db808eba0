package dev.patchbay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For services other than accounts-service: answers accounts-service's internal endpoints over real
 * HTTP, and refuses calls without the internal token, as accounts-service does.
 *
 * <ul>
 *   <li>{@code POST /internal/api-keys/verify}: two fixed test projects ({@code KEY_A}, {@code
 *       KEY_B}).
 *   <li>{@code POST /internal/accounts/link?project_id=}: an account linked through a connect
 *       session, created or (by {@code account_id}) updated; {@link StubAccounts#state} tells it,
 *       {@link StubAccounts#links} how many links were made.
 *   <li>{@code GET /internal/accounts/{id}/credentials?project_id=}: the accounts a test put in
 *       with {@link StubAccounts} (another project's account is a 404, as in accounts-service).
 *   <li>{@code POST /internal/accounts/{id}/credentials/refresh?project_id=}: when the caller's
 *       stale access token (its SHA-256) is still the stored one, merges what the test set with
 *       {@link StubAccounts#onRefresh} (a 502 when it set nothing, as when the provider refuses)
 *       and counts the refresh; otherwise answers the stored credentials unchanged, as
 *       accounts-service does.
 * </ul>
 */
public class AccountsKeyStub implements QuarkusTestResourceLifecycleManager {
  public static final String PROJECT_A = "proj_testA";
  public static final String PROJECT_B = "proj_testB";
  public static final String KEY_A = "v1.local.test-key-of-project-a";
  public static final String KEY_B = "v1.local.test-key-of-project-b";
  private static final String INTERNAL_TOKEN = "test-internal-token";
  private static final Pattern ACCOUNT_PATH =
      Pattern.compile("^/internal/accounts/([^/]+)/credentials(/refresh)?$");
  private static final Pattern CONTROL_PATH =
      Pattern.compile("^/__stub/accounts/([^/]+)(/refresh_result)?$");

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, ObjectNode> accounts = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> refreshResults = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> refreshes = new ConcurrentHashMap<>();
  private final AtomicInteger links = new AtomicInteger();
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
          String project =
              projectsByHash.entrySet().stream()
                  .filter(e -> body.contains("\"" + e.getKey() + "\""))
                  .map(Map.Entry::getValue)
                  .findFirst()
                  .orElse(null);
          int status = !internal(exchange) ? 401 : project == null ? 404 : 200;
          answer(
              exchange,
              status,
              status == 200
                  ? "{\"key_id\":\"key_" + project + "\",\"project_id\":\"" + project + "\"}"
                  : "{}");
        });
    server.createContext("/internal/accounts/", this::account);
    server.createContext("/internal/accounts/link", this::link);
    server.createContext("/__stub/accounts", this::control);
    server.createContext(
        "/__stub/links", exchange -> answer(exchange, 200, "{\"links\":" + links.get() + "}"));
    server.start();
    return Map.of(
        "patchbay.accounts-url",
        "http://127.0.0.1:" + server.getAddress().getPort(),
        "patchbay.internal-token",
        INTERNAL_TOKEN);
  }

  private void account(HttpExchange exchange) throws IOException {
    Matcher path = ACCOUNT_PATH.matcher(exchange.getRequestURI().getPath());
    if (!internal(exchange)) {
      answer(exchange, 401, "{}");
      return;
    }
    ObjectNode account = path.matches() ? accounts.get(path.group(1)) : null;
    String project = queryParam(exchange, "project_id");
    if (account == null || !account.path("project_id").asText().equals(project)) {
      answer(exchange, 404, "{\"statusCode\":404,\"message\":\"Account not found\"}");
      return;
    }
    boolean refresh = path.group(2) != null;
    if (!refresh && exchange.getRequestMethod().equals("GET")) {
      reads.computeIfAbsent(path.group(1), id -> new AtomicInteger()).incrementAndGet();
      answer(exchange, 200, json.writeValueAsString(account));
    } else if (refresh && exchange.getRequestMethod().equals("POST")) {
      refresh(exchange, path.group(1), account);
    } else {
      answer(exchange, 405, "{}");
    }
  }

  private void refresh(HttpExchange exchange, String id, ObjectNode account) throws IOException {
    String stale =
        json.readTree(exchange.getRequestBody()).path("stale_access_token_sha256").asText();
    synchronized (account) {
      JsonNode token = account.path("credentials").path("accessToken");
      String current = token.isTextual() ? sha256(token.asText()) : "";
      if (current.equals(stale)) {
        ObjectNode result = refreshResults.get(id);
        if (result == null) {
          answer(
              exchange,
              502,
              "{\"statusCode\":502,\"message\":\"The provider refused to refresh the"
                  + " account's credentials\"}");
          return;
        }
        account.withObject("credentials").setAll(result);
        refreshes.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
      }
      answer(exchange, 200, json.writeValueAsString(account));
    }
  }

  /**
   * An end user linked an account: the session's account ({@code account_id}, 404 when it is not
   * the project's) gets the new credentials, or a new account is made. The owner-and-provider reuse
   * rule is accounts-service's own and is not simulated.
   */
  private void link(HttpExchange exchange) throws IOException {
    if (!internal(exchange)) {
      answer(exchange, 401, "{}");
      return;
    }
    ObjectNode body = (ObjectNode) json.readTree(exchange.getRequestBody());
    String project = queryParam(exchange, "project_id");
    String id = body.path("account_id").asText(null);
    ObjectNode existing = id == null ? null : accounts.get(id);
    if (id != null && (existing == null || !existing.path("project_id").asText().equals(project))) {
      answer(exchange, 404, "{\"statusCode\":404,\"message\":\"Account not found\"}");
      return;
    }
    links.incrementAndGet();
    String accountId = id != null ? id : "acc_linked" + accounts.size() + System.nanoTime();
    ObjectNode account = body.deepCopy();
    account.put("account_id", accountId);
    account.put("project_id", project);
    account.put("status", "active");
    accounts.put(accountId, account);
    answer(exchange, id == null ? 201 : 200, "{\"id\":\"" + accountId + "\"}");
  }

  /** {@code POST /__stub/accounts} puts an account; {@code GET /__stub/accounts/{id}} tells it. */
  private void control(HttpExchange exchange) throws IOException {
    Matcher path = CONTROL_PATH.matcher(exchange.getRequestURI().getPath());
    if (path.matches() && path.group(2) != null) {
      refreshResults.put(path.group(1), (ObjectNode) json.readTree(exchange.getRequestBody()));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      return;
    }
    if (exchange.getRequestMethod().equals("POST")) {
      ObjectNode account = (ObjectNode) json.readTree(exchange.getRequestBody());
      accounts.put(account.get("account_id").asText(), account);
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      return;
    }
    ObjectNode account = path.matches() ? accounts.get(path.group(1)) : null;
    if (account == null) {
      answer(exchange, 404, "{}");
      return;
    }
    ObjectNode state = account.deepCopy();
    state.put("reads", reads.getOrDefault(path.group(1), new AtomicInteger()).get());
    state.put("refreshes", refreshes.getOrDefault(path.group(1), new AtomicInteger()).get());
    answer(exchange, 200, json.writeValueAsString(state));
  }

  private static boolean internal(HttpExchange exchange) {
    return INTERNAL_TOKEN.equals(
        exchange.getRequestHeaders().getFirst("X-Patchbay-Internal-Token"));
  }

  private static String queryParam(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
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
