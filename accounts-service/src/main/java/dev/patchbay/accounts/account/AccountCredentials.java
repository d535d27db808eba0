package dev.patchbay.accounts.account;

import java.util.Map;

/** An account's decrypted credentials, as handed to other services over the internal endpoint. */
public record AccountCredentials(
    String accountId, String projectId, String provider, Map<String, Object> credentials) {}
