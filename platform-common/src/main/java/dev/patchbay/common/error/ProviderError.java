package dev.patchbay.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One answer of a provider behind a failed request, as the contract's {@code provider_errors} shows
 * it.
 *
 * @param status the status the provider sent
 * @param url the provider URL without its query string (it may carry credentials)
 * @param raw the provider's response body (parsed JSON or text), with credentials masked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderError(
    @JsonProperty("status") Integer status,
    @JsonProperty("url") String url,
    @JsonProperty("raw") Object raw) {}
