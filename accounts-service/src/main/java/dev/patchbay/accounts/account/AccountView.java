package dev.patchbay.accounts.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The contract's LinkedAccount. It never carries credentials: they go in, and only the internal
 * endpoint gives them back to other services.
 */
public record AccountView(
    String id,
    String provider,
    String providerName,
    String status,
    List<Map<String, Object>> statusReasons,
    String originOwnerId,
    String originOwnerName,
    String originUsername,
    String label,
    String type,
    Map<String, Object> setupInformation,
    Instant createdAt,
    Instant updatedAt) {

  static AccountView of(LinkedAccount a) {
    return new AccountView(
        a.id,
        a.provider,
        a.providerName,
        a.status,
        a.statusReasons,
        a.originOwnerId,
        a.originOwnerName,
        a.originUsername,
        a.label,
        a.type,
        a.setupInformation,
        a.createdAt,
        a.updatedAt);
  }
}
