package dev.patchbay.engine.runtime;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link HttpTransport} over {@code java.net.http.HttpClient}, HTTP/1.1. Redirects are not followed
 * (connector-format.md §4.1). Each request's {@code timeout} bounds the whole exchange, body
 * included; the body is read as UTF-8 up to the request's {@code maxResponseBytes}.
 *
 * <p>The exchange runs through the client's blocking {@code send}: its {@code sendAsync} hands
 * every completion to the common pool's default executor, which on a two-core machine starts a new
 * thread per request. A body still arriving at the deadline is aborted by a timer instead.
 */
public final class JdkHttpTransport implements HttpTransport {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "provider-response-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  private final HttpClient client;

  /**
   * @param connectTimeout how long to wait for a connection
   */
  public JdkHttpTransport(Duration connectTimeout) {
    this(
        HttpClient.newBuilder()
            // a pool of connections per host; the JDK's HTTP/2 multiplexes every request to a
            // host onto one connection, which serialises a busy service's calls
            .version(HttpClient.Version.HTTP_1_1)
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
            .timeout(request.timeout()) // until the response headers
            .method(request.method().toUpperCase(Locale.ROOT), body);
    request.headers().entrySet().stream()
        .filter(header -> !RESTRICTED.contains(header.getKey()))
        .forEach(header -> builder.header(header.getKey(), header.getValue()));

    AtomicReference<LimitedBodySubscriber> reading = new AtomicReference<>();
    HttpResponse.BodyHandler<String> handler =
        info -> {
          LimitedBodySubscriber subscriber =
              LimitedBodySubscriber.of(info, request.maxResponseBytes());
          reading.set(subscriber);
          return subscriber;
        };
    ScheduledFuture<?> deadline =
        DEADLINES.schedule(
            () -> {
              LimitedBodySubscriber subscriber = reading.get();
              if (subscriber != null) {
                subscriber.abort(
                    new HttpTimeoutException("no complete response within " + request.timeout()));
              }
            },
            request.timeout().toNanos(),
            TimeUnit.NANOSECONDS);
    try {
      HttpResponse<String> response = client.send(builder.build(), handler);
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException failed) {
      // the client wraps what the body subscriber failed with; the caller tells them apart
      if (failed.getCause() instanceof ResponseTooLargeException tooLarge) {
        throw tooLarge;
      }
      if (failed.getCause() instanceof HttpTimeoutException timedOut) {
        throw timedOut;
      }
      throw failed;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", interrupted);
    } finally {
      deadline.cancel(false);
    }
  }
}
