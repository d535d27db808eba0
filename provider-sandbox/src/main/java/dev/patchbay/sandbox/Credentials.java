package dev.patchbay.sandbox;

import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Reads the credentials a request carries. Checking them is the provider's business. */
public final class Credentials {
  private Credentials() {}

  /** The user name and password of an {@code Authorization: Basic} header. */
  public record Basic(String username, String password) {}

  public static Optional<Basic> basic(RoutingContext ctx) {
    return scheme(ctx, "basic")
        .flatMap(
            encoded -> {
              try {
                String pair =
                    new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0
                    ? Optional.empty()
                    : Optional.of(new Basic(pair.substring(0, colon), pair.substring(colon + 1)));
              } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
              }
            });
  }

  /** The token of an {@code Authorization: Bearer} header. */
  public static Optional<String> bearer(RoutingContext ctx) {
    return scheme(ctx, "bearer");
  }

  /** A header value, when present and not blank. */
  public static Optional<String> header(RoutingContext ctx, String name) {
    String value = ctx.request().getHeader(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static Optional<String> scheme(RoutingContext ctx, String scheme) {
    String value = ctx.request().getHeader("authorization");
    if (value == null) {
      return Optional.empty();
    }
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals(scheme)) {
      return Optional.empty();
    }
    String rest = value.substring(space + 1).trim();
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }
}
