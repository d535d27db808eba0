package dev.patchbay.logs.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A step's exchange with the provider in the contract's shape: the event's {@code provider_request}
 * ({@code url} a string) becomes StepLog's {@code request} ({@code url: {url, hostname, path}}),
 * and {@code provider_response} ({@code status}) becomes {@code response} ({@code status_code}).
 */
final class StepExchange {
  private StepExchange() {}

  static JsonNode request(JsonNode providerRequest) {
    if (!(providerRequest instanceof ObjectNode stored) || !stored.path("url").isTextual()) {
      return providerRequest;
    }
    ObjectNode request = stored.deepCopy();
    String url = stored.path("url").textValue();
    ObjectNode parts = request.putObject("url");
    parts.put("url", url);
    try {
      URI uri = new URI(url);
      parts.put("hostname", uri.getHost());
      parts.put("path", uri.getPath());
    } catch (URISyntaxException notAUri) {
      // the url alone
    }
    return request;
  }

  static JsonNode response(JsonNode providerResponse) {
    if (!(providerResponse instanceof ObjectNode stored) || !stored.has("status")) {
      return providerResponse;
    }
    ObjectNode response = stored.deepCopy();
    response.set("status_code", response.remove("status"));
    return response;
  }
}
