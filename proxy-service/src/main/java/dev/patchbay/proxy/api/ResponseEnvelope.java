package dev.patchbay.proxy.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.proxy.egress.HeaderFilter;
import dev.patchbay.proxy.provider.ProviderResponse;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The proxy's answer (contract §7): {@code {"status", "headers", "data"}} with the provider's
 * status, its headers (without hop-by-hop ones) and its body, streamed into {@code data} as it
 * arrives ({@link DataEncoder}); a binary body adds {@code "data_encoding": "base64"}. A body
 * longer than the limit, or a provider that stalls or breaks off, aborts the answer midway.
 */
final class ResponseEnvelope implements StreamingOutput {
  private final ObjectMapper json;
  private final ProviderResponse response;
  private final long maxBytes;

  ResponseEnvelope(ObjectMapper json, ProviderResponse response, long maxBytes) {
    this.json = json;
    this.response = response;
    this.maxBytes = maxBytes;
  }

  @Override
  public void write(OutputStream out) throws IOException {
    DataEncoder.Format format = DataEncoder.Format.of(response.header("content-type").orElse(null));
    ObjectNode head = json.createObjectNode();
    head.put("status", response.status());
    ObjectNode headers = head.putObject("headers");
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      if (HeaderFilter.returnedToCaller(header.getKey())) {
        List<String> values = header.getValue();
        if (values.size() == 1) {
          headers.put(header.getKey(), values.get(0));
        } else {
          values.forEach(headers.withArray(header.getKey())::add);
        }
      }
    }
    if (format == DataEncoder.Format.BASE64) {
      head.put("data_encoding", "base64");
    }
    String opening = json.writeValueAsString(head);
    out.write(
        (opening.substring(0, opening.length() - 1) + ",\"data\":")
            .getBytes(StandardCharsets.UTF_8));
    DataEncoder data = new DataEncoder(format, out);
    response.stream(maxBytes, data::write);
    data.finish();
    out.write('}');
  }
}
