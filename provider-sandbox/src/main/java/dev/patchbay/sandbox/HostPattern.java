package dev.patchbay.sandbox;

import java.util.Locale;

/**
 * Matches a request host against a provider host: exact, or {@code *.example.com} for subdomains.
 */
final class HostPattern {
  private HostPattern() {}

  static boolean matches(String pattern, String host) {
    String name = stripPort(host.toLowerCase(Locale.ROOT));
    String expected = pattern.toLowerCase(Locale.ROOT);
    if (expected.startsWith("*.")) {
      String suffix = expected.substring(1);
      return name.endsWith(suffix) && name.length() > suffix.length();
    }
    return name.equals(expected);
  }

  private static String stripPort(String host) {
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
