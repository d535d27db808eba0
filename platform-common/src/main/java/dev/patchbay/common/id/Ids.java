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
    // one draw of random bytes per id (the source is shared and synchronised); six bits per
    // character, values past the alphabet rejected so that every character is equally likely
    byte[] bytes = new byte[length + length / 4 + 4];
    int filled = 0;
    while (filled < length) {
      RANDOM.nextBytes(bytes);
      for (int i = 0; i < bytes.length && filled < length; i++) {
        int sixBits = bytes[i] & 0x3f;
        if (sixBits < ALPHABET.length) {
          out[filled++] = ALPHABET[sixBits];
        }
      }
    }
    return new String(out);
  }
}
