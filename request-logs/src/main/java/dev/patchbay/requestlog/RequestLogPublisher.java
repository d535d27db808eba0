package dev.patchbay.requestlog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.events.KafkaConnection;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends {@code request.logged} events to {@code platform.request-logs} without ever holding up or
 * failing a request: {@link #publish} only offers the finished entry to a bounded buffer, and one
 * sender thread builds each event (masking secrets, cutting bodies) and hands it to Kafka
 * asynchronously. An entry that finds the buffer full, that cannot be built, or that Kafka refuses,
 * is dropped and counted ({@code patchbay_request_logs_dropped_total}). Request logs are best
 * effort by design; platform events that must not be lost go through the outbox instead.
 */
@ApplicationScoped
public class RequestLogPublisher {
  private static final Logger LOG = Logger.getLogger(RequestLogPublisher.class);
  static final String DROPPED = "patchbay.request_logs.dropped";

  private final BlockingQueue<RequestLogEntry> buffer;
  private final ObjectMapper json;
  private final String bootstrapServers;
  private final String source;
  private final int maxBodyBytes;
  private final List<Pattern> extraPatterns;
  private final Counter dropped;
  private volatile boolean running = true;
  private Thread sender;
  private Producer<String, String> producer;

  public RequestLogPublisher(
      RequestLogConfig config,
      ObjectMapper json,
      MeterRegistry metrics,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "quarkus.application.name") String app) {
    this.buffer = new ArrayBlockingQueue<>(config.bufferSize());
    this.json = json;
    this.bootstrapServers = bootstrapServers;
    this.source = "/patchbay/" + app;
    this.maxBodyBytes = config.maxBodyBytes();
    this.extraPatterns =
        config.redactPatterns().orElse(List.of()).stream().map(Pattern::compile).toList();
    this.dropped =
        Counter.builder(DROPPED)
            .description("request-log events dropped: buffer full, unbuildable or refused by Kafka")
            .register(metrics);
  }

  void start(@Observes StartupEvent started) {
    sender = new Thread(this::drain, "request-log-sender");
    sender.setDaemon(true);
    sender.start();
  }

  /** Queues the finished entry; never blocks, never throws. */
  public void publish(RequestLogEntry entry) {
    if (!buffer.offer(entry)) {
      dropped.increment();
    }
  }

  /** Events dropped so far. */
  public double droppedCount() {
    return dropped.count();
  }

  private void drain() {
    while (running || !buffer.isEmpty()) {
      try {
        RequestLogEntry entry = buffer.poll(200, TimeUnit.MILLISECONDS);
        if (entry != null) {
          send(record(entry));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // unbuildable, or Kafka unavailable for longer than max.block.ms: this event is lost
        dropped.increment();
        LOG.debugf("a request log could not be sent: %s", e.getClass().getSimpleName());
      }
    }
  }

  private ProducerRecord<String, String> record(RequestLogEntry entry) {
    CloudEvent event =
        new CloudEvent(
            CloudEvent.SPEC_VERSION,
            Ids.newId("evt"),
            source,
            EventType.REQUEST_LOGGED.wireName(),
            entry.requestId(),
            Timestamps.now(),
            "application/json",
            entry.projectId(),
            entry.toData(json, maxBodyBytes, extraPatterns));
    ProducerRecord<String, String> record =
        new ProducerRecord<>(
            EventType.REQUEST_LOGGED.topic(), entry.requestId(), EventJson.write(event));
    record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
    return record;
  }

  private void send(ProducerRecord<String, String> record) {
    producer()
        .send(
            record,
            (metadata, failure) -> {
              if (failure != null) {
                dropped.increment();
                LOG.debugf("a request log was refused by Kafka: %s", failure.getMessage());
              }
            });
  }

  private Producer<String, String> producer() {
    if (producer == null) {
      Properties props = KafkaConnection.properties(ConfigProvider.getConfig(), bootstrapServers);
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, "request-logs");
      props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
      props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  void stop(@Observes ShutdownEvent stopping) {
    running = false;
    if (sender != null) {
      try {
        sender.join(Duration.ofSeconds(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }
}
