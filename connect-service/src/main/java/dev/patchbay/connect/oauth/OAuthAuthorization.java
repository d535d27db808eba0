package dev.patchbay.connect.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An OAuth2 authorization in flight, found again by its state's SHA-256 and deleted when the
 * callback uses it. It binds the provider's answer to one session, connector, auth option and (for
 * the Hub's popup) connection attempt, and keeps the PKCE verifier and the non-secret fields the
 * user typed until then.
 */
@Entity
@Table(name = "oauth_authorizations")
public class OAuthAuthorization {
  @Id
  @Column(name = "state_hash")
  public String stateHash;

  @Column(name = "session_id", nullable = false)
  public Long sessionId;

  @Column(name = "connection_attempt_id")
  public String connectionAttemptId;

  @Column(name = "connector_key", nullable = false)
  public String connectorKey;

  @Column(name = "auth_config_key", nullable = false)
  public String authConfigKey;

  @Column(name = "code_verifier", nullable = false)
  public String codeVerifier;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "config_values", nullable = false)
  public Map<String, String> configValues;

  /** Where the Hub's popup goes afterwards; {@code null} for the hosted page. */
  @Column(name = "redirect_uri")
  public String redirectUri;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Override
  public String toString() {
    return "OAuthAuthorization[connector=" + connectorKey + ", <secrets redacted>]";
  }
}
