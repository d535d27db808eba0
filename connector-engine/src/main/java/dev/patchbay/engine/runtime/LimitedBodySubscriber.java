package dev.patchbay.engine.runtime;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as UTF-8 text, at most {@code limit} bytes. Past the limit (or when the
 * declared {@code Content-Length} is already over it) it cancels the subscription, so nothing more
 * is read or buffered, and fails with {@link ResponseTooLargeException}. {@link #abort} ends it
 * early from another thread, for a response that is not complete in time.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<String> {
  private final long limit;
  private final long declaredLength;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final CompletableFuture<String> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  /**
   * @param declaredLength the {@code Content-Length}, or a negative number when unknown
   */
  LimitedBodySubscriber(long limit, long declaredLength) {
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  /** The subscriber for a response with these headers. */
  static LimitedBodySubscriber of(HttpResponse.ResponseInfo info, long limit) {
    return new LimitedBodySubscriber(
        limit, info.headers().firstValueAsLong("content-length").orElse(-1));
  }

  /** Bytes held so far. */
  long buffered() {
    return buffer.size();
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (body.isDone()) { // aborted before the body started
      subscription.cancel();
      return;
    }
    if (declaredLength > limit) {
      tooLarge();
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      if (buffer.size() + (long) item.remaining() > limit) {
        tooLarge();
        return;
      }
      byte[] bytes = new byte[item.remaining()];
      item.get(bytes);
      buffer.writeBytes(bytes);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    body.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    body.complete(buffer.toString(StandardCharsets.UTF_8));
  }

  @Override
  public CompletionStage<String> getBody() {
    return body;
  }

  /** Stops reading and fails the body with {@code why}, unless it is complete already. */
  synchronized void abort(Exception why) {
    if (subscription != null) {
      subscription.cancel();
    }
    body.completeExceptionally(why);
  }

  private void tooLarge() {
    abort(new ResponseTooLargeException(limit));
  }
}
