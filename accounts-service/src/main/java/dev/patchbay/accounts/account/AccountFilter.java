package dev.patchbay.accounts.account;

import java.util.List;

/** The filters of {@code GET /accounts}; empty lists mean "any". */
public record AccountFilter(
    List<String> providers,
    List<String> originOwnerIds,
    List<String> accountIds,
    List<String> statuses) {}
