package dev.patchbay.proxy.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.error.ErrorBody;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request declaring a body larger than {@code quarkus.http.limits.max-body-size} with 413
 * and the error body, before any of it is read (Quarkus' own limit answers an empty 413; it still
 * stops a chunked body without a declared length).
 */
@ApplicationScoped
public class RequestSizeLimit {

  void register(
      @Observes Filters filters,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      ObjectMapper json)
      throws JsonProcessingException {
    long max = limit.asLongValue();
    String refusal =
        json.writeValueAsString(
            ErrorBody.of(413, "The request is larger than the limit of " + max + " bytes"));
    filters.register(
        context -> {
          if (declaredLength(context.request().getHeader("content-length")) > max) {
            context
                .response()
                .setStatusCode(413)
                .putHeader("content-type", "application/json")
                .putHeader("connection", "close")
                .end(refusal);
          } else {
            context.next();
          }
        },
        100);
  }

  private static long declaredLength(String header) {
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
