package dev.patchbay.connect.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A connect session of one project and one end user; its token is only stored as a hash. */
@Entity
@Table(name = "connect_sessions")
public class ConnectSession {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "project_id", nullable = false)
  public String projectId;

  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "origin_owner_id", nullable = false)
  public String originOwnerId;

  @Column(name = "origin_owner_name", nullable = false)
  public String originOwnerName;

  @Column(name = "origin_username")
  public String originUsername;

  public String provider;

  @Column(name = "provider_version")
  public String providerVersion;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> categories;

  @Column(name = "account_id")
  public String accountId;

  public String label;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> metadata;

  @Column(nullable = false)
  public boolean multiple;

  @Column(nullable = false)
  public String type;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
