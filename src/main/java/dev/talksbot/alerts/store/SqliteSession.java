package dev.talksbot.alerts.store;

import dev.talksbot.db.Dialect;
import dev.talksbot.db.JdbcSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The alerts store's one SQLite connection: write transactions ({@code BEGIN IMMEDIATE}, so another
 * process's writer is waited for) and reads, all serialised on this object.
 */
final class SqliteSession implements JdbcSession, AutoCloseable {
  private final Connection c;
  private final Path file;

  SqliteSession(Connection c, Path file) {
    this.c = c;
    this.file = file;
  }

  Path file() {
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
      throw new StoreException(e);
    }
  }

  @Override
  public synchronized <T> T read(Work<T> w) {
    try {
      return w.run();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (c.isClosed()) return;
      c.close();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }
}
