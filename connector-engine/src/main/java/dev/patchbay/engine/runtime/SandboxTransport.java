package dev.patchbay.engine.runtime;

import java.io.IOException;
import java.net.URI;

/**
 * Sends every request to the provider-sandbox instead of the provider: {@code
 * https://api.example.com/v1/x?q} goes to {@code <sandbox>/api.example.com/v1/x?q}. Connector files
 * therefore run unchanged against the simulators. For development and tests only; the platform
 * enables it when {@code PATCHBAY_SANDBOX_URL} is set.
 */
public final class SandboxTransport implements HttpTransport {
  private final URI sandbox;
  private final HttpTransport delegate;

  public SandboxTransport(URI sandbox, HttpTransport delegate) {
    String base = sandbox.toString();
    this.sandbox = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.delegate = delegate;
  }

  @Override
  public Response send(Request request) throws IOException {
    return delegate.send(request.withUri(rewrite(request.uri())));
  }

  /** The sandbox URI standing in for {@code uri}. */
  public URI rewrite(URI uri) {
    return rewrite(sandbox, uri);
  }

  /** The URI on {@code sandbox} (no trailing {@code /}) standing in for {@code uri}. */
  public static URI rewrite(URI sandbox, URI uri) {
    String host = uri.getRawAuthority();
    if (host == null) {
      throw new IllegalArgumentException("not an absolute URL");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return URI.create(sandbox + "/" + host.replaceAll("^.*@", "") + path + query);
  }
}
