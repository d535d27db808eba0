package dev.patchbay.common.security;

import java.util.Optional;

/** Resolves the SHA-256 of an API key to its project, or empty for an unknown or revoked key. */
public interface ApiKeyVerifier {
  Optional<ApiKeyPrincipal> verify(String keyHash);
}
