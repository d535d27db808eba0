package dev.patchbay.accounts.project;

import dev.patchbay.common.security.ApiKeyPrincipal;
import dev.patchbay.common.security.ApiKeyVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** accounts-service owns API keys, so it checks them against its own table. */
@ApplicationScoped
public class DatabaseApiKeyVerifier implements ApiKeyVerifier {
  private final ApiKeyRepository keys;

  public DatabaseApiKeyVerifier(ApiKeyRepository keys) {
    this.keys = keys;
  }

  @Override
  @Transactional
  public Optional<ApiKeyPrincipal> verify(String keyHash) {
    return keys.findActiveByHash(keyHash).map(k -> new ApiKeyPrincipal(k.id, k.projectId));
  }
}
