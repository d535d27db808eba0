package dev.patchbay.proxy.provider;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.proxy.ProxyConfig;
import io.smallrye.mutiny.TimeoutException;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Sends proxied requests with Vert.x's HTTP client: it connects to the address the egress policy
 * checked (never resolving the host again) and sends the URL's host as {@code Host} and TLS server
 * name; it follows no redirect and does not decompress, so bodies pass as the provider sent them.
 * Connections are pooled per provider address.
 */
@ApplicationScoped
public class ProviderClient {
  private static final Logger LOG = Logger.getLogger(ProviderClient.class);

  private final Vertx vertx;
  private final HttpClient http;
  private final ProxyConfig config;

  public ProviderClient(Vertx vertx, ProxyConfig config) {
    this.vertx = vertx;
    this.config = config;
    this.http =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setForceSni(true)
                .setVerifyHost(true)
                .setDecompressionSupported(false),
            new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerProvider()));
  }

  /**
   * Sends the request and waits for the response head; the body is left paused for the caller to
   * read ({@link ProviderResponse}). The whole exchange, body included, is cut off after {@code
   * patchbay.proxy.timeout}.
   *
   * @throws ApiException 408 when the provider does not answer in time, 502 when it cannot be
   *     reached
   */
  public ProviderResponse send(Outbound outbound) {
    Duration timeout = config.timeout();
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.valueOf(outbound.method()))
            .setServer(
                SocketAddress.inetSocketAddress(
                    new InetSocketAddress(outbound.target().address(), outbound.target().port())))
            .setHost(outbound.target().uri().getHost())
            .setPort(outbound.target().port())
            .setSsl(outbound.target().https())
            .setURI(outbound.target().pathAndQuery())
            .setFollowRedirects(false)
            .setIdleTimeout(timeout.toMillis());
    outbound.headers().forEach(options::putHeader);
    AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
    AtomicBoolean timedOut = new AtomicBoolean();
    long deadline =
        vertx.setTimer(
            timeout.toMillis(),
            id -> {
              timedOut.set(true);
              HttpClientRequest request = sent.get();
              if (request != null) {
                request.reset();
              }
            });
    try {
      HttpClientResponse response =
          http.request(options)
              .invoke(sent::set)
              .chain(
                  request ->
                      outbound.body() == null
                          ? request.send()
                          : request.send(Buffer.buffer(outbound.body())))
              // paused on the event loop, before any body chunk can be delivered and lost
              .invoke(HttpClientResponse::pause)
              .await()
              .atMost(timeout);
      return new ProviderResponse(response, timedOut, () -> vertx.cancelTimer(deadline));
    } catch (RuntimeException e) {
      vertx.cancelTimer(deadline);
      if (e instanceof TimeoutException || timedOut.get()) {
        throw new ApiException(ErrorKind.REQUEST_TIMEOUT, "The provider did not answer in time");
      }
      LOG.debugf("provider request failed: %s", e.getClass().getSimpleName());
      throw new ApiException(ErrorKind.BAD_GATEWAY, "The provider could not be reached");
    }
  }

  @PreDestroy
  void close() {
    http.closeAndAwait();
  }
}
