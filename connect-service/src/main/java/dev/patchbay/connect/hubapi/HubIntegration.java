package dev.patchbay.connect.hubapi;

/**
 * One item of {@code GET /hub/connectors}, as {@code @stackone/hub@1.11.4} reads it (hub-backend.md
 * §3): one per connector, keyed by the connector key.
 */
public record HubIntegration(
    String integrationId,
    String provider,
    String name,
    String type,
    boolean active,
    String logoUrl,
    String version,
    String authenticationConfigKey,
    String environment) {}
