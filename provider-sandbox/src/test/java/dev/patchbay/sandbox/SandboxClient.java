package dev.patchbay.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain HTTP calls to a running sandbox, for the simulator tests. */
public final class SandboxClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private SandboxClient() {}

  /** Sends {@code method path} (relative to the sandbox) with {@code headers} and a text body. */
  public static HttpResponse<String> send(
      ProviderSandbox sandbox, String method, String path, Map<String, String> headers, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(sandbox.url() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }
}
