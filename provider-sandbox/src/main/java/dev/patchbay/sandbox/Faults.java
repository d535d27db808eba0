package dev.patchbay.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Faults injected through {@code POST /__sandbox/faults}. Each one applies to the next {@code
 * count} requests to its provider; several queue up in order. Thread-safe.
 */
public final class Faults {

  /**
   * What to do to one request: wait {@code latencyMs} first, then either answer {@code status}
   * (with {@code Retry-After} when set), answer a malformed body, or go on normally.
   */
  public record Fault(int status, Integer retryAfterSeconds, long latencyMs, boolean malformed) {}

  private record Pending(Fault fault, int[] remaining) {}

  private final Map<String, Deque<Pending>> byProvider = new HashMap<>();

  /**
   * Adds a fault from its JSON form: {@code {provider, count?, status?, retry_after?, latency_ms?,
   * malformed?}}.
   *
   * @throws IllegalArgumentException when the JSON does not describe a fault
   */
  public synchronized void add(JsonNode spec) {
    String provider = spec.path("provider").asText("");
    int count = spec.path("count").asInt(1);
    int status = spec.path("status").asInt(0);
    long latency = spec.path("latency_ms").asLong(0);
    boolean malformed = spec.path("malformed").asBoolean(false);
    if (provider.isEmpty() || count < 1) {
      throw new IllegalArgumentException("provider and a positive count are required");
    }
    if (status != 0 && (status < 400 || status > 599)) {
      throw new IllegalArgumentException("status must be 4xx or 5xx");
    }
    if (status == 0 && latency <= 0 && !malformed) {
      throw new IllegalArgumentException("a fault needs status, latency_ms or malformed");
    }
    Integer retryAfter = spec.hasNonNull("retry_after") ? spec.get("retry_after").asInt() : null;
    byProvider
        .computeIfAbsent(provider, key -> new ArrayDeque<>())
        .addLast(new Pending(new Fault(status, retryAfter, latency, malformed), new int[] {count}));
  }

  /** The fault for the next request to {@code provider}, consuming one use of it. */
  public synchronized Optional<Fault> next(String provider) {
    Deque<Pending> queue = byProvider.get(provider);
    if (queue == null || queue.isEmpty()) {
      return Optional.empty();
    }
    Pending head = queue.peekFirst();
    if (--head.remaining()[0] == 0) {
      queue.removeFirst();
    }
    return Optional.of(head.fault());
  }

  public synchronized void clear() {
    byProvider.clear();
  }
}
