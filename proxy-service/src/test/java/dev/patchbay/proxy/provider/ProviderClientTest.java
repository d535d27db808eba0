package dev.patchbay.proxy.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.patchbay.common.egress.EgressPolicy;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.proxy.ProxyConfig;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The time limits of a provider exchange, without the service around the client. */
class ProviderClientTest {
  private final Vertx vertx = Vertx.vertx();
  private HttpServer provider;
  private ProviderClient client;

  @BeforeEach
  void start() throws IOException {
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext(
        "/slow",
        exchange -> {
          try {
            Thread.sleep(8_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    provider.createContext(
        "/fast",
        exchange -> {
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    provider.start();
    client =
        new ProviderClient(
            vertx,
            new ProxyConfig() {
              @Override
              public Duration timeout() {
                return Duration.ofSeconds(3);
              }

              @Override
              public Duration connectTimeout() {
                return Duration.ofSeconds(1);
              }

              @Override
              public long maxResponseBytes() {
                return 1024;
              }

              @Override
              public int maxConnectionsPerProvider() {
                return 2;
              }
            });
  }

  @AfterEach
  void stop() {
    client.close();
    vertx.closeAndAwait();
    provider.stop(0);
  }

  private Outbound get(String path) throws IOException {
    URI url = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + path);
    return new Outbound(
        "GET",
        new EgressPolicy.Target(url, InetAddress.getByName("127.0.0.1")),
        Map.of("accept", "*/*"),
        null);
  }

  @Test
  void aProviderThatDoesNotAnswerInTimeIsA408() throws IOException {
    long start = System.nanoTime();
    ApiException late = assertThrows(ApiException.class, () -> client.send(get("/slow")));
    assertEquals(ErrorKind.REQUEST_TIMEOUT, late.kind());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 6_000);
  }

  @Test
  void anAnswerInTimeComesBackWithItsStatus() throws IOException {
    ProviderResponse response = client.send(get("/fast"));
    assertEquals(204, response.status());
    assertEquals(0, response.readAtMost(10).length);
  }
}
