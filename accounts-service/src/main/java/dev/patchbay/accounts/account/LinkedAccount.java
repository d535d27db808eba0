package dev.patchbay.accounts.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer's link to one provider account; its credentials are only ever stored sealed. */
@Entity
@Table(name = "linked_accounts")
public class LinkedAccount {
  @Id public String id;

  @Column(name = "project_id", nullable = false)
  public String projectId;

  @Column(nullable = false)
  public String provider;

  @Column(name = "provider_name")
  public String providerName;

  public String category;

  @Column(nullable = false)
  public String status;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "status_reasons")
  public List<Map<String, Object>> statusReasons;

  @Column(name = "origin_owner_id", nullable = false)
  public String originOwnerId;

  @Column(name = "origin_owner_name", nullable = false)
  public String originOwnerName;

  @Column(name = "origin_username")
  public String originUsername;

  public String label;

  public String type;

  @Column(name = "authentication_config_key")
  public String authenticationConfigKey;

  public String environment;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "setup_information")
  public Map<String, Object> setupInformation;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> metadata;

  @Column(name = "credentials_ciphertext", nullable = false)
  public byte[] credentialsCiphertext;

  @Column(name = "credentials_dek", nullable = false)
  public byte[] credentialsDek;

  @Column(name = "credentials_key_id", nullable = false)
  public String credentialsKeyId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
