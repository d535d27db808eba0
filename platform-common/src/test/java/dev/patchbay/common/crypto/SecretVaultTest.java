package dev.patchbay.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretVaultTest {
  static final String OLD = "old:" + Base64.getEncoder().encodeToString(new byte[32]);
  static final String NEW =
      "new:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  static SecretVault vault(String... keys) {
    return new SecretVault(() -> Optional.of(List.of(keys)), new ObjectMapper());
  }

  @Test
  void aRotatedVaultOpensOldRowsAndRewrapsThemToTheNewKey() {
    Sealed old = vault(OLD).seal("acc_1", Map.of("token", "t"));
    assertEquals("old", old.keyId());
    SecretVault rotated = vault(NEW, OLD);
    assertEquals(Map.of("token", "t"), rotated.open("acc_1", old));

    Sealed moved = rotated.rewrap(old);
    assertEquals("new", moved.keyId());
    assertArrayEquals(old.ciphertext(), moved.ciphertext());
    assertEquals(Map.of("token", "t"), vault(NEW).open("acc_1", moved));
    assertEquals("new", rotated.seal("acc_2", Map.of()).keyId());
  }

  @Test
  void sealedCredentialsOnlyOpenForTheirOwnAccount() {
    SecretVault vault = vault(NEW);
    Sealed sealed = vault.seal("acc_1", Map.of("token", "t"));
    assertThrows(IllegalStateException.class, () -> vault.open("acc_2", sealed));
    assertThrows(IllegalStateException.class, () -> vault(OLD).open("acc_1", sealed));
  }

  @Test
  void badMasterKeysFailAtStart() {
    assertThrows(
        IllegalArgumentException.class,
        () -> vault("short:" + Base64.getEncoder().encodeToString(new byte[16])));
    assertThrows(IllegalArgumentException.class, () -> vault("no-separator"));
    assertThrows(IllegalArgumentException.class, SecretVaultTest::vault);
  }
}
