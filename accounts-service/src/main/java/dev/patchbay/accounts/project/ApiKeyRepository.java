package dev.patchbay.accounts.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

  public Optional<ApiKey> findActiveByHash(String keyHash) {
    return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
  }

  public List<ApiKey> listByProject(String projectId) {
    return list("projectId = ?1 order by createdAt", projectId);
  }
}
