package dev.patchbay.proxy.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Writes a provider body as the {@code data} value of the proxy answer while it streams through,
 * chunk by chunk: a JSON body as it is, a text body as a JSON string, anything else (binary) as a
 * base64 string. An empty body is {@code null}.
 */
final class DataEncoder {
  enum Format {
    JSON,
    TEXT,
    BASE64;

    /** By the provider's {@code Content-Type}: JSON, text (and XML, forms), else binary. */
    static Format of(String contentType) {
      String type =
          contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals("application/json") || type.endsWith("+json")) {
        return JSON;
      }
      if (type.startsWith("text/")
          || type.equals("application/xml")
          || type.endsWith("+xml")
          || type.equals("application/x-www-form-urlencoded")
          || type.equals("application/javascript")) {
        return TEXT;
      }
      return BASE64;
    }
  }

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final Format format;
  private final OutputStream out;
  private final byte[] carry = new byte[2];
  private int carried;
  private boolean started;

  DataEncoder(Format format, OutputStream out) {
    this.format = format;
    this.out = out;
  }

  void write(byte[] chunk) throws IOException {
    if (chunk.length == 0) {
      return;
    }
    if (!started) {
      started = true;
      if (format != Format.JSON) {
        out.write('"');
      }
    }
    switch (format) {
      case JSON -> out.write(chunk);
      case TEXT -> escape(chunk);
      case BASE64 -> base64(chunk);
    }
  }

  /** Ends the value: the last base64 bytes and the closing quote, or {@code null} if empty. */
  void finish() throws IOException {
    if (!started) {
      out.write("null".getBytes(StandardCharsets.US_ASCII));
      return;
    }
    if (format == Format.BASE64 && carried > 0) {
      byte[] rest = new byte[carried];
      System.arraycopy(carry, 0, rest, 0, carried);
      out.write(Base64.getEncoder().encode(rest));
    }
    if (format != Format.JSON) {
      out.write('"');
    }
  }

  /** JSON string escaping; bytes of multi-byte UTF-8 characters pass unchanged. */
  private void escape(byte[] chunk) throws IOException {
    byte[] escaped = new byte[chunk.length * 6];
    int n = 0;
    for (byte b : chunk) {
      if (b == '"' || b == '\\') {
        escaped[n++] = '\\';
        escaped[n++] = b;
      } else if (b >= 0 && b < 0x20) {
        escaped[n++] = '\\';
        escaped[n++] = 'u';
        escaped[n++] = '0';
        escaped[n++] = '0';
        escaped[n++] = HEX[b >> 4];
        escaped[n++] = HEX[b & 0xf];
      } else {
        escaped[n++] = b;
      }
    }
    out.write(escaped, 0, n);
  }

  /** Base64 in groups of three bytes; up to two wait for the next chunk. */
  private void base64(byte[] chunk) throws IOException {
    byte[] all = new byte[carried + chunk.length];
    System.arraycopy(carry, 0, all, 0, carried);
    System.arraycopy(chunk, 0, all, carried, chunk.length);
    int whole = all.length - all.length % 3;
    carried = all.length - whole;
    System.arraycopy(all, whole, carry, 0, carried);
    if (whole > 0) {
      byte[] group = new byte[whole];
      System.arraycopy(all, 0, group, 0, whole);
      out.write(Base64.getEncoder().encode(group));
    }
  }
}
