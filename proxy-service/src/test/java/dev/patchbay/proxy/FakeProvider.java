package dev.patchbay.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A provider for the proxy to reach, on 127.0.0.2 (the one non-public address the tests' operator
 * allows: {@code patchbay.providers.allow-private}), and an "internal" service on every address of
 * another port that only counts the connections it receives: a refused request must never reach it.
 *
 * <p>The provider answers {@code /echo...} with what it received, {@code /bytes?n=} with n bytes of
 * a fixed pattern, {@code /text}, {@code /status/<code>} (429 with {@code Retry-After: 7}), {@code
 * /redirect?to=} and {@code /protected} (401 unless the token is {@code fresh-token}). {@code
 * /__fake/last} tells the last proxied request, {@code /__fake/outbound} the connections the
 * internal service saw and the requests the provider answered.
 */
public class FakeProvider implements QuarkusTestResourceLifecycleManager {
  static final String HOST = "127.0.0.2";

  private final AtomicReference<String> last = new AtomicReference<>("{}");
  private final AtomicInteger internalConnections = new AtomicInteger();
  private final AtomicInteger providerRequests = new AtomicInteger();
  private HttpServer provider;
  private ServerSocket internal;

  @Override
  public Map<String, String> start() {
    try {
      internal = new ServerSocket(0);
      Thread counter = new Thread(this::countConnections, "internal-service");
      counter.setDaemon(true);
      counter.start();
      provider = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    provider.createContext("/", this::handle);
    provider.setExecutor(Executors.newCachedThreadPool());
    provider.start();
    return Map.of(
        "patchbay.providers.allow-private",
        HOST,
        "test.provider.url",
        "http://" + HOST + ":" + provider.getAddress().getPort(),
        "test.internal.port",
        String.valueOf(internal.getLocalPort()),
        "patchbay.proxy.max-response-bytes",
        String.valueOf(8 * 1024 * 1024),
        "patchbay.proxy.timeout",
        "10s");
  }

  private void countConnections() {
    while (!internal.isClosed()) {
      try (Socket socket = internal.accept()) {
        internalConnections.incrementAndGet();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    byte[] body = exchange.getRequestBody().readAllBytes();
    if (path.startsWith("/__fake/")) {
      control(exchange, path);
      return;
    }
    providerRequests.incrementAndGet();
    last.set(describe(exchange, body));
    if (path.startsWith("/echo")) {
      answer(exchange, 200, "application/json", last.get().getBytes(StandardCharsets.UTF_8));
    } else if (path.equals("/bytes")) {
      bytes(exchange, Integer.parseInt(query.substring("n=".length())));
    } else if (path.equals("/text")) {
      answer(
          exchange,
          200,
          "text/plain; charset=utf-8",
          "say \"hi\"\n\tto Zoë\\".getBytes(StandardCharsets.UTF_8));
    } else if (path.startsWith("/status/")) {
      int status = Integer.parseInt(path.substring("/status/".length()));
      if (status == 429) {
        exchange.getResponseHeaders().add("Retry-After", "7");
      }
      if (status == 204) {
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
      } else {
        answer(exchange, status, "application/json", "{\"error\":\"status " + status + "\"}");
      }
    } else if (path.equals("/slow")) {
      try {
        Thread.sleep(15_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      answer(exchange, 200, "application/json", "{}");
    } else if (path.equals("/redirect")) {
      exchange
          .getResponseHeaders()
          .add("Location", java.net.URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    } else if (path.equals("/protected")) {
      boolean fresh =
          "Bearer fresh-token".equals(exchange.getRequestHeaders().getFirst("Authorization"));
      answer(
          exchange,
          fresh ? 200 : 401,
          "application/json",
          fresh ? "{\"ok\":true}" : "{\"error\":\"expired\"}");
    } else {
      answer(exchange, 404, "application/json", "{\"error\":\"no such path\"}");
    }
  }

  private void control(HttpExchange exchange, String path) throws IOException {
    String answer =
        switch (path) {
          case "/__fake/last" -> last.get();
          case "/__fake/outbound" ->
              "{\"internal\":"
                  + internalConnections.get()
                  + ",\"provider\":"
                  + providerRequests.get()
                  + "}";
          default -> "{}";
        };
    answer(exchange, 200, "application/json", answer);
  }

  /** What the provider received, as JSON: method, path and query, headers, body (base64). */
  private static String describe(HttpExchange exchange, byte[] body) {
    StringBuilder headers = new StringBuilder();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) ->
                headers
                    .append(headers.isEmpty() ? "" : ",")
                    .append('"')
                    .append(name.toLowerCase())
                    .append("\":\"")
                    .append(String.join(",", values).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"'));
    return "{\"method\":\""
        + exchange.getRequestMethod()
        + "\",\"uri\":\""
        + exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null
            ? ""
            : "?" + exchange.getRequestURI().getRawQuery())
        + "\",\"headers\":{"
        + headers
        + "},\"body\":\""
        + Base64.getEncoder().encodeToString(body)
        + "\"}";
  }

  /** n bytes: 0, 1, ..., 255, 0, 1, ... sent in chunks of unknown total length. */
  private static void bytes(HttpExchange exchange, int n) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      byte[] chunk = new byte[8192];
      int sent = 0;
      while (sent < n) {
        int size = Math.min(chunk.length, n - sent);
        for (int i = 0; i < size; i++) {
          chunk[i] = (byte) (sent + i);
        }
        out.write(chunk, 0, size);
        sent += size;
      }
    } catch (IOException clientGone) {
      // the proxy cut the body off
    }
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    answer(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void answer(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.getResponseHeaders().add("X-Provider", "fake");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void stop() {
    if (provider != null) {
      provider.stop(0);
    }
    try {
      if (internal != null) {
        internal.close();
      }
    } catch (IOException ignored) {
      // closing
    }
  }
}
