package dev.patchbay.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patchbay.common.crypto.CryptoConfig;
import dev.patchbay.common.crypto.Sealed;
import dev.patchbay.common.crypto.SecretVault;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A table's sealed-secret columns ({@code <prefix>_ciphertext}, {@code _dek}, {@code _key_id}), for
 * master-key rotation tests: puts a row back under the older key, counts rows still under it.
 */
public record SealedColumns(DataSource db, String table, String prefix) {

  /** A vault whose first (writing) key is the configured second one: the key before a rotation. */
  public static SecretVault beforeRotation(CryptoConfig crypto, ObjectMapper json) {
    List<String> keys = crypto.masterKeys().orElseThrow();
    return new SecretVault(() -> Optional.of(List.of(keys.get(1), keys.get(0))), json);
  }

  /**
   * Rewraps row {@code id}'s data key with {@code older}'s key, as if written before; returns it.
   */
  public Sealed wrapAsBefore(String id, SecretVault older) throws SQLException {
    try (Connection c = db.getConnection()) {
      Sealed sealed;
      try (PreparedStatement s =
          c.prepareStatement(
              "select %1$s_ciphertext, %1$s_dek, %1$s_key_id from %2$s where id = ?"
                  .formatted(prefix, table))) {
        s.setString(1, id);
        try (ResultSet row = s.executeQuery()) {
          row.next();
          sealed = new Sealed(row.getBytes(1), row.getBytes(2), row.getString(3));
        }
      }
      Sealed old = older.rewrap(sealed);
      try (PreparedStatement s =
          c.prepareStatement(
              "update %2$s set %1$s_dek = ?, %1$s_key_id = ? where id = ?"
                  .formatted(prefix, table))) {
        s.setBytes(1, old.wrappedDataKey());
        s.setString(2, old.keyId());
        s.setString(3, id);
        s.executeUpdate();
      }
      return old;
    }
  }

  /** How many rows have their data key wrapped by another master key than {@code keyId}. */
  public int countWrappedByOtherThan(String keyId) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from %2$s where %1$s_key_id <> ?".formatted(prefix, table))) {
      s.setString(1, keyId);
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
