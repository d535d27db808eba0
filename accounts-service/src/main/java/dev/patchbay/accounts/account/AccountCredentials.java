package dev.patchbay.accounts.account;

import java.util.Map;

/**
 * An account's decrypted credentials, as handed to other services over the internal endpoint, with
 * what they need to act on the account: its provider, status, auth config and environment.
 */
public record AccountCredentials(
    String accountId,
    String projectId,
    String provider,
    String status,
    String authenticationConfigKey,
    String environment,
    Map<String, Object> credentials) {}
