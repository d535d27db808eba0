package dev.patchbay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class LimitedBodySubscriberTest {

  /** Records what the subscriber asks of its publisher. */
  private static final class Subscription implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  private static List<ByteBuffer> chunk(String text) {
    return List.of(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBodyWithinTheLimitIsReadAsText() {
    LimitedBodySubscriber subscriber = new LimitedBodySubscriber(10, -1);
    Subscription subscription = new Subscription();
    subscriber.onSubscribe(subscription);
    subscriber.onNext(chunk("héllo"));
    subscriber.onComplete();

    assertEquals("héllo", subscriber.getBody().toCompletableFuture().join());
  }

  @Test
  void goingOverTheLimitCancelsWithoutBufferingFurther() {
    LimitedBodySubscriber subscriber = new LimitedBodySubscriber(8, -1);
    Subscription subscription = new Subscription();
    subscriber.onSubscribe(subscription);

    subscriber.onNext(chunk("12345"));
    subscriber.onNext(chunk("67890"));
    subscriber.onNext(chunk("abcde"));

    assertTrue(subscription.cancelled);
    assertEquals(5, subscriber.buffered());
    CompletionException failure =
        assertThrows(
            CompletionException.class, () -> subscriber.getBody().toCompletableFuture().join());
    assertInstanceOf(ResponseTooLargeException.class, failure.getCause());
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
    LimitedBodySubscriber subscriber = new LimitedBodySubscriber(8, 1_000_000);
    Subscription subscription = new Subscription();
    subscriber.onSubscribe(subscription);

    assertTrue(subscription.cancelled);
    assertEquals(0, subscription.requested);
    assertTrue(subscriber.getBody().toCompletableFuture().isCompletedExceptionally());
  }
}
