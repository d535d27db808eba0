package dev.patchbay.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The one event envelope: CloudEvents 1.0 in structured JSON mode, with the tenant as the {@code
 * projectid} extension attribute.
 *
 * @param subject the aggregate id (an account id); also the Kafka record key
 */
public record CloudEvent(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    String projectid,
    JsonNode data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/cloudevents+json";
}
