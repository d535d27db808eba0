package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real transport against a local server that misbehaves on purpose. */
class JdkHttpTransportTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/stalls",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // chunked: headers now, the body never ends
          OutputStream out = exchange.getResponseBody();
          out.write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
          out.flush();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.createContext(
        "/ok",
        exchange -> {
          byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(201, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private HttpTransport.Request get(String path, Duration timeout) {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return new HttpTransport.Request("GET", uri, Map.of(), null, timeout, 1024);
  }

  @Test
  void answersStatusHeadersAndBody() throws IOException {
    HttpTransport.Response response =
        new JdkHttpTransport(Duration.ofSeconds(2)).send(get("/ok", Duration.ofSeconds(5)));

    assertEquals(201, response.status());
    assertEquals("{\"ok\":true}", response.body());
  }

  @Test
  void aBodyThatStopsArrivingFailsAtTheDeadline() {
    JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(2));

    assertThrows(
        HttpTimeoutException.class, () -> transport.send(get("/stalls", Duration.ofMillis(300))));
  }
}
