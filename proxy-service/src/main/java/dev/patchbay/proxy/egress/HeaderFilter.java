package dev.patchbay.proxy.egress;

import dev.patchbay.common.error.ApiException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which headers cross the proxy. Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and
 * never cross; from the caller, neither do headers that carry credentials or describe the
 * connection or body framing (the proxy sets those itself).
 */
public final class HeaderFilter {
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "proxy-authenticate",
          "proxy-authorization",
          "te",
          "trailer",
          "trailers",
          "transfer-encoding",
          "upgrade");
  private static final Set<String> NOT_FROM_CALLER =
      Set.of("authorization", "cookie", "host", "content-length", "expect", "x-account-id");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private HeaderFilter() {}

  /**
   * Whether a header the caller named in {@code headers} is forwarded. A name or value that could
   * not be sent as written (not an HTTP token; a line break in the value) is refused.
   */
  public static boolean forwardedFromCaller(String name, String value) {
    if (!TOKEN.matcher(name).matches()) {
      throw ApiException.badRequest("'headers' has a name that is not a valid HTTP header name");
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
      throw ApiException.badRequest("'headers." + name + "' contains a line break");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return !HOP_BY_HOP.contains(lower) && !NOT_FROM_CALLER.contains(lower);
  }

  /** Whether a provider response header is shown to the caller. */
  public static boolean returnedToCaller(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !HOP_BY_HOP.contains(lower) && !lower.equals("content-length");
  }
}
