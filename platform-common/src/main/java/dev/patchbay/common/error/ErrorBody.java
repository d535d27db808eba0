package dev.patchbay.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.patchbay.common.json.Timestamps;
import java.util.Map;

/**
 * The one error body of the Platform API: {@code statusCode}, {@code message}, {@code timestamp},
 * and optional details.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(
    @JsonProperty("statusCode") int statusCode,
    @JsonProperty("message") String message,
    @JsonProperty("timestamp") String timestamp,
    @JsonProperty("details") Map<String, Object> details) {

  public static ErrorBody of(int statusCode, String message) {
    return new ErrorBody(statusCode, message, Timestamps.format(Timestamps.now()), null);
  }
}
