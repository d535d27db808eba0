package dev.patchbay.common.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.subtle.AesGcmJce;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Envelope encryption of secrets at rest (account credentials, webhook signing secrets) with
 * AES-256-GCM (Tink). Each sealed value gets its own random data key; the data key is wrapped by a
 * master key whose id is stored beside it. The first configured master key wraps new writes, every
 * configured key still unwraps, and {@link #rewrap} moves a row to the newest key without touching
 * its ciphertext. Both layers bind their context (the owner's id, the key id) as associated data,
 * so sealed values cannot be swapped between rows.
 */
@ApplicationScoped
public class SecretVault {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final int KEY_BYTES = 32;

  private final Map<String, AesGcmJce> masterKeys = new LinkedHashMap<>();
  private final String primaryKeyId;
  private final ObjectMapper json;
  private final SecureRandom random = new SecureRandom();

  public SecretVault(CryptoConfig config, ObjectMapper json) {
    this.json = json;
    for (String entry : config.masterKeys().orElse(List.of())) {
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(
            "patchbay.crypto.master-keys: each entry must be <keyId>:<base64 key>");
      }
      String id = entry.substring(0, colon).trim();
      byte[] key;
      try {
        key = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("master key " + id + " is not valid base64");
      }
      if (key.length != KEY_BYTES) {
        throw new IllegalArgumentException("master key " + id + " must be 32 bytes (AES-256)");
      }
      masterKeys.put(id, aead(key));
    }
    if (masterKeys.isEmpty()) {
      throw new IllegalArgumentException("patchbay.crypto.master-keys: at least one key is needed");
    }
    this.primaryKeyId = masterKeys.keySet().iterator().next();
  }

  /** The master key new writes use. */
  public String primaryKeyId() {
    return primaryKeyId;
  }

  public Sealed seal(String ownerId, Map<String, Object> secrets) {
    byte[] dataKey = new byte[KEY_BYTES];
    random.nextBytes(dataKey);
    try {
      byte[] ciphertext = aead(dataKey).encrypt(json.writeValueAsBytes(secrets), context(ownerId));
      return new Sealed(ciphertext, wrap(dataKey), primaryKeyId);
    } catch (JsonProcessingException | GeneralSecurityException e) {
      throw new IllegalStateException("secrets could not be sealed", e);
    }
  }

  public Map<String, Object> open(String ownerId, Sealed sealed) {
    try {
      byte[] plaintext = aead(unwrap(sealed)).decrypt(sealed.ciphertext(), context(ownerId));
      return json.readValue(plaintext, MAP);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("the secrets of " + ownerId + " cannot be opened");
    }
  }

  /** The same ciphertext with its data key wrapped by the primary master key. */
  public Sealed rewrap(Sealed sealed) {
    try {
      return new Sealed(sealed.ciphertext(), wrap(unwrap(sealed)), primaryKeyId);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a data key could not be rewrapped", e);
    }
  }

  private byte[] wrap(byte[] dataKey) throws GeneralSecurityException {
    return masterKeys.get(primaryKeyId).encrypt(dataKey, context(primaryKeyId));
  }

  private byte[] unwrap(Sealed sealed) throws GeneralSecurityException {
    AesGcmJce master = masterKeys.get(sealed.keyId());
    if (master == null) {
      throw new GeneralSecurityException("master key " + sealed.keyId() + " is not configured");
    }
    return master.decrypt(sealed.wrappedDataKey(), context(sealed.keyId()));
  }

  private static AesGcmJce aead(byte[] key) {
    try {
      return new AesGcmJce(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is unavailable", e);
    }
  }

  private static byte[] context(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
