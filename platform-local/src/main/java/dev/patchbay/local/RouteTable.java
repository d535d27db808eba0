package dev.patchbay.local;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Path-prefix routing, as the Kubernetes Ingress does it: the longest matching prefix wins, and a
 * prefix matches only whole path segments.
 */
final class RouteTable {

  /** Cluster-internal endpoints and Quarkus' management paths: never reachable from outside. */
  static final List<String> NEVER_ROUTED = List.of("/internal", "/q");

  private record Route(String prefix, String service) {}

  private final List<Route> routes = new ArrayList<>();

  RouteTable(Map<String, String> serviceByPrefix) {
    serviceByPrefix.forEach(
        (prefix, service) -> {
          if (!prefix.startsWith("/")) {
            throw new IllegalArgumentException("Route prefix must start with '/': " + prefix);
          }
          routes.add(new Route(stripTrailingSlash(prefix), service.trim()));
        });
    routes.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
  }

  /** Reads a properties file of {@code /prefix=service-name} lines. */
  static RouteTable parse(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    Map<String, String> serviceByPrefix = new HashMap<>();
    properties
        .stringPropertyNames()
        .forEach(p -> serviceByPrefix.put(p, properties.getProperty(p)));
    return new RouteTable(serviceByPrefix);
  }

  /** The service a request path goes to; empty when nothing routes it. */
  Optional<String> serviceFor(String path) {
    if (!path.startsWith("/")
        || hasDotSegment(path)
        || NEVER_ROUTED.stream().anyMatch(p -> matches(p, path))) {
      return Optional.empty();
    }
    return routes.stream().filter(r -> matches(r.prefix(), path)).map(Route::service).findFirst();
  }

  static boolean matches(String prefix, String path) {
    if (prefix.isEmpty()) {
      return true; // the route "/"
    }
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }

  /**
   * "." and ".." segments (also percent-encoded) are refused: the service behind would normalize
   * them away, so {@code /accounts/../internal/x} would reach a never-routed path.
   */
  private static boolean hasDotSegment(String path) {
    for (String segment : path.replace("%2e", ".").replace("%2E", ".").split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static String stripTrailingSlash(String prefix) {
    return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }
}
