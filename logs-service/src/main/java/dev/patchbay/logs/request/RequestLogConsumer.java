package dev.patchbay.logs.request;

import dev.patchbay.common.events.CloudEvent;
import dev.patchbay.common.events.EventJson;
import dev.patchbay.common.events.EventType;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code platform.request-logs} in batches and stores them; a record that is not a
 * request-log event is skipped with a warning, and the batch goes on.
 */
@ApplicationScoped
public class RequestLogConsumer {
  private static final Logger LOG = Logger.getLogger(RequestLogConsumer.class);

  private final RequestLogWriter writer;

  public RequestLogConsumer(RequestLogWriter writer) {
    this.writer = writer;
  }

  @Incoming("request-logs")
  @Blocking
  public void consume(List<String> values) {
    List<RequestLogWriter.Incoming> logs = new ArrayList<>(values.size());
    for (String value : values) {
      RequestLogWriter.Incoming log = parse(value);
      if (log == null) {
        LOG.warn("skipped a record of platform.request-logs that is not a request-log event");
      } else {
        logs.add(log);
      }
    }
    writer.write(logs);
  }

  private static RequestLogWriter.Incoming parse(String value) {
    try {
      CloudEvent event = EventJson.read(value);
      return EventType.REQUEST_LOGGED.wireName().equals(event.type())
          ? RequestLogWriter.Incoming.of(event)
          : null;
    } catch (RuntimeException notAnEvent) {
      return null;
    }
  }
}
