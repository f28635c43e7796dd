package dev.talksbot.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The one way the state databases (alerts, articles) open a SQLite file and bring its schema up to
 * date: WAL journal, a busy timeout so processes take turns, and versioned migrations counted in
 * {@code PRAGMA user_version}, applied in one transaction.
 */
public final class Sqlite {
  private Sqlite() {}

  /** How long a write waits for another process's writer before failing, in milliseconds. */
  public static final int BUSY_TIMEOUT_MILLIS = 15_000;

  /**
   * Opens the file (creating its folder) in WAL mode with the busy timeout, then runs {@code
   * pragmas} (e.g. {@code "foreign_keys = ON"}). The connection is closed again if a step fails.
   */
  public static Connection open(Path file, String... pragmas) throws SQLException, IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = NORMAL");
      for (String p : pragmas) s.execute("PRAGMA " + p);
      return c;
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing; the first error is the one reported
      }
      throw e;
    }
  }

  /**
   * Opens the file (as {@link #open}) and brings its schema up to date (as {@link #migrate}); the
   * connection is closed again if migrating fails.
   *
   * @param what the store's name in messages, e.g. "the alerts store"
   */
  public static Connection openMigrated(
      Path file, String what, List<String[]> migrations, String... pragmas)
      throws SQLException, IOException {
    Connection c = open(file, pragmas);
    try {
      migrate(c, what, file, migrations);
      return c;
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing; the first error is the one reported
      }
      throw e;
    }
  }

  /** The schema version of the open file. */
  public static int userVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Applies the migrations the file lacks (migration {@code i} brings it to version {@code i + 1})
   * in one transaction; one process migrates while others wait, then see the new version. A file
   * newer than {@code migrations} is refused.
   *
   * @param what the store's name in messages, e.g. "the alerts store"
   */
  public static void migrate(Connection c, String what, Path file, List<String[]> migrations)
      throws SQLException {
    Migrator.migrate(c, Dialect.SQLITE, what, what + " " + file, migrations);
  }
}
