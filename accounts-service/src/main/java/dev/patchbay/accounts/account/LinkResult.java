package dev.patchbay.accounts.account;

/** What {@code link} did: created a new account, or updated the one it reused. */
public record LinkResult(AccountView account, boolean created) {}
