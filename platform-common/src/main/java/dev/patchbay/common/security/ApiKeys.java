package dev.patchbay.common.security;

import dev.patchbay.common.id.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * API keys look like StackOne's ({@code v1.<region>.<secret>}). Only their SHA-256 is stored: the
 * secret part has 238 bits of randomness, so a slow password hash would add cost and no safety.
 */
public final class ApiKeys {
  private static final String PREFIX = "v1.local.";

  private ApiKeys() {}

  public static String generate() {
    return PREFIX + Ids.random(40);
  }

  public static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Compares two secrets in constant time. */
  public static boolean sameSecret(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** The first characters of a key, enough to recognise it in a list without revealing it. */
  public static String displayPrefix(String key) {
    return key.substring(0, Math.min(key.length(), PREFIX.length() + 4));
  }
}
