package dev.patchbay.webhooks.delivery;

import dev.patchbay.common.egress.EgressPolicy;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.webhooks.WebhooksConfig;
import dev.patchbay.webhooks.event.WebhookEvent;
import dev.patchbay.webhooks.event.WebhookEventRepository;
import dev.patchbay.webhooks.subscription.SigningSecrets;
import dev.patchbay.webhooks.subscription.Subscription;
import dev.patchbay.webhooks.subscription.SubscriptionRepository;
import dev.patchbay.webhooks.subscription.SubscriptionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Attempts due deliveries with a few worker threads. Each attempt runs in its own transaction that
 * holds the delivery's row lock, so an instance that dies mid-attempt leaves the delivery pending
 * for another attempt with the same {@code webhook-id}, and instances never attempt the same
 * delivery at once.
 */
@ApplicationScoped
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

  private final DeliveryRepository deliveries;
  private final SubscriptionRepository subscriptions;
  private final WebhookEventRepository events;
  private final SigningSecrets secrets;
  private final RetryPolicy retry;
  private final WebhooksConfig config;
  private final EgressPolicy egress;
  private final HttpClient http;
  private ExecutorService workers;
  private volatile boolean running;

  public DeliveryWorker(
      DeliveryRepository deliveries,
      SubscriptionRepository subscriptions,
      WebhookEventRepository events,
      SigningSecrets secrets,
      RetryPolicy retry,
      WebhooksConfig config,
      SubscriptionService subscriptionService,
      Vertx vertx) {
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.events = events;
    this.secrets = secrets;
    this.retry = retry;
    this.config = config;
    this.egress = subscriptionService.egress();
    this.http =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout(5_000)
                .setMaxPoolSize(Math.max(4, config.workers()))
                .setVerifyHost(true));
  }

  void start(@Observes StartupEvent event) {
    running = true;
    AtomicInteger n = new AtomicInteger();
    workers =
        Executors.newFixedThreadPool(
            config.workers(), r -> new Thread(r, "webhook-delivery-" + n.incrementAndGet()));
    for (int i = 0; i < config.workers(); i++) {
      workers.submit(this::loop);
    }
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    running = false;
    workers.shutdownNow();
    workers.awaitTermination(10, TimeUnit.SECONDS);
  }

  private void loop() {
    while (running) {
      boolean delivered;
      try {
        delivered = deliverOne();
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        LOG.warnf("a delivery attempt failed and stays pending: %s", e.getClass().getSimpleName());
        delivered = false;
      }
      if (!delivered) {
        try {
          Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** Attempts one due delivery, if there is one; true when it did. */
  boolean deliverOne() {
    int seconds = (int) config.timeout().toSeconds() + 30;
    return QuarkusTransaction.requiringNew()
        .timeout(seconds)
        .call(
            () -> {
              Optional<Long> claimed = deliveries.claimDue();
              if (claimed.isEmpty()) {
                return false;
              }
              Delivery d = deliveries.findById(claimed.get());
              Subscription s = subscriptions.findById(d.subscriptionId);
              WebhookEvent e = events.findById(d.eventId);
              record(d, s, attempt(s, e));
              return true;
            });
  }

  private Outcome attempt(Subscription s, WebhookEvent e) {
    EgressPolicy.Target target;
    try {
      target = egress.resolve("url", s.url);
    } catch (ApiException refused) {
      return Outcome.unanswered(refused.getMessage());
    }
    Instant now = Instant.now();
    long timestamp = now.getEpochSecond();
    RequestOptions request =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            // connect to the address the policy checked; the URL's host names it (Host, TLS SNI)
            .setServer(
                SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
            .setHost(target.uri().getHost())
            .setPort(target.port())
            .setSsl(target.https())
            .setURI(target.pathAndQuery())
            .setFollowRedirects(false)
            .setTimeout(config.timeout().toMillis())
            .putHeader("Content-Type", "application/json")
            .putHeader("User-Agent", "Patchbay-Webhooks/1")
            .putHeader("webhook-id", e.id)
            .putHeader("webhook-timestamp", Long.toString(timestamp))
            .putHeader(
                "webhook-signature",
                WebhookSigner.signatureHeader(e.id, timestamp, e.body, secrets.signing(s, now)));
    try {
      HttpClientResponse response =
          http.request(request)
              .compose(sent -> sent.send(Buffer.buffer(e.body)))
              .compose(answer -> answer.body().map(ignored -> answer))
              .toCompletionStage()
              .toCompletableFuture()
              .get(config.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
      int status = response.statusCode();
      String retryAfter = response.getHeader("Retry-After");
      return Outcome.answered(
          status,
          (status == 429 || status == 503) && retryAfter != null ? retryAfter(retryAfter) : null);
    } catch (TimeoutException | ExecutionException failed) {
      // Vert.x reports its request timeout as a TimeoutException too
      Throwable cause = failed instanceof ExecutionException ? failed.getCause() : failed;
      return cause instanceof TimeoutException
          ? Outcome.unanswered("no answer within " + config.timeout().toSeconds() + " s")
          : Outcome.unanswered("connection failed (" + cause.getClass().getSimpleName() + ")");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted mid-delivery; it stays pending");
    }
  }

  private void record(Delivery d, Subscription s, Outcome outcome) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    d.attempts++;
    d.lastAttemptAt = now;
    d.lastStatus = outcome.status();
    d.lastError = outcome.error();
    if (outcome.succeeded()) {
      d.status = Delivery.SUCCEEDED;
      d.completedAt = now;
      s.consecutiveFailures = 0;
      s.circuitOpenUntil = null;
      return;
    }
    if (outcome.gone()) {
      // stays pending: re-enabling the subscription resumes where it stopped
      s.enabled = false;
      s.disabledReason = "the endpoint answered 410 Gone";
      s.updatedAt = now;
      return;
    }
    s.consecutiveFailures++;
    if (s.consecutiveFailures >= config.circuitBreaker().failureThreshold()) {
      s.circuitOpenUntil = now.plus(config.circuitBreaker().openFor());
    }
    if (retry.exhausted(d.attempts)) {
      d.status = Delivery.DEAD;
      d.completedAt = now;
    } else {
      d.nextAttemptAt = now.plus(retry.delayAfter(d.attempts, outcome.retryAfter()));
    }
  }

  /** Retry-After in seconds or as an HTTP date; null when unreadable. */
  static Duration retryAfter(String value) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at =
            ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
