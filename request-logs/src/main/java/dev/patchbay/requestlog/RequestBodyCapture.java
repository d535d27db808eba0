package dev.patchbay.requestlog;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Keeps a copy of the request body as the resource reads it, for the request log: the bytes as
 * sent, so the log shows what the caller sent and not what the resource understood.
 */
@Provider
public class RequestBodyCapture implements ReaderInterceptor {
  private final CurrentRequestLog current;

  public RequestBodyCapture(CurrentRequestLog current) {
    this.current = current;
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    RequestLogEntry entry = current.startedOrNull();
    if (entry != null) {
      byte[] body = context.getInputStream().readAllBytes();
      entry.requestBody(body);
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }
}
