package dev.patchbay.webhooks.subscription;

import dev.patchbay.common.crypto.Sealed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A project's webhook endpoint and the event types it receives. */
@Entity
@Table(name = "subscriptions")
public class Subscription {
  @Id public String id;

  @Column(name = "project_id", nullable = false)
  public String projectId;

  @Column(nullable = false)
  public String url;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<String> events;

  public String description;

  @Column(nullable = false)
  public boolean enabled;

  @Column(name = "disabled_reason")
  public String disabledReason;

  @Column(name = "secret_ciphertext", nullable = false)
  public byte[] secretCiphertext;

  @Column(name = "secret_dek", nullable = false)
  public byte[] secretDek;

  @Column(name = "secret_key_id", nullable = false)
  public String secretKeyId;

  @Column(name = "previous_secret_ciphertext")
  public byte[] previousSecretCiphertext;

  @Column(name = "previous_secret_dek")
  public byte[] previousSecretDek;

  @Column(name = "previous_secret_key_id")
  public String previousSecretKeyId;

  @Column(name = "previous_secret_expires_at")
  public Instant previousSecretExpiresAt;

  @Column(name = "consecutive_failures", nullable = false)
  public int consecutiveFailures;

  @Column(name = "circuit_open_until")
  public Instant circuitOpenUntil;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  Sealed secret() {
    return new Sealed(secretCiphertext, secretDek, secretKeyId);
  }

  Sealed previousSecret() {
    return previousSecretCiphertext == null
        ? null
        : new Sealed(previousSecretCiphertext, previousSecretDek, previousSecretKeyId);
  }

  void setSecret(Sealed sealed) {
    secretCiphertext = sealed.ciphertext();
    secretDek = sealed.wrappedDataKey();
    secretKeyId = sealed.keyId();
  }

  void setPreviousSecret(Sealed sealed, Instant expiresAt) {
    previousSecretCiphertext = sealed.ciphertext();
    previousSecretDek = sealed.wrappedDataKey();
    previousSecretKeyId = sealed.keyId();
    previousSecretExpiresAt = expiresAt;
  }

  public boolean receives(String eventType) {
    return enabled && events.contains(eventType);
  }
}
