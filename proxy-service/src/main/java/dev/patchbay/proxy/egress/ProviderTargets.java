package dev.patchbay.proxy.egress;

import dev.patchbay.catalogue.CatalogueConfig;
import dev.patchbay.common.egress.EgressPolicy;
import dev.patchbay.engine.runtime.SandboxTransport;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Where a provider URL is actually connected to: its host resolved once and checked against the
 * egress policy (public addresses, plus the private ranges an operator allowed in {@code
 * patchbay.providers.allow-private}). With {@code patchbay.sandbox.url} set (development and tests
 * only) the request goes to the provider-sandbox instead, whose address counts as allowed.
 */
@ApplicationScoped
public class ProviderTargets {
  private static final Logger LOG = Logger.getLogger(ProviderTargets.class);

  private final Optional<URI> sandbox;
  private final EgressPolicy egress;

  public ProviderTargets(CatalogueConfig config) {
    this.sandbox = config.sandbox().url().map(ProviderTargets::withoutTrailingSlash);
    List<String> allowed = new ArrayList<>(config.providers().allowPrivate().orElse(List.of()));
    sandbox.ifPresent(
        url -> {
          LOG.warnf(
              "PATCHBAY_SANDBOX_URL is set: every proxied request goes to the provider-sandbox at"
                  + " %s (development and tests only)",
              url);
          allowed.addAll(addressesOf(url.getHost()));
        });
    this.egress = new EgressPolicy(allowed);
  }

  /**
   * The checked target of a provider URL.
   *
   * @throws dev.patchbay.common.error.ApiException 400 when its host does not resolve or resolves
   *     to an address the policy refuses
   */
  public EgressPolicy.Target target(URI providerUrl) {
    URI actual = sandbox.map(url -> SandboxTransport.rewrite(url, providerUrl)).orElse(providerUrl);
    return egress.resolve("the provider URL", actual.toString());
  }

  private static URI withoutTrailingSlash(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
  }

  private static List<String> addressesOf(String host) {
    try {
      List<String> addresses = new ArrayList<>();
      for (InetAddress address : InetAddress.getAllByName(host)) {
        addresses.add(address.getHostAddress());
      }
      return addresses;
    } catch (UnknownHostException e) {
      throw new IllegalStateException("PATCHBAY_SANDBOX_URL names an unknown host: " + host, e);
    }
  }
}
