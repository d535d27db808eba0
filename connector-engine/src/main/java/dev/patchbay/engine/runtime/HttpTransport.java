package dev.patchbay.engine.runtime;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one HTTP request. {@link JdkHttpTransport} is the production implementation; tests may use
 * it against a local server or supply their own.
 */
public interface HttpTransport {

  Response send(Request request) throws IOException;

  /**
   * An outgoing request. Header names are lower-case; {@code body} is {@code null} when nothing is
   * sent.
   */
  record Request(String method, URI uri, Map<String, String> headers, byte[] body) {
    public Request {
      headers = Map.copyOf(headers);
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
