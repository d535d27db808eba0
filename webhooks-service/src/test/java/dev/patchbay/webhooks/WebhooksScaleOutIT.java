package dev.patchbay.webhooks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patchbay.common.events.EventType;
import dev.patchbay.common.id.Ids;
import dev.patchbay.testing.AccountsKeyStub;
import dev.patchbay.testing.PlatformTestResource;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged webhooks-service, as separate processes on one PostgreSQL and one Kafka: two
 * instances deliver every event once; an instance killed mid-delivery loses nothing.
 */
class WebhooksScaleOutIT {
  static final String JAR =
      System.getProperty("webhooks.jar", "target/quarkus-app/quarkus-run.jar");
  static final PlatformTestResource infra = new PlatformTestResource();
  static final AccountsKeyStub keys = new AccountsKeyStub();
  static final Map<String, String> config = new HashMap<>();
  static NodeReceiver receiver;

  final List<Process> instances = new ArrayList<>();

  @BeforeAll
  static void start() {
    config.putAll(infra.start());
    config.putAll(keys.start());
    config.put("patchbay.crypto.master-keys", "it-1:7EGH+YCfxy4C2DrZE5VOe0S829K+Hil7g6PYHNVa7jU=");
    config.put("patchbay.webhooks.allow-private-targets", "true");
    config.put("patchbay.webhooks.retry-schedule", "1s,1s,1s,2s,2s,2s,2s,2s,2s,2s");
    receiver = NodeReceiver.start();
    System.setProperty("kafka.bootstrap.servers", config.get("kafka.bootstrap.servers"));
  }

  @AfterAll
  static void stop() {
    receiver.stop();
    keys.stop();
    infra.stop();
  }

  @AfterEach
  void stopInstances() throws InterruptedException {
    for (Process p : instances) {
      p.destroy();
      p.waitFor(15, TimeUnit.SECONDS);
    }
  }

  @Test
  void twoInstancesDeliverEveryEventOnceInOrderPerAccount() {
    int first = startInstance();
    startInstance();
    String path = "/scaled-" + Ids.random(6);
    String secret = subscribe(first, path);
    receiver.control(path, List.of(secret), Map.of());

    Map<String, List<String>> published = new LinkedHashMap<>();
    for (int round = 0; round < 6; round++) {
      for (int a = 0; a < 5; a++) {
        String account = "acc_scaled_" + a;
        EventType type = round == 0 ? EventType.ACCOUNT_CREATED : EventType.ACCOUNT_UPDATED;
        published
            .computeIfAbsent(account, k -> new ArrayList<>())
            .add(Webhooks.publish(type, AccountsKeyStub.PROJECT_A, account).id());
      }
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> receiver.log(path).size() >= 30);
    await().during(Duration.ofSeconds(3)).until(() -> receiver.log(path).size() == 30);
    List<Map<String, Object>> log = receiver.log(path);
    Map<Object, Long> perId =
        log.stream().collect(Collectors.groupingBy(r -> r.get("id"), Collectors.counting()));
    assertEquals(30, perId.size(), "every event delivered");
    assertTrue(perId.values().stream().allMatch(n -> n == 1), "no event delivered twice: " + perId);
    published.forEach(
        (account, ids) ->
            assertEquals(
                ids,
                log.stream()
                    .filter(r -> account.equals(DeliveryTest.accountOf(r)))
                    .map(r -> r.get("id"))
                    .toList(),
                "order for " + account));
  }

  @Test
  void anInstanceKilledMidDeliveryLosesNothing() throws InterruptedException {
    int port = startInstance();
    String path = "/killed-" + Ids.random(6);
    String secret = subscribe(port, path);
    receiver.control(path, List.of(secret), Map.of("delayMs", 4000));
    String account = Ids.newId("acc");
    List<String> published = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      EventType type = i == 0 ? EventType.ACCOUNT_CREATED : EventType.ACCOUNT_UPDATED;
      published.add(Webhooks.publish(type, AccountsKeyStub.PROJECT_A, account).id());
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.log(path).isEmpty());
    Process victim = instances.get(0);
    victim.destroyForcibly();
    victim.waitFor(10, TimeUnit.SECONDS);

    startInstance();
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> receiver.log(path).stream().map(r -> r.get("id")).distinct().count() == 3);
    await().during(Duration.ofSeconds(6)).until(() -> true);
    List<Object> ids = receiver.log(path).stream().map(r -> r.get("id")).toList();
    assertEquals(published, ids.stream().distinct().toList(), "every event, in order");
    assertEquals(published.get(0), ids.get(0));
    assertEquals(
        published.get(0), ids.get(1), "the interrupted delivery is repeated with its webhook-id");
    assertEquals(4, ids.size(), "only the interrupted delivery is repeated: " + ids);
  }

  private String subscribe(int port, String path) {
    return given()
        .port(port)
        .auth()
        .preemptive()
        .basic(AccountsKeyStub.KEY_A, "")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "url", receiver.url(path), "events", List.of("account.created", "account.updated")))
        .post("/webhooks")
        .then()
        .statusCode(201)
        .extract()
        .path("secret");
  }

  /** Starts one more instance and waits until it is ready; returns its port. */
  private int startInstance() {
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
    config.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(
        List.of(
            "-Dquarkus.http.host=127.0.0.1",
            "-Dquarkus.http.port=" + port,
            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
            "-jar",
            JAR));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(Path.of("target", "it-webhooks-" + port + ".log").toFile())
              .start();
      instances.add(process);
    } catch (IOException e) {
      throw new IllegalStateException("could not start " + JAR, e);
    }
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> given().port(port).get("/q/health/ready").statusCode() == 200);
    return port;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
