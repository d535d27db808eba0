package dev.patchbay.engine.runtime;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one HTTP request. {@link JdkHttpTransport} is the production implementation; tests may use
 * it against a local server or supply their own. An implementation honours the request's {@code
 * timeout} (throwing {@link java.net.http.HttpTimeoutException}) and {@code maxResponseBytes}
 * (throwing {@link ResponseTooLargeException} without reading further).
 */
public interface HttpTransport {

  Response send(Request request) throws IOException;

  /**
   * An outgoing request. Header names are lower-case; {@code body} is {@code null} when nothing is
   * sent. {@code timeout} bounds the whole exchange, body included; {@code maxResponseBytes} the
   * response body.
   */
  record Request(
      String method,
      URI uri,
      Map<String, String> headers,
      byte[] body,
      Duration timeout,
      long maxResponseBytes) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 10L * 1024 * 1024;

    public Request {
      headers = Map.copyOf(headers);
      timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** A request with the default timeout and response-size cap. */
    public Request(String method, URI uri, Map<String, String> headers, byte[] body) {
      this(method, uri, headers, body, DEFAULT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** The same request sent elsewhere (limits kept). */
    public Request withUri(URI other) {
      return new Request(method, other, headers, body, timeout, maxResponseBytes);
    }
  }

  /** A provider response. {@code body} is the decoded text ({@code ""} when empty). */
  record Response(int status, Map<String, List<String>> headers, String body) {
    public Response {
      headers = Map.copyOf(headers);
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }
  }
}
