package dev.patchbay.connect.hub;

import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.common.id.Ids;
import dev.patchbay.connect.ConnectConfig;
import dev.patchbay.connect.session.ConnectSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anti-forgery for the hosted page's forms, without JavaScript: the browser that opens a form gets
 * a random key in an HttpOnly, {@code SameSite=Strict} cookie, and each form carries a token
 * derived from that key, the session and the connector (HMAC-SHA256). A post is accepted only with
 * both, so another site can neither submit a form in the end user's name (the cookie stays home)
 * nor replay one it got for its own browser or session.
 */
@ApplicationScoped
public class FormGuard {
  static final String COOKIE = "patchbay_connect_form";
  static final String FIELD = "csrf";
  private static final int KEY_CHARS = 43;

  private final boolean secure;

  public FormGuard(ConnectConfig config) {
    this.secure = "https".equals(config.connect().publicUrl().getScheme());
  }

  /** The browser's form key: the one its cookie holds, or a new one to set. */
  String browserKey(String cookie) {
    return cookie != null && cookie.length() == KEY_CHARS ? cookie : Ids.random(KEY_CHARS);
  }

  /** The cookie that gives the browser its key, for the pages under {@code /connect}. */
  NewCookie cookie(String browserKey) {
    return new NewCookie.Builder(COOKIE)
        .value(browserKey)
        .path("/connect")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }

  /** The token one form of a session carries, for this browser. */
  String token(String browserKey, ConnectSession session, String connectorKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(browserKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] tag =
          mac.doFinal((session.tokenHash + "\n" + connectorKey).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** A 403 unless the post carries this browser's token for this session and connector. */
  void check(String cookie, String formToken, ConnectSession session, String connectorKey) {
    boolean valid =
        cookie != null
            && formToken != null
            && cookie.length() == KEY_CHARS
            && MessageDigest.isEqual(
                token(cookie, session, connectorKey).getBytes(StandardCharsets.US_ASCII),
                formToken.getBytes(StandardCharsets.US_ASCII));
    if (!valid) {
      throw new ApiException(
          ErrorKind.FORBIDDEN,
          "This form could not be verified. Open the link you were given again and submit the"
              + " form from that page.");
    }
  }
}
