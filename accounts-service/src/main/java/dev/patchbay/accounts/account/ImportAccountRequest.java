package dev.patchbay.accounts.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** {@code POST /accounts}: a documented extension to import an account with its credentials. */
public record ImportAccountRequest(
    @NotBlank @Size(max = 200) String provider,
    @Size(max = 200) String providerName,
    @Size(max = 100) String category,
    @NotBlank @Size(max = 500) String originOwnerId,
    @NotBlank @Size(max = 500) String originOwnerName,
    @Size(max = 500) String originUsername,
    @Size(max = 500) String label,
    AccountType type,
    AccountStatus status,
    @Size(max = 200) String authenticationConfigKey,
    @Size(max = 100) String environment,
    Map<String, Object> credentials,
    Map<String, Object> setupInformation,
    Map<String, Object> metadata) {}
