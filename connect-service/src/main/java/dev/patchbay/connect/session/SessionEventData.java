package dev.patchbay.connect.session;

import java.time.Instant;
import java.util.List;

/** The {@code data} of {@code connect_session.*} events: never the token or its hash. */
public record SessionEventData(
    long sessionId,
    String originOwnerId,
    String originOwnerName,
    String originUsername,
    String provider,
    List<String> categories,
    String accountId,
    Instant expiresAt) {

  static SessionEventData of(ConnectSession s) {
    return new SessionEventData(
        s.id,
        s.originOwnerId,
        s.originOwnerName,
        s.originUsername,
        s.provider,
        s.categories,
        s.accountId,
        s.expiresAt);
  }
}
