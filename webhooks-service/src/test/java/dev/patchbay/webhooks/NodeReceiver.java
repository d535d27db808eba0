package dev.patchbay.webhooks;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The test receiver: a Node.js process verifying every delivery with npm {@code
 * standardwebhooks@1.1.1}, the library receivers use. Installed once into target/.
 */
final class NodeReceiver {
  private static final Path DIR = Path.of("target", "webhook-receiver").toAbsolutePath();

  final int port;
  private Process process;

  private NodeReceiver(int port) {
    this.port = port;
  }

  static NodeReceiver start() {
    NodeReceiver receiver = new NodeReceiver(freePort());
    receiver.restart();
    return receiver;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Verify deliveries to {@code path} with these secrets; answer as {@code behaviour} says. */
  void control(String path, List<String> secrets, Map<String, Object> behaviour) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("path", path, "secrets", secrets, "behaviour", behaviour))
        .post(url("/__control"))
        .then()
        .statusCode(204);
  }

  /** Every request to {@code path} so far, in arrival order. */
  List<Map<String, Object>> log(String path) {
    List<Map<String, Object>> all = given().get(url("/__log")).then().extract().path("$");
    return all.stream().filter(r -> path.equals(r.get("path"))).toList();
  }

  void stop() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts (again) on the same port; the controls and the log start empty. */
  void restart() {
    try {
      Path script = install();
      process =
          new ProcessBuilder("node", script.toString(), Integer.toString(port))
              .directory(DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(DIR.resolve("receiver.log").toFile())
              .start();
      Instant deadline = Instant.now().plusSeconds(15);
      while (!listening()) {
        if (Instant.now().isAfter(deadline) || !process.isAlive()) {
          throw new IllegalStateException("the node receiver did not start; see " + DIR);
        }
        Thread.sleep(100);
      }
    } catch (IOException e) {
      throw new IllegalStateException("node is needed for the webhook tests", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static synchronized Path install() throws IOException, InterruptedException {
    Files.createDirectories(DIR);
    Path script = DIR.resolve("webhook-receiver.cjs");
    try (InputStream in = NodeReceiver.class.getResourceAsStream("/webhook-receiver.cjs")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(DIR.resolve("node_modules/standardwebhooks"))) {
      Files.writeString(DIR.resolve("package.json"), "{\"private\": true}\n");
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--no-audit",
                  "--no-fund",
                  "--no-save",
                  "standardwebhooks@1.1.1")
              .directory(DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(DIR.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS)
          || npm.exitValue() != 0) {
        throw new IllegalStateException("npm install standardwebhooks@1.1.1 failed; see " + DIR);
      }
    }
    return script;
  }

  private boolean listening() {
    try (Socket ignored = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
