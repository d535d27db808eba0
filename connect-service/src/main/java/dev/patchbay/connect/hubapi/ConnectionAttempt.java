package dev.patchbay.connect.hubapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One OAuth popup of the Hub (hub-backend.md §3-§4): {@code pending} until the callback sets it
 * {@code authenticated} (with the account) or {@code error}, or the Hub {@code cancelled} it; a
 * pending attempt past {@code expiresAt} reads as {@code expired}.
 */
@Entity
@Table(name = "connection_attempts")
public class ConnectionAttempt {
  public static final String PENDING = "pending";
  public static final String AUTHENTICATED = "authenticated";
  public static final String ERROR = "error";
  public static final String CANCELLED = "cancelled";
  public static final String EXPIRED = "expired";

  @Id public String id;

  @Column(name = "session_id", nullable = false)
  public Long sessionId;

  @Column(nullable = false)
  public String status;

  @Column(name = "account_id")
  public String accountId;

  @Column(name = "error_code")
  public String errorCode;

  @Column(name = "error_description")
  public String errorDescription;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  /** The status as the Hub sees it now: a pending attempt past its expiry is expired. */
  public String statusAt(Instant now) {
    return PENDING.equals(status) && !now.isBefore(expiresAt) ? EXPIRED : status;
  }
}
