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
 * development, tests), all of them or only named ranges.
 */
public final class EgressPolicy {
  private final boolean allowPrivateTargets;
  private final List<AddressRange> allowedRanges;

  public EgressPolicy(boolean allowPrivateTargets) {
    this.allowPrivateTargets = allowPrivateTargets;
    this.allowedRanges = List.of();
  }

  /**
   * Public addresses, and the non-public ones inside these ranges an operator allowed explicitly.
   *
   * @param allowedRanges CIDR blocks or single addresses ({@code 10.20.0.0/16}, {@code 127.0.0.2})
   * @throws IllegalArgumentException when one is not an IP range
   */
  public EgressPolicy(List<String> allowedRanges) {
    this.allowPrivateTargets = false;
    this.allowedRanges = allowedRanges.stream().map(AddressRange::parse).toList();
  }

  /**
   * A checked destination: the URL and the address resolved when it was checked. Connect to that
   * address (and send the URL's host as Host and TLS server name), so a DNS answer that changes
   * between the check and the connection cannot redirect the request.
   */
  public record Target(URI uri, InetAddress address) {
    public boolean https() {
      return uri.getScheme().equalsIgnoreCase("https");
    }

    public int port() {
      return uri.getPort() >= 0 ? uri.getPort() : https() ? 443 : 80;
    }

    /** The request target: path and query, {@code /} when the URL has no path. */
    public String pathAndQuery() {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
  }

  /** The URL, parsed and checked; a 400 {@link ApiException} names what is wrong with it. */
  public URI check(String field, String raw) {
    return resolve(field, raw).uri();
  }

  /** Parses, resolves and checks the URL; every address of its host must be allowed. */
  public Target resolve(String field, String raw) {
    URI uri = parse(field, raw);
    List<InetAddress> addresses = addressesOf(field, uri.getHost());
    for (InetAddress address : addresses) {
      if (!allows(address)) {
        throw ApiException.badRequest(
            "'" + field + "' must point to a public address; " + uri.getHost() + " does not");
      }
    }
    return new Target(uri, addresses.get(0));
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

  private static List<InetAddress> addressesOf(String field, String host) {
    try {
      return List.of(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      throw ApiException.badRequest("'" + field + "': host " + host + " cannot be resolved");
    }
  }

  /** Whether a connection to this address is allowed. */
  public boolean allows(InetAddress address) {
    return allowPrivateTargets
        || isPublic(address)
        || allowedRanges.stream().anyMatch(range -> range.contains(address));
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
