package dev.talksbot.db;

import dev.talksbot.config.TalksbotConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two storage backends the store contract tests run on. {@link #location} makes a fresh place
 * for the stores (a data dir for SQLite, a new database for PostgreSQL) and returns the
 * configuration that opens them there.
 */
public enum Backend {
  SQLITE,
  POSTGRES;

  public TalksbotConfig location(Path dataDir) {
    return switch (this) {
      case SQLITE -> TalksbotConfig.defaults().withDataDir(dataDir);
      case POSTGRES -> TestPostgres.config(dataDir, TestPostgres.freshDatabase());
    };
  }

  /**
   * Runs one statement straight on a store's database, around the store (e.g. to fake a schema from
   * a newer version).
   *
   * @param sqliteFile the store's file when SQLite
   */
  public static void execute(TalksbotConfig cfg, Path sqliteFile, String sql) throws SQLException {
    try (Connection c =
            cfg.storage().postgres()
                ? DriverManager.getConnection(cfg.storage().url(), cfg.storage().user(), null)
                : DriverManager.getConnection("jdbc:sqlite:" + sqliteFile);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /**
   * Marks a store's schema as written by a newer version ({@code version}), as a newer program
   * would leave it.
   *
   * @param sqliteFile the store's file when SQLite
   * @param store the store's name in PostgreSQL's {@code schema_version}
   */
  public static void fakeSchemaVersion(
      TalksbotConfig cfg, Path sqliteFile, String store, int version) throws SQLException {
    execute(
        cfg,
        sqliteFile,
        cfg.storage().postgres()
            ? "UPDATE schema_version SET version = " + version + " WHERE store = '" + store + "'"
            : "PRAGMA user_version = " + version);
  }
}
