package dev.patchbay.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * The one test resource of every service: a real PostgreSQL and a real Kafka broker inside the test
 * JVM, unless external ones are given ({@code PATCHBAY_TEST_DB_URL} with {@code
 * PATCHBAY_TEST_DB_USER}/{@code PATCHBAY_TEST_DB_PASSWORD}, and {@code
 * PATCHBAY_TEST_KAFKA_BOOTSTRAP_SERVERS}), plus an in-memory RSA key that signs operator tokens.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {
  private EmbeddedPostgres postgres;
  private KafkaClusterTestKit kafka;

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    config.putAll(database());
    config.put("kafka.bootstrap.servers", kafka());
    config.putAll(OperatorTokens.oidcConfig());
    return config;
  }

  private Map<String, String> database() {
    String external = System.getenv("PATCHBAY_TEST_DB_URL");
    if (external != null) {
      return Map.of(
          "quarkus.datasource.jdbc.url", external,
          "quarkus.datasource.username", System.getenv().getOrDefault("PATCHBAY_TEST_DB_USER", ""),
          "quarkus.datasource.password",
              System.getenv().getOrDefault("PATCHBAY_TEST_DB_PASSWORD", ""));
    }
    try {
      postgres = EmbeddedPostgres.builder().start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database patchbay");
      }
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("embedded PostgreSQL did not start", e);
    }
    return Map.of(
        "quarkus.datasource.jdbc.url",
        "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/patchbay",
        "quarkus.datasource.username",
        "postgres",
        "quarkus.datasource.password",
        "postgres");
  }

  private String kafka() {
    String external = System.getenv("PATCHBAY_TEST_KAFKA_BOOTSTRAP_SERVERS");
    if (external != null) {
      return external;
    }
    try {
      kafka =
          new KafkaClusterTestKit.Builder(
                  new TestKitNodes.Builder()
                      .setCombined(true)
                      .setNumBrokerNodes(1)
                      .setNumControllerNodes(1)
                      .build())
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("offsets.topic.num.partitions", "1")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .build();
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      return kafka.bootstrapServers();
    } catch (Exception e) {
      throw new IllegalStateException("embedded Kafka did not start", e);
    }
  }

  @Override
  public void stop() {
    try {
      if (kafka != null) {
        kafka.close();
      }
      if (postgres != null) {
        postgres.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException("test infrastructure did not stop cleanly", e);
    }
  }
}
