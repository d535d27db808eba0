package dev.patchbay.connect.oauth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * {@code /embedded/accounts/callback}: where the Hub's OAuth popup ends (its {@code redirect_uri}
 * when {@code app-url} is Patchbay). The Hub learns the result by polling the connection attempt
 * and closes the popup itself; this page closes itself too, in case the opener link was cut
 * (hub-backend.md §4). Its only script is allowed by its hash.
 */
@Path("/embedded/accounts/callback")
public class EmbeddedCallbackResource {
  private static final String SCRIPT = "setTimeout(function () { window.close(); }, 500);";
  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<title>Connection finished · Patchbay</title></head><body>"
          + "<p role=\"status\">You can close this window.</p>"
          + "<script>"
          + SCRIPT
          + "</script></body></html>";
  private static final String CSP =
      "default-src 'none'; script-src '" + sha256(SCRIPT) + "'; base-uri 'none'";

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response page() {
    return Response.ok(PAGE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", CSP)
        .build();
  }

  private static String sha256(String script) {
    try {
      return "sha256-"
          + Base64.getEncoder()
              .encodeToString(
                  MessageDigest.getInstance("SHA-256")
                      .digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
