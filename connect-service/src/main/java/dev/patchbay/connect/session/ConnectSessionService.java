package dev.patchbay.connect.session;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.common.events.EventType;
import dev.patchbay.common.events.Outbox;
import dev.patchbay.common.id.Ids;
import dev.patchbay.common.json.Timestamps;
import dev.patchbay.common.security.ApiKeys;
import dev.patchbay.connect.ConnectConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;

/**
 * Issues and resolves connect-session tokens. A token carries about 256 random bits and is stored
 * only as its SHA-256, so a database dump cannot be replayed; it belongs to one project and
 * expires. Each change and its {@code connect_session.*} event commit together through the outbox.
 */
@ApplicationScoped
public class ConnectSessionService {
  private static final String TOKEN_PREFIX = "cst_";
  private static final int TOKEN_RANDOM_CHARS = 43;

  private final ConnectSessionRepository sessions;
  private final Outbox outbox;
  private final URI publicUrl;

  public ConnectSessionService(
      ConnectSessionRepository sessions, Outbox outbox, ConnectConfig config) {
    this.sessions = sessions;
    this.outbox = outbox;
    this.publicUrl = config.connect().publicUrl();
  }

  @Transactional
  public ConnectSessionView create(String projectId, CreateSessionRequest body) {
    String token = TOKEN_PREFIX + Ids.random(TOKEN_RANDOM_CHARS);
    ConnectSession s = new ConnectSession();
    s.projectId = projectId;
    s.tokenHash = ApiKeys.hash(token);
    s.originOwnerId = body.originOwnerId();
    s.originOwnerName = body.originOwnerName();
    s.originUsername = body.originUsername();
    s.provider = blankToNull(body.provider());
    s.providerVersion = body.providerVersion();
    s.categories =
        body.categories() == null
            ? null
            : body.categories().stream().map(Category::toString).toList();
    s.accountId = blankToNull(body.accountId());
    s.label = body.label();
    s.metadata = body.metadata();
    s.multiple = Boolean.TRUE.equals(body.multiple());
    s.type = (body.type() == null ? SessionType.PRODUCTION : body.type()).toString();
    s.createdAt = Timestamps.now();
    long expiresIn =
        body.expiresIn() == null ? CreateSessionRequest.DEFAULT_EXPIRES_IN : body.expiresIn();
    s.expiresAt = s.createdAt.plusSeconds(expiresIn);
    sessions.persistAndFlush(s);
    outbox.append(
        EventType.CONNECT_SESSION_CREATED, projectId, s.id.toString(), SessionEventData.of(s));
    return ConnectSessionView.withLink(s, token, authLinkUrl(token));
  }

  /**
   * What a project's backend learns about a token it was handed; a token of another project is as
   * unknown as a made-up one.
   */
  @Transactional
  public ConnectSessionView authenticate(String projectId, String token) {
    ConnectSession s = live(token);
    if (!s.projectId.equals(projectId)) {
      throw unknownToken();
    }
    outbox.append(
        EventType.CONNECT_SESSION_AUTHENTICATED,
        projectId,
        s.id.toString(),
        SessionEventData.of(s));
    return ConnectSessionView.of(s);
  }

  /** The unexpired session of a token, for the Hub page acting on its end user's behalf. */
  @Transactional
  public ConnectSession live(String token) {
    if (token == null || token.isBlank()) {
      throw new ApiException(ErrorKind.UNAUTHORIZED, "A connect session token is required");
    }
    return sessions
        .findByTokenHash(ApiKeys.hash(token))
        .filter(s -> !s.expiredAt(Timestamps.now()))
        .orElseThrow(ConnectSessionService::unknownToken);
  }

  /** The categories a session allows, empty when it allows every one. */
  public static List<String> categories(ConnectSession s) {
    return s.categories == null ? List.of() : s.categories;
  }

  private String authLinkUrl(String token) {
    return publicUrl.resolve("/connect?token=" + token).toString();
  }

  private static ApiException unknownToken() {
    return new ApiException(ErrorKind.UNAUTHORIZED, "Connect session token is unknown or expired");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
