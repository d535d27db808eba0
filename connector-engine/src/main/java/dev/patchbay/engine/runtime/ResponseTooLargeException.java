package dev.patchbay.engine.runtime;

import java.io.IOException;

/** A response body went over the request's {@code maxResponseBytes}; the rest was not read. */
public final class ResponseTooLargeException extends IOException {
  private final long limit;

  public ResponseTooLargeException(long limit) {
    super("response body exceeds the " + limit + "-byte limit");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
