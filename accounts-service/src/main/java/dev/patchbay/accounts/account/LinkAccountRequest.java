package dev.patchbay.accounts.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * {@code POST /internal/accounts/link}: an end user linked a provider account through a connect
 * session (connect-service). {@code account_id} names the account the session edits; otherwise the
 * account of the same owner and provider is updated unless {@code multiple} is set.
 */
public record LinkAccountRequest(
    @NotBlank @Size(max = 200) String provider,
    @Size(max = 200) String providerName,
    @Size(max = 100) String category,
    @NotBlank @Size(max = 500) String originOwnerId,
    @NotBlank @Size(max = 500) String originOwnerName,
    @Size(max = 500) String originUsername,
    @Size(max = 500) String label,
    AccountType type,
    @Size(max = 200) String authenticationConfigKey,
    @Size(max = 100) String environment,
    @NotNull Map<String, Object> credentials,
    @Size(max = 200) String accountId,
    Boolean multiple) {

  /** Whether the session may link several accounts of one owner and provider (default false). */
  boolean allowsSeveral() {
    return Boolean.TRUE.equals(multiple);
  }

  ImportAccountRequest asImport() {
    return new ImportAccountRequest(
        provider,
        providerName,
        category,
        originOwnerId,
        originOwnerName,
        originUsername,
        label,
        type,
        AccountStatus.ACTIVE,
        authenticationConfigKey,
        environment,
        credentials,
        null,
        null);
  }
}
