package dev.patchbay.local;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of each service, taken in turn (round-robin), as a Kubernetes Service spreads
 * connections over its pods. A service named twice has two instances.
 */
final class Upstreams {

  private record Pool(List<URI> instances, AtomicInteger next) {
    URI take() {
      return instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
    }
  }

  private final Map<String, Pool> pools = new HashMap<>();

  /** Adds an instance: {@code name=http://host:port}. */
  void add(String nameEqualsUrl) {
    String[] parts = nameEqualsUrl.trim().split("=", 2);
    URI url = URI.create(parts.length == 2 ? parts[1] : "");
    if (parts[0].isBlank() || !"http".equals(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException(
          "Upstream must be name=http://host:port: " + nameEqualsUrl);
    }
    pools
        .computeIfAbsent(parts[0], name -> new Pool(new ArrayList<>(), new AtomicInteger()))
        .instances()
        .add(url);
  }

  /** The service's next instance; empty when it has none. */
  Optional<URI> next(String service) {
    Pool pool = pools.get(service);
    return pool == null ? Optional.empty() : Optional.of(pool.take());
  }
}
