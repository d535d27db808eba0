package dev.patchbay.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.patchbay.common.json.WireJson;

/** Reads and writes {@link CloudEvent}s as they travel on Kafka. */
public final class EventJson {
  private static final ObjectMapper MAPPER =
      WireJson.configure(new ObjectMapper().registerModule(new JavaTimeModule()));

  private EventJson() {}

  public static String write(CloudEvent event) {
    try {
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event cannot be written as JSON", e);
    }
  }

  /** Parses an envelope; throws {@link IllegalArgumentException} for anything that is not one. */
  public static CloudEvent read(String json) {
    try {
      CloudEvent event = MAPPER.readValue(json, CloudEvent.class);
      if (event.id() == null || event.type() == null || event.time() == null) {
        throw new IllegalArgumentException("not a CloudEvent: id, type and time are required");
      }
      return event;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a CloudEvent JSON document", e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
