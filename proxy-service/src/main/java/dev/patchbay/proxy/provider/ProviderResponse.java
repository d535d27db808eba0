package dev.patchbay.proxy.provider;

import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClientResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A provider's response whose head has arrived and whose body waits, paused, to be read once: in
 * chunks as they come ({@link #stream}), so a large body is never held whole, or up to a small
 * limit ({@link #readAtMost}). Reading it to the end, or failing, ends the exchange.
 */
public final class ProviderResponse {
  /** Chunks read ahead of the caller's writes. */
  private static final int READ_AHEAD = 16;

  private final HttpClientResponse response;
  private final AtomicBoolean timedOut;
  private final Runnable done;

  ProviderResponse(HttpClientResponse response, AtomicBoolean timedOut, Runnable done) {
    this.response = response;
    this.timedOut = timedOut;
    this.done = done;
  }

  /** Receives body chunks; an exception stops the exchange. */
  public interface ChunkSink {
    void write(byte[] chunk) throws IOException;
  }

  public int status() {
    return response.statusCode();
  }

  /** Every header, names in lower case, values in order. */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response
        .headers()
        .forEach(
            entry ->
                headers
                    .computeIfAbsent(
                        entry.getKey().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(entry.getValue()));
    return headers;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(response.getHeader(name));
  }

  /** The declared body length, when the provider sent one. */
  public Optional<Long> contentLength() {
    try {
      return header("content-length").map(Long::parseLong);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Hands the body to {@code sink} chunk by chunk; a body longer than {@code maxBytes} is cut off
   * there with an {@link IOException}, as are a stalled or broken provider stream and a failing
   * sink.
   */
  public void stream(long maxBytes, ChunkSink sink) throws IOException {
    boolean complete = false;
    try {
      long total = 0;
      for (Buffer chunk :
          response
              .toMulti()
              .subscribe()
              .asIterable(READ_AHEAD, () -> new ArrayBlockingQueue<>(READ_AHEAD))) {
        total += chunk.length();
        if (total > maxBytes) {
          throw new IOException("the provider's response is larger than " + maxBytes + " bytes");
        }
        sink.write(chunk.getBytes());
      }
      complete = true;
    } catch (RuntimeException e) {
      throw new IOException(
          timedOut.get() ? "the provider's response took too long" : "the provider's stream failed",
          e);
    } finally {
      if (!complete) {
        response.request().reset();
      }
      done.run();
    }
  }

  /** The body when it is at most {@code maxBytes} long, else its first {@code maxBytes}. */
  public byte[] readAtMost(int maxBytes) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      stream(
          Long.MAX_VALUE,
          chunk -> {
            int room = maxBytes - body.size();
            body.write(chunk, 0, Math.min(room, chunk.length));
            if (chunk.length > room) {
              throw new IOException("cut");
            }
          });
    } catch (IOException cut) {
      // what was read so far is what the caller is shown
    }
    return body.toByteArray();
  }
}
