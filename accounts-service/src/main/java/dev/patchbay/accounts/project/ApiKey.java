package dev.patchbay.accounts.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A project's API key; only its SHA-256 is kept. */
@Entity
@Table(name = "api_keys")
public class ApiKey {
  @Id public String id;

  @Column(name = "project_id", nullable = false)
  public String projectId;

  @Column(nullable = false)
  public String name;

  @Column(name = "key_hash", nullable = false)
  public String keyHash;

  @Column(name = "key_prefix", nullable = false)
  public String keyPrefix;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;
}
