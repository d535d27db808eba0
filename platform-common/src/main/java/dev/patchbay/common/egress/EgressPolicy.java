package dev.patchbay.common.egress;

import dev.patchbay.common.error.ApiException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where the platform may send requests on a customer's behalf: http(s) URLs whose host resolves
 * only to public addresses. Loopback, private, link-local (cloud metadata), carrier-grade NAT,
 * multicast and reserved ranges are refused unless an operator allows private targets (local
 * development, tests).
 */
public final class EgressPolicy {
  private final boolean allowPrivateTargets;

  public EgressPolicy(boolean allowPrivateTargets) {
    this.allowPrivateTargets = allowPrivateTargets;
  }

  /** The URL, parsed and checked; a 400 {@link ApiException} names what is wrong with it. */
  public URI check(String field, String raw) {
    URI uri = parse(field, raw);
    for (InetAddress address : resolve(field, uri.getHost())) {
      if (!allowPrivateTargets && !isPublic(address)) {
        throw ApiException.badRequest(
            "'" + field + "' must point to a public address; " + uri.getHost() + " does not");
      }
    }
    return uri;
  }

  private static URI parse(String field, String raw) {
    URI uri;
    try {
      uri = new URI(raw == null ? "" : raw.trim());
    } catch (URISyntaxException e) {
      throw ApiException.badRequest("'" + field + "' is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw ApiException.badRequest("'" + field + "' must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw ApiException.badRequest("'" + field + "' must name a host, without user information");
    }
    return uri;
  }

  private static List<InetAddress> resolve(String field, String host) {
    try {
      return List.of(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      throw ApiException.badRequest("'" + field + "': host " + host + " cannot be resolved");
    }
  }

  /** True for addresses on the public internet. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19)) // benchmarking
          && first < 224; // multicast and reserved, broadcast
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      return (first & 0xfe) != 0xfc // unique local fc00::/7
          && !isMappedOrCompatibleIpv4(b);
    }
    return false;
  }

  /** ::ffff:a.b.c.d and ::a.b.c.d hide an IPv4 address; refuse them rather than unwrap them. */
  private static boolean isMappedOrCompatibleIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
  }
}
