package dev.patchbay.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The most recent requests the sandbox answered, for tests that check what reached a provider (or
 * that nothing did). Bodies and credentials are not kept.
 */
public final class RequestJournal {
  private static final int CAPACITY = 1000;

  public record Entry(String provider, String method, String path, int status) {}

  private final Deque<Entry> entries = new ArrayDeque<>();

  public synchronized void record(Entry entry) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  /** Entries for {@code provider} (all when null), oldest first. */
  public synchronized ArrayNode toJson(String provider) {
    ArrayNode out = Json.array();
    for (Entry entry : entries) {
      if (provider == null || provider.equals(entry.provider())) {
        ObjectNode row = out.addObject();
        row.put("provider", entry.provider());
        row.put("method", entry.method());
        row.put("path", entry.path());
        row.put("status", entry.status());
      }
    }
    return out;
  }

  public synchronized void clear() {
    entries.clear();
  }
}
