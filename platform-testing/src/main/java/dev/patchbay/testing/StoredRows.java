package dev.patchbay.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads what a service stored, straight from its table, as an attacker with a backup would. */
public final class StoredRows {
  private StoredRows() {}

  /** Fails when any column of the row {@code id} of {@code table} holds {@code secret} as text. */
  public static void assertNoColumnHolds(DataSource db, String table, String id, String secret)
      throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement("select * from " + table + " where id = ?")) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        assertTrue(row.next(), "no row " + id + " in " + table);
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
          byte[] raw = row.getBytes(i);
          if (raw != null) {
            assertFalse(
                new String(raw, StandardCharsets.ISO_8859_1).contains(secret),
                "column "
                    + row.getMetaData().getColumnName(i)
                    + " of "
                    + table
                    + " holds the secret");
          }
        }
      }
    }
  }
}
