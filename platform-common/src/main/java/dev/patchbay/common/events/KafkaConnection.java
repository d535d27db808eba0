package dev.patchbay.common.events;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.eclipse.microprofile.config.Config;

/**
 * How the platform's own Kafka clients (outbox relay, request-log publisher) reach the brokers: the
 * bootstrap servers plus the same {@code kafka.security.*}, {@code kafka.sasl.*} and {@code
 * kafka.ssl.*} settings the SmallRye Kafka channels read (TLS and SASL on a managed Kafka, e.g. the
 * Helm chart's {@code kafka.properties}).
 */
public final class KafkaConnection {
  private static final String PREFIX = "kafka.";
  private static final List<String> SECURITY = List.of("security.", "sasl.", "ssl.");

  private KafkaConnection() {}

  /** Client properties to start a producer from. */
  public static Properties properties(Config config, String bootstrapServers) {
    Properties props = new Properties();
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    for (String name : config.getPropertyNames()) {
      if (!name.startsWith(PREFIX)) {
        continue;
      }
      String key = name.substring(PREFIX.length());
      if (SECURITY.stream().anyMatch(key::startsWith)) {
        config.getOptionalValue(name, String.class).ifPresent(value -> props.put(key, value));
      }
    }
    return props;
  }
}
