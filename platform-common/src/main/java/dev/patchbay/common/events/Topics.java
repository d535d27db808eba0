package dev.patchbay.common.events;

/** Kafka topic names. Each topic carries CloudEvents keyed by the aggregate id. */
public final class Topics {
  /** {@code account.created|updated|deleted}. */
  public static final String ACCOUNTS = "platform.accounts";

  private Topics() {}
}
