package dev.patchbay.logs.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The contract's PlatformLog (every field optional for the client), plus the event's data. */
public record PlatformLogView(
    String id,
    String projectId,
    String accountId,
    String category,
    String action,
    String eventType,
    String sourceType,
    String sourceValue,
    Instant eventDatetime,
    JsonNode data) {

  static final String SOURCE_TYPE = "PLATFORM";

  static PlatformLogView of(PlatformLog log) {
    return new PlatformLogView(
        log.id,
        log.projectId,
        log.accountId,
        log.category,
        log.action,
        log.eventType,
        SOURCE_TYPE,
        log.source,
        log.eventDatetime,
        log.data);
  }
}
