package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link CredentialsPort} that records what the engine saves. {@link #thenRead} queues what later
 * reads return, as if another execution had refreshed meanwhile.
 */
final class RecordingCredentials implements CredentialsPort {
  private JsonNode current;
  private final Deque<JsonNode> laterReads = new ArrayDeque<>();
  private final List<JsonNode> saved = new ArrayList<>();

  RecordingCredentials(JsonNode initial) {
    this.current = initial;
  }

  RecordingCredentials thenRead(JsonNode credentials) {
    laterReads.add(credentials);
    return this;
  }

  @Override
  public synchronized JsonNode current() {
    JsonNode read = current;
    if (!laterReads.isEmpty()) {
      current = laterReads.poll();
    }
    return read;
  }

  @Override
  public synchronized JsonNode refresh(JsonNode stale, Supplier<JsonNode> runRefresh) {
    JsonNode merged = runRefresh.get();
    saved.add(merged);
    current = merged;
    return merged;
  }

  synchronized List<JsonNode> saved() {
    return List.copyOf(saved);
  }
}
