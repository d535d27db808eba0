package dev.patchbay.common.id;

import java.security.SecureRandom;

/** Opaque, URL-safe, unguessable identifiers; the prefix tells what an id names. */
public final class Ids {
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** {@code prefix} + '_' + 20 base62 characters (about 119 bits of randomness). */
  public static String newId(String prefix) {
    return prefix + "_" + random(20);
  }

  /** {@code length} random base62 characters from a cryptographic source. */
  public static String random(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
