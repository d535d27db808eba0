package dev.patchbay.local;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * The local stand-in for the Kubernetes Ingress: a streaming reverse proxy that routes by path
 * prefix ({@code edge-routes.properties}) to the services' addresses.
 *
 * <p>Usage: {@code EdgeRouter [--port 8080] [--timeout-seconds 60] --upstream
 * accounts-service=http://127.0.0.1:8081 ...}; upstreams may also come from {@code
 * PATCHBAY_UPSTREAMS} ({@code name=url,name=url}). A service named more than once has several
 * instances, which take the requests in turn.
 */
public final class EdgeRouter {

  /** Connection-level headers that a proxy must not pass on (RFC 9110 section 7.6.1). */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "expect");

  private final RouteTable routes;
  private final Upstreams upstreams;
  private final HttpClient client;
  private final long timeoutMillis;

  EdgeRouter(RouteTable routes, Upstreams upstreams, HttpClient client, long timeoutMillis) {
    this.routes = routes;
    this.upstreams = upstreams;
    this.client = client;
    this.timeoutMillis = timeoutMillis;
  }

  public static void main(String[] args) throws IOException {
    int port = 8080;
    long timeoutSeconds = 60;
    Upstreams upstreams = new Upstreams();
    String fromEnv = System.getenv().getOrDefault("PATCHBAY_UPSTREAMS", "");
    for (String upstream : fromEnv.split(",")) {
      if (!upstream.isBlank()) {
        upstreams.add(upstream);
      }
    }
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--timeout-seconds" -> timeoutSeconds = Long.parseLong(args[++i]);
        case "--upstream" -> upstreams.add(args[++i]);
        default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }

    RouteTable routes;
    try (Reader reader =
        new InputStreamReader(
            EdgeRouter.class.getResourceAsStream("/edge-routes.properties"),
            StandardCharsets.UTF_8)) {
      routes = RouteTable.parse(reader);
    }

    Vertx vertx = Vertx.vertx();
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions().setConnectTimeout(5_000),
            new PoolOptions().setHttp1MaxSize(50));
    EdgeRouter router = new EdgeRouter(routes, upstreams, client, timeoutSeconds * 1_000);
    int listenPort = port;
    vertx
        .createHttpServer(
            new HttpServerOptions()
                .setHandle100ContinueAutomatically(true)
                .setMaxInitialLineLength(8192)) // as ingress-nginx's 8k header buffers
        .requestHandler(router::handle)
        .listen(listenPort, "127.0.0.1")
        .onSuccess(server -> System.out.println("READY"))
        .onFailure(
            error -> {
              System.err.println("Cannot listen on 127.0.0.1:" + listenPort + ": " + error);
              System.exit(1);
            });
  }

  void handle(HttpServerRequest request) {
    String path = request.path();
    Optional<String> service = routes.serviceFor(path);
    if (service.isEmpty()) {
      ErrorBody.send(request.response(), 404, "No route for " + path);
      return;
    }
    URI upstream = upstreams.next(service.get()).orElse(null);
    if (upstream == null) {
      ErrorBody.send(request.response(), 503, service.get() + " is not available");
      return;
    }

    boolean hasBody =
        request.headers().contains(HttpHeaders.CONTENT_LENGTH)
            || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    if (hasBody) {
      request.pause(); // until the upstream request can take the body
    }
    RequestOptions options =
        new RequestOptions()
            .setMethod(request.method())
            .setHost(upstream.getHost())
            .setPort(upstream.getPort() == -1 ? 80 : upstream.getPort())
            .setURI(request.query() == null ? path : path + "?" + request.query())
            .setIdleTimeout(timeoutMillis);
    request
        .headers()
        .forEach(
            h -> {
              if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                options.addHeader(h.getKey(), h.getValue());
              }
            });
    HostAndPort authority = request.authority();
    options.putHeader("X-Forwarded-For", request.remoteAddress().hostAddress());
    options.putHeader("X-Forwarded-Proto", request.scheme());
    if (authority != null) {
      options.putHeader("X-Forwarded-Host", authority.toString());
    }

    client
        .request(options)
        .compose(
            upstreamRequest -> {
              if (authority != null) {
                upstreamRequest.authority(authority); // the Host header as received
              }
              return hasBody ? upstreamRequest.send(request) : upstreamRequest.send();
            })
        .onSuccess(response -> relay(request, response, service.get()))
        .onFailure(error -> fail(request, error, service.get()));
  }

  private void relay(HttpServerRequest request, HttpClientResponse upstream, String service) {
    HttpServerResponse response = request.response();
    response.setStatusCode(upstream.statusCode()).setStatusMessage(upstream.statusMessage());
    upstream
        .headers()
        .forEach(
            h -> {
              if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().add(h.getKey(), h.getValue());
              }
            });
    boolean bodyless =
        request.method() == HttpMethod.HEAD
            || upstream.statusCode() == 204
            || upstream.statusCode() == 304;
    if (!bodyless && !response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
      response.setChunked(true);
    }
    // a body cut off upstream must not look complete downstream: reset instead of ending
    upstream.pipe().endOnFailure(false).to(response).onFailure(e -> fail(request, e, service));
  }

  private static void fail(HttpServerRequest request, Throwable error, String service) {
    HttpServerResponse response = request.response();
    if (response.headWritten()) {
      response.reset();
      return;
    }
    response.headers().clear(); // drop what relay() may have copied from the upstream
    response.setChunked(false);
    request.resume(); // drain a body nobody will read
    if (error instanceof TimeoutException || error instanceof ConnectTimeoutException) {
      ErrorBody.send(response, 504, service + " did not answer in time");
    } else {
      ErrorBody.send(response, 502, service + " is unreachable: " + error.getMessage());
    }
  }
}
