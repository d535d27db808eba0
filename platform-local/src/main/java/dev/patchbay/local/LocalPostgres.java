package dev.patchbay.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Embedded PostgreSQL for {@code ./patchbay up}: a fixed port and a data directory that survives
 * restarts. Prints {@code READY} once database {@code patchbay} accepts connections; stops
 * PostgreSQL on SIGTERM.
 *
 * <p>Usage: {@code LocalPostgres --port 55432 --data-dir .patchbay/pg}
 */
public final class LocalPostgres {

  static final String DATABASE = "patchbay";

  private LocalPostgres() {}

  public static void main(String[] args) throws IOException, SQLException, InterruptedException {
    int port = 55432;
    Path dataDir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
        default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    if (dataDir == null) {
      throw new IllegalArgumentException("--data-dir is required");
    }
    Files.createDirectories(dataDir);

    // initdb runs only when the directory holds no cluster yet (no postgresql.conf).
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("unix_socket_directories", "''")
            .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
            .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));

    createDatabaseIfMissing(postgres);
    System.out.println("READY");
    new CountDownLatch(1).await(); // until SIGTERM runs the shutdown hook
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            c.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      if (!exists.executeQuery().next()) {
        try (Statement create = c.createStatement()) {
          create.execute("create database " + DATABASE);
        }
      }
    }
  }

  private static void close(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      e.printStackTrace();
    }
  }
}
