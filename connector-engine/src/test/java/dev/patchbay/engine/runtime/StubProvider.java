package dev.patchbay.engine.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A provider stub on 127.0.0.1 (JDK {@code HttpServer}). Routes are {@code "METHOD /path"}; every
 * request is recorded. Unrouted requests get a JSON 404. Public for the CLI's tests.
 */
public final class StubProvider implements AutoCloseable {

  /** A recorded request. Header names are lower-case; {@code query} is the raw query string. */
  public record Received(
      String method, String path, String query, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name);
    }
  }

  /** A canned answer. */
  public record Reply(int status, String body, Map<String, String> headers) {
    public static Reply json(int status, String body) {
      return new Reply(status, body, Map.of("Content-Type", "application/json"));
    }
  }

  public interface Route {
    Reply answer(Received request);
  }

  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  public StubProvider() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public StubProvider route(String methodAndPath, Route route) {
    routes.put(methodAndPath, route);
    return this;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /**
   * A JDK transport that sends requests for {@code https://host} prefixes to this stub instead, so
   * connector files run unchanged.
   */
  public HttpTransport transportFor(String... providerOrigins) {
    JdkHttpTransport real = new JdkHttpTransport(Duration.ofSeconds(5));
    return request -> {
      String uri = request.uri().toString();
      for (String origin : providerOrigins) {
        if (uri.startsWith(origin)) {
          uri = baseUri() + uri.substring(origin.length());
        }
      }
      return real.send(request.withUri(URI.create(uri)));
    };
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> headers =
        exchange.getRequestHeaders().entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT), e -> String.join(",", e.getValue())));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Received request =
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            headers,
            body);
    received.add(request);
    Route route = routes.get(request.method() + " " + request.path());
    Reply reply =
        route == null
            ? Reply.json(404, "{\"error\":\"no route " + request.path() + "\"}")
            : route.answer(request);
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
