package dev.talksbot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The one migration runner of the state stores, for SQLite and PostgreSQL alike. A store's
 * migrations are an ordered list (index {@code i} brings the schema from version {@code i} to
 * {@code i + 1}; never edit one, append), written in SQLite's dialect and translated by {@link
 * Dialect#translate}. The missing ones are applied in one transaction; a schema newer than the list
 * is refused.
 *
 * <p>Versions: SQLite keeps {@code PRAGMA user_version} (one store per file, as always); PostgreSQL
 * keeps a {@code schema_version} table with one row per store name. A second process migrating at
 * the same time waits: SQLite's {@code BEGIN IMMEDIATE}, PostgreSQL's {@code
 * pg_advisory_xact_lock}, then sees the new version.
 */
public final class Migrator {
  private Migrator() {}

  /** The advisory lock key every PostgreSQL migration takes (any constant; "TBOTMIGR"). */
  static final long PG_LOCK_KEY = 0x54424f544d494752L;

  /**
   * Brings the schema of {@code store} up to date.
   *
   * @param store the store's name, the key of its version row in PostgreSQL (e.g. {@code alerts})
   * @param where what to name in messages, e.g. "the alerts store /data/alerts/alerts.sqlite"
   */
  public static void migrate(
      Connection c, Dialect dialect, String store, String where, List<String[]> migrations)
      throws SQLException {
    switch (dialect) {
      case SQLITE -> migrateSqlite(c, where, migrations);
      case POSTGRES -> migratePostgres(c, store, where, migrations);
    }
  }

  /** The schema version of {@code store} (0 when never migrated). */
  public static int version(Connection c, Dialect dialect, String store) throws SQLException {
    if (dialect == Dialect.SQLITE) return Sqlite.userVersion(c);
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL AS present")) {
      if (!rs.next() || !rs.getBoolean(1)) return 0;
    }
    return pgVersion(c, store);
  }

  private static void migrateSqlite(Connection c, String where, List<String[]> migrations)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        int v = Sqlite.userVersion(c);
        refuseNewer(where, v, migrations);
        for (int i = v; i < migrations.size(); i++) {
          for (String sql : migrations.get(i)) s.execute(sql);
          s.execute("PRAGMA user_version = " + (i + 1));
        }
        s.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        s.execute("ROLLBACK");
        throw e;
      }
    }
  }

  private static void migratePostgres(
      Connection c, String store, String where, List<String[]> migrations) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")");
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + "store TEXT PRIMARY KEY, version INTEGER NOT NULL, updated_at TIMESTAMPTZ NOT NULL)");
      int v = pgVersion(c, store);
      refuseNewer(where, v, migrations);
      for (int i = v; i < migrations.size(); i++) {
        for (String sql : migrations.get(i)) s.execute(Dialect.POSTGRES.translate(sql));
      }
      if (v < migrations.size()) {
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO schema_version(store, version, updated_at) VALUES (?, ?, now())"
                    + " ON CONFLICT (store) DO UPDATE SET version = excluded.version,"
                    + " updated_at = excluded.updated_at")) {
          p.setString(1, store);
          p.setInt(2, migrations.size());
          p.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // the original error is the one reported
      }
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static int pgVersion(Connection c, String store) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT version FROM schema_version WHERE store = ?")) {
      p.setString(1, store);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private static void refuseNewer(String where, int v, List<String[]> migrations)
      throws SQLException {
    if (v > migrations.size()) {
      throw new SQLException(
          where
              + " has schema version "
              + v
              + ", newer than this program knows ("
              + migrations.size()
              + ")");
    }
  }
}
