package dev.patchbay.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestLogPublisherTest {

  @Test
  void aFullBufferDropsAndCountsInsteadOfWaiting() {
    RequestLogConfig config =
        new RequestLogConfig() {
          @Override
          public int maxBodyBytes() {
            return 1024;
          }

          @Override
          public int bufferSize() {
            return 2;
          }

          @Override
          public Optional<List<String>> redactPatterns() {
            return Optional.empty();
          }
        };
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    // not started: nothing drains the buffer
    RequestLogPublisher publisher =
        new RequestLogPublisher(config, new ObjectMapper(), metrics, "127.0.0.1:1", "test-service");
    for (int i = 0; i < 5; i++) {
      publisher.publish(RequestLogEntryTest.entry("/accounts", Map.of()));
    }
    assertEquals(3, publisher.droppedCount());
    assertEquals(3, metrics.get(RequestLogPublisher.DROPPED).counter().count());
  }
}
