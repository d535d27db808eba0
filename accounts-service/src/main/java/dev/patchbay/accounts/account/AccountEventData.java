package dev.patchbay.accounts.account;

/** The {@code data} of {@code account.*} events: what webhooks and logs need, never credentials. */
public record AccountEventData(
    String accountId,
    String provider,
    String originOwnerId,
    String originOwnerName,
    String originUsername,
    String label,
    String status,
    String type) {

  static AccountEventData of(LinkedAccount a) {
    return new AccountEventData(
        a.id,
        a.provider,
        a.originOwnerId,
        a.originOwnerName,
        a.originUsername,
        a.label,
        a.status,
        a.type);
  }
}
