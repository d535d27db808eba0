package dev.patchbay.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

  private static Config config(Map<String, String> values) {
    return new SmallRyeConfigBuilder()
        .withSources(new PropertiesConfigSource(values, "test", 100))
        .build();
  }

  @Test
  void securitySettingsReachTheClientWithoutTheirPrefix() {
    Properties props =
        KafkaConnection.properties(
            config(
                Map.of(
                    "kafka.security.protocol", "SASL_SSL",
                    "kafka.sasl.mechanism", "SCRAM-SHA-512",
                    "kafka.ssl.truststore.type", "PEM",
                    "kafka.bootstrap.servers", "ignored:9092",
                    "mp.messaging.incoming.x.topic", "platform.accounts",
                    "kafka.group.id", "not-a-security-setting")),
            "broker:9093");
    Properties expected = new Properties();
    expected.putAll(
        Map.of(
            "bootstrap.servers", "broker:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "ssl.truststore.type", "PEM"));
    assertEquals(expected, props);
  }

  @Test
  void plaintextNeedsOnlyTheBootstrapServers() {
    assertEquals(
        Map.of("bootstrap.servers", "127.0.0.1:59092"),
        Map.copyOf(KafkaConnection.properties(config(Map.of()), "127.0.0.1:59092")));
  }
}
