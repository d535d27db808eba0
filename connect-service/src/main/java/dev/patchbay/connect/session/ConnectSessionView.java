package dev.patchbay.connect.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The contract's {@code ConnectSession} ({@code POST /connect_sessions/authenticate}), and, with
 * {@code token} and {@code auth_link_url}, its {@code ConnectSessionTokenAuthLink} ({@code POST
 * /connect_sessions}; the only time the token is ever shown).
 */
public record ConnectSessionView(
    long id,
    long organizationId,
    String projectId,
    String originOwnerId,
    String originOwnerName,
    String originUsername,
    String provider,
    String providerVersion,
    List<String> categories,
    String accountId,
    String label,
    Map<String, Object> metadata,
    boolean multiple,
    String type,
    Instant createdAt,
    Instant expiresAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) String token,
    @JsonInclude(JsonInclude.Include.NON_NULL) String authLinkUrl) {

  /**
   * Patchbay has no organizations above projects yet; every session answers this one so that the
   * required numeric field is present.
   */
  static final long ORGANIZATION_ID = 1;

  static ConnectSessionView of(ConnectSession s) {
    return withLink(s, null, null);
  }

  static ConnectSessionView withLink(ConnectSession s, String token, String authLinkUrl) {
    return new ConnectSessionView(
        s.id,
        ORGANIZATION_ID,
        s.projectId,
        s.originOwnerId,
        s.originOwnerName,
        s.originUsername,
        s.provider,
        s.providerVersion,
        s.categories,
        s.accountId,
        s.label,
        s.metadata,
        s.multiple,
        s.type,
        s.createdAt,
        s.expiresAt,
        token,
        authLinkUrl);
  }
}
