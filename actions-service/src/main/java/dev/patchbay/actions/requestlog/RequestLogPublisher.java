package dev.patchbay.actions.requestlog;

import dev.patchbay.actions.ActionsConfig;
import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.EventType;
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
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends {@code request.logged} events to {@code platform.request-logs} without ever holding up or
 * failing a request: {@link #publish} only offers the event to a bounded buffer, and one sender
 * thread hands them to Kafka asynchronously. An event that finds the buffer full, or that Kafka
 * refuses, is dropped and counted ({@code patchbay_request_logs_dropped_total}). Request logs are
 * best effort by design; platform events that must not be lost go through the outbox instead.
 */
@ApplicationScoped
public class RequestLogPublisher {
  private static final Logger LOG = Logger.getLogger(RequestLogPublisher.class);
  static final String DROPPED = "patchbay.request_logs.dropped";

  private final BlockingQueue<ProducerRecord<String, String>> buffer;
  private final String bootstrapServers;
  private final String source;
  private final int maxBodyBytes;
  private final Counter dropped;
  private volatile boolean running = true;
  private Thread sender;
  private Producer<String, String> producer;

  public RequestLogPublisher(
      ActionsConfig config,
      MeterRegistry metrics,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "quarkus.application.name") String app) {
    this.buffer = new ArrayBlockingQueue<>(config.actions().requestLog().bufferSize());
    this.bootstrapServers = bootstrapServers;
    this.source = "/patchbay/" + app;
    this.maxBodyBytes = config.actions().requestLog().maxBodyBytes();
    this.dropped =
        Counter.builder(DROPPED)
            .description("request-log events dropped: buffer full or refused by Kafka")
            .register(metrics);
  }

  void start(@Observes StartupEvent started) {
    sender = new Thread(this::drain, "request-log-sender");
    sender.setDaemon(true);
    sender.start();
  }

  /** Queues the entry's event; never blocks, never throws. */
  public void publish(RequestLogEntry entry) {
    try {
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
              entry.toData(maxBodyBytes));
      ProducerRecord<String, String> record =
          new ProducerRecord<>(
              EventType.REQUEST_LOGGED.topic(), entry.requestId(), EventJson.write(event));
      record
          .headers()
          .add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
      if (!buffer.offer(record)) {
        dropped.increment();
      }
    } catch (RuntimeException e) {
      LOG.warnf("a request log could not be built: %s", e.getClass().getSimpleName());
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
        ProducerRecord<String, String> record = buffer.poll(200, TimeUnit.MILLISECONDS);
        if (record != null) {
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
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Kafka unavailable for longer than max.block.ms: this event is lost, the next one tries
        dropped.increment();
        LOG.debugf("a request log could not be sent: %s", e.getMessage());
      }
    }
  }

  private Producer<String, String> producer() {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
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
