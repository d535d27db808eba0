package dev.patchbay.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What a service put on {@code platform.request-logs}, read the way logs-service reads it. */
public final class RequestLogTopic {
  private static final String TOPIC = "platform.request-logs";

  private RequestLogTopic() {}

  /**
   * The one {@code request.logged} event of {@code requestId} (waiting 30 s at most), after
   * checking that none of {@code secrets} is in it, as sent or base64-encoded (as in a Basic
   * header).
   */
  public static String eventWithout(String requestId, Collection<String> secrets) {
    List<ConsumerRecord<String, String>> records =
        TopicProbe.read(TOPIC, v -> v.contains(requestId), 1, Duration.ofSeconds(30));
    assertEquals(1, records.size(), "one request-log event for " + requestId);
    String value = records.get(0).value();
    assertNoSecret(value, secrets);
    return value;
  }

  /** Fails when {@code text} holds any of {@code secrets}, as sent or base64-encoded. */
  public static void assertNoSecret(String text, Collection<String> secrets) {
    for (String secret : secrets) {
      assertFalse(text.contains(secret), "a secret reached the request log: " + secret);
      assertFalse(
          text.contains(
              Base64.getEncoder().encodeToString((secret + ":").getBytes(StandardCharsets.UTF_8))),
          "a Basic credential reached the request log");
    }
  }
}
