package dev.patchbay.common.events;

/** Kafka topic names. Each topic carries CloudEvents keyed by the aggregate id. */
public final class Topics {
  /** {@code account.created|updated|deleted}. */
  public static final String ACCOUNTS = "platform.accounts";

  /** {@code connect_session.*}. */
  public static final String CONNECT_SESSIONS = "platform.connect-sessions";

  /** {@code request.failed}: alerts about failed API requests. */
  public static final String REQUEST_ALERTS = "platform.request-alerts";

  /** {@code request.logged}: one event per public API request (and its connector steps). */
  public static final String REQUEST_LOGS = "platform.request-logs";

  private Topics() {}
}
