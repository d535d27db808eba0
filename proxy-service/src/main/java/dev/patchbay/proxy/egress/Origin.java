package dev.patchbay.proxy.egress;

import java.net.URI;
import java.util.Locale;

/** Scheme, host and port of a URL: where a request goes (RFC 6454). */
public record Origin(String scheme, String host, int port) {

  /** The origin of an absolute http(s) URL; {@code null} for anything else. */
  public static Origin of(URI uri) {
    if (uri.getScheme() == null || uri.getHost() == null) {
      return null;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
  }
}
