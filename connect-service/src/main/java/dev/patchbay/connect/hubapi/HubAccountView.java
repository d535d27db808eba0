package dev.patchbay.connect.hubapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * {@code GET /hub/accounts/{id}} in the Hub's camelCase (hub-backend.md §3): plain fields in {@code
 * setupInformation}, and for each stored secret only a marker the Hub shows as dots with an Edit
 * button ({@link HubAccountsResource#masked}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HubAccountView(
    @JsonProperty("id") String id,
    @JsonProperty("provider") String provider,
    @JsonProperty("integrationId") String integrationId,
    @JsonProperty("authConfigKey") String authConfigKey,
    @JsonProperty("environment") String environment,
    @JsonProperty("version") String version,
    @JsonProperty("setupInformation") Map<String, String> setupInformation,
    @JsonProperty("secrets") Map<String, String> secrets) {}
