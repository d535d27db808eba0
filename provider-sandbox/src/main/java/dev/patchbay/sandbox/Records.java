package dev.patchbay.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One provider collection (employees, jobs, ...), kept in insertion order. Records are stored in
 * the provider's own JSON shape. Thread-safe.
 */
public final class Records {
  private final Supplier<List<ObjectNode>> seed;
  private final Function<ObjectNode, String> idOf;
  private final Map<String, ObjectNode> byId = new LinkedHashMap<>();

  /**
   * @param seed builds the initial records, again on every {@link #reset()}
   * @param idOf reads a record's id
   */
  public Records(Supplier<List<ObjectNode>> seed, Function<ObjectNode, String> idOf) {
    this.seed = seed;
    this.idOf = idOf;
    reset();
  }

  public synchronized void reset() {
    byId.clear();
    seed.get().forEach(this::put);
  }

  /** A snapshot of every record, in insertion order. */
  public synchronized List<ObjectNode> all() {
    return new ArrayList<>(byId.values());
  }

  public synchronized Optional<ObjectNode> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Adds or replaces a record under its id. */
  public synchronized ObjectNode put(ObjectNode record) {
    byId.put(idOf.apply(record), record);
    return record;
  }

  public synchronized boolean remove(String id) {
    return byId.remove(id) != null;
  }

  public synchronized int size() {
    return byId.size();
  }
}
