package dev.talksbot.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * A store's one SQLite connection: write transactions ({@code BEGIN IMMEDIATE}, so another
 * process's writer is waited for) and reads, all serialised on this object. SQL failures become the
 * store's own exception ({@code failure}).
 */
public final class SqliteSession implements StoreSession {
  private final Connection c;
  private final Path file;
  private final Function<SQLException, RuntimeException> failure;

  public SqliteSession(Connection c, Path file, Function<SQLException, RuntimeException> failure) {
    this.c = c;
    this.file = file;
    this.failure = failure;
  }

  /**
   * Opens (creating and migrating as needed) a SQLite store file.
   *
   * @param what the store's name in messages, e.g. "the update journal"
   */
  public static SqliteSession open(
      Path file,
      String what,
      java.util.List<String[]> migrations,
      Function<SQLException, RuntimeException> failure,
      String... pragmas) {
    try {
      Connection c = Sqlite.openMigrated(file, what, migrations, pragmas);
      return new SqliteSession(c, file, failure);
    } catch (SQLException e) {
      throw failure.apply(e);
    } catch (java.io.IOException e) {
      throw failure.apply(new SQLException("cannot open " + what + " " + file + ": " + e, e));
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public Connection connection() {
    return c;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  /** Runs work in one write transaction (BEGIN IMMEDIATE: waits for another process's writer). */
  @Override
  public synchronized <T> T tx(Work<T> w) {
    try {
      try (Statement s = c.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
      }
      try {
        T t = w.run();
        try (Statement s = c.createStatement()) {
          s.execute("COMMIT");
        }
        return t;
      } catch (SQLException | RuntimeException e) {
        try (Statement s = c.createStatement()) {
          s.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // the original error matters
        }
        throw e;
      }
    } catch (SQLException e) {
      throw failure.apply(e);
    }
  }

  @Override
  public synchronized <T> T read(Work<T> w) {
    try {
      return w.run();
    } catch (SQLException e) {
      throw failure.apply(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (c.isClosed()) return;
      c.close();
    } catch (SQLException e) {
      throw failure.apply(e);
    }
  }
}
