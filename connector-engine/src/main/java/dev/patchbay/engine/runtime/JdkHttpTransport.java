package dev.patchbay.engine.runtime;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link HttpTransport} over {@code java.net.http.HttpClient}. Redirects are not followed
 * (connector-format.md §4.1). Each request's {@code timeout} bounds the whole exchange, body
 * included; the body is read as UTF-8 up to the request's {@code maxResponseBytes}.
 */
public final class JdkHttpTransport implements HttpTransport {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient client;

  /**
   * @param connectTimeout how long to wait for a connection
   */
  public JdkHttpTransport(Duration connectTimeout) {
    this(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build());
  }

  public JdkHttpTransport(HttpClient client) {
    this.client = client;
  }

  @Override
  public Response send(Request request) throws IOException {
    HttpRequest.BodyPublisher body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(request.timeout())
            .method(request.method().toUpperCase(Locale.ROOT), body);
    request.headers().entrySet().stream()
        .filter(header -> !RESTRICTED.contains(header.getKey()))
        .forEach(header -> builder.header(header.getKey(), header.getValue()));
    CompletableFuture<HttpResponse<String>> exchange =
        client.sendAsync(
            builder.build(), LimitedBodySubscriber.handler(request.maxResponseBytes()));
    try {
      HttpResponse<String> response =
          exchange.get(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (TimeoutException timedOut) {
      exchange.cancel(true);
      throw new HttpTimeoutException("no complete response within " + request.timeout());
    } catch (InterruptedException interrupted) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", interrupted);
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause == null ? "request failed" : cause.getMessage(), cause);
    }
  }
}
