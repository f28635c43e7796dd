package dev.talksbot.alerts.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts store's one SQLite connection and the plumbing every repository uses: write
 * transactions ({@code BEGIN IMMEDIATE}, so another process's writer is waited for), reads, and
 * statements with bound arguments. All access is serialised on this object.
 */
final class SqliteSession implements AutoCloseable {
  private final Connection c;
  private final Path file;

  SqliteSession(Connection c, Path file) {
    this.c = c;
    this.file = file;
  }

  Path file() {
    return file;
  }

  Connection connection() {
    return c;
  }

  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  /** Runs work in one write transaction (BEGIN IMMEDIATE: waits for another process's writer). */
  synchronized <T> T tx(Work<T> w) {
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

  synchronized <T> T read(Work<T> w) {
    try {
      return w.run();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      return p.executeUpdate();
    }
  }

  static void bind(PreparedStatement p, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) p.setNull(i + 1, Types.NULL);
      else if (a instanceof Instant t) p.setLong(i + 1, t.toEpochMilli());
      else if (a instanceof Boolean b) p.setInt(i + 1, b ? 1 : 0);
      else if (a instanceof LocalDate d) p.setString(i + 1, d.toString());
      else if (a instanceof byte[] b) p.setBytes(i + 1, b);
      else p.setObject(i + 1, a);
    }
  }

  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      try (ResultSet rs = p.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) out.add(row.map(rs));
        return out;
      }
    }
  }

  long count(String sql, Object... args) throws SQLException {
    List<Long> r = query(sql, rs -> rs.getLong(1), args);
    return r.isEmpty() ? 0 : r.get(0);
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
