package dev.patchbay.common.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka with an idempotent producer, then marks them published.
 * Delivery is at least once: if the relay dies after Kafka acknowledged and before the mark
 * commits, the rows are sent again, and consumers drop the repeat by event id ({@link Inbox}). Rows
 * are locked with SKIP LOCKED, so replicas never relay the same row at the same time.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  static final int BATCH = 100;

  private final EntityManager em;
  private final String bootstrapServers;
  private Producer<String, String> producer;

  public OutboxRelay(
      EntityManager em, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.em = em;
    this.bootstrapServers = bootstrapServers;
  }

  /** One pending outbox row. */
  public record Pending(long seq, String id, String topic, String key, String payload) {}

  @Scheduled(
      every = "${patchbay.outbox.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    try {
      while (relayBatch() == BATCH) {
        // a full batch: there may be more
      }
    } catch (RuntimeException e) {
      LOG.warnf("outbox relay paused until the next tick: %s", e.getMessage());
    }
  }

  /** Relays up to one batch in one transaction; returns how many rows it published. */
  public int relayBatch() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Pending> pending = lockPending();
              publish(pending);
              markPublished(pending);
              return pending.size();
            });
  }

  /** The oldest unpublished rows, locked for the current transaction. */
  @SuppressWarnings("unchecked")
  public List<Pending> lockPending() {
    List<Object[]> rows =
        em.createNativeQuery(
                "select seq, id, topic, event_key, cast(payload as text) from outbox"
                    + " where published_at is null order by seq limit ?1 for update skip locked")
            .setParameter(1, BATCH)
            .getResultList();
    List<Pending> pending = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      pending.add(
          new Pending(
              ((Number) row[0]).longValue(),
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4]));
    }
    return pending;
  }

  /** Sends the rows and waits until Kafka acknowledged every one of them. */
  public void publish(List<Pending> pending) {
    if (pending.isEmpty()) {
      return;
    }
    List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
    for (Pending row : pending) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(row.topic(), row.key(), row.payload());
      record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes());
      acks.add(producer().send(record));
    }
    try {
      for (Future<RecordMetadata> ack : acks) {
        ack.get(30, TimeUnit.SECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not acknowledge the outbox batch", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while relaying the outbox", e);
    }
  }

  private void markPublished(List<Pending> pending) {
    if (pending.isEmpty()) {
      return;
    }
    em.createNativeQuery("update outbox set published_at = now() where seq in (?1)")
        .setParameter(1, pending.stream().map(Pending::seq).toList())
        .executeUpdate();
  }

  /** Published rows are kept for a day, to read when debugging, then deleted. */
  @Scheduled(every = "1h", delayed = "1m")
  void prunePublished() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "delete from outbox where published_at < now() - interval '1 day'")
                    .executeUpdate());
  }

  private synchronized Producer<String, String> producer() {
    if (producer == null) {
      Properties props = KafkaConnection.properties(ConfigProvider.getConfig(), bootstrapServers);
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  synchronized void close(@Observes ShutdownEvent event) {
    if (producer != null) {
      producer.close();
    }
  }
}
