package dev.patchbay.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.ConnectorDefinition;
import dev.patchbay.engine.runtime.auth.CredentialsPort;
import dev.patchbay.engine.runtime.auth.TokenExpiry;
import java.util.Objects;

/**
 * The credentials of one execution and when to refresh them with the auth config's {@code
 * refreshAuthentication} action: before the first step when the token is missing or expires within
 * the skew, or after a provider 401. At most one refresh runs per execution, so a 401 that a fresh
 * token does not cure is reported rather than looped on. The {@link CredentialsPort} gives the
 * fresh credentials (running the refresh itself or having their owner do it); they are added to the
 * redactor and put in the block for the steps that follow.
 */
final class AuthSession {
  /** The session of a refresh flow: it never refreshes. */
  static final AuthSession NONE = new AuthSession(null, null, null, null, null, null);

  private final TokenRefresher refresher;
  private final ConnectorDefinition connector;
  private final AuthenticationOption auth;
  private final CredentialsPort port;
  private final ObjectNode block;
  private final Redactor redactor;
  private boolean refreshed;

  AuthSession(
      TokenRefresher refresher,
      ConnectorDefinition connector,
      AuthenticationOption auth,
      CredentialsPort port,
      ObjectNode block,
      Redactor redactor) {
    this.refresher = refresher;
    this.connector = connector;
    this.auth = auth;
    this.port = port;
    this.block = block;
    this.redactor = redactor;
  }

  /** Whether a refresh may still run in this execution. */
  synchronized boolean canRefresh() {
    return refresher != null && TokenRefresher.hasRefreshAction(auth) && !refreshed;
  }

  /** Refreshes before the first step when the access token is missing or (about to be) expired. */
  synchronized void refreshIfExpired(Execution execution) {
    if (canRefresh()
        && TokenExpiry.needsRefresh(
            credentials(), execution.clock().instant(), execution.settings().refreshSkew())) {
      refresh(execution);
    }
  }

  /**
   * After a 401: adopts credentials another execution refreshed meanwhile (a different, unexpired
   * access token in the port), else refreshes.
   */
  synchronized void refreshAfterUnauthorized(Execution execution) {
    JsonNode latest = port.current();
    JsonNode used = credentials();
    boolean refreshedElsewhere =
        latest != null
            && !Objects.equals(
                latest.path(TokenExpiry.ACCESS_TOKEN), used.path(TokenExpiry.ACCESS_TOKEN))
            && !TokenExpiry.needsRefresh(
                latest, execution.clock().instant(), execution.settings().refreshSkew());
    if (refreshedElsewhere) {
      refreshed = true;
      adopt(latest);
    } else {
      refresh(execution);
    }
  }

  /** Refreshes now, whatever the expiry (the scheduled refresh). */
  synchronized void refreshNow(Execution execution) {
    refresh(execution);
  }

  JsonNode credentials() {
    return block.path("credentials");
  }

  private void refresh(Execution execution) {
    refreshed = true;
    JsonNode fresh =
        port.refresh(
            credentials(), () -> refresher.refresh(connector, auth, block, execution, redactor));
    adopt(fresh);
  }

  private void adopt(JsonNode credentials) {
    redactor.addAll(credentials);
    block.set("credentials", credentials);
  }
}
