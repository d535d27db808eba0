package dev.patchbay.requestlog;

import jakarta.enterprise.context.RequestScoped;

/** The log entry of the request being served, for resources that add to it (the RPC's steps). */
@RequestScoped
public class CurrentRequestLog {
  private RequestLogEntry entry;

  void start(RequestLogEntry entry) {
    this.entry = entry;
  }

  /** The entry the request filter started; every public API request has one. */
  public RequestLogEntry entry() {
    if (entry == null) {
      throw new IllegalStateException("no request log: not a public API request");
    }
    return entry;
  }

  RequestLogEntry startedOrNull() {
    return entry;
  }
}
