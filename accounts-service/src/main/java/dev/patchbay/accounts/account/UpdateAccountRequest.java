package dev.patchbay.accounts.account;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * {@code PATCH /accounts/{id}}. Absent fields and {@code {}} in object fields mean "no change": the
 * official client always replaces the contents of credentials, label, metadata, secrets and
 * setup_information with {@code {}}, and always sends {@code type}.
 */
public record UpdateAccountRequest(
    @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String provider,
    @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 500)
        String originOwnerId,
    @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 500)
        String originOwnerName,
    @Size(max = 500) String originUsername,
    JsonNode label,
    AccountType type,
    @Size(max = 200) String authenticationConfigKey,
    @Size(max = 100) String environment,
    Map<String, Object> credentials,
    Map<String, Object> secrets,
    Map<String, Object> setupInformation,
    Map<String, Object> metadata) {

  static final String NOT_BLANK = "(?s).*\\S.*";
}
