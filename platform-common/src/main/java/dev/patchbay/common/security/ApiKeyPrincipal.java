package dev.patchbay.common.security;

/** What a valid API key stands for. */
public record ApiKeyPrincipal(String keyId, String projectId) {}
