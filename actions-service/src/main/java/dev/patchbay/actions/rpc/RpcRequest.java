package dev.patchbay.actions.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /actions/rpc} (contract §3): the action id and its parameters grouped as
 * {@code path}, {@code query}, {@code headers} and {@code body}. {@code account_id} is an extension
 * for callers that cannot send the {@code x-account-id} header. Other documented fields ({@code
 * defender_*}) are accepted and ignored.
 */
public record RpcRequest(
    String action,
    JsonNode path,
    JsonNode query,
    JsonNode headers,
    JsonNode body,
    String accountId) {}
