package dev.patchbay.proxy.provider;

import dev.patchbay.common.egress.EgressPolicy;
import java.util.Map;

/**
 * One request to a provider, ready to send: the checked target (URL and the address it was resolved
 * to), the method in upper case, the headers and the body ({@code null} for none).
 */
public record Outbound(
    String method, EgressPolicy.Target target, Map<String, String> headers, byte[] body) {

  @Override
  public String toString() {
    return method + " " + target.uri().getHost() + " (headers and body not shown)";
  }
}
