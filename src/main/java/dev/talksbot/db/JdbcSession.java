package dev.talksbot.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a repository needs of a database, whichever it is: work in one transaction, statements with
 * bound arguments, and the dialect for the few places SQL differs. {@link PgSession} (a pool, one
 * connection per transaction) and the SQLite sessions (one connection under a lock) implement it,
 * so each repository is written once for both databases.
 */
public interface JdbcSession {
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs work in one write transaction. */
  <T> T tx(Work<T> w);

  /** Runs reads that see one consistent state. */
  <T> T read(Work<T> w);

  /** The connection of the running transaction. */
  Connection connection();

  Dialect dialect();

  default int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = connection().prepareStatement(sql)) {
      bind(p, args);
      return p.executeUpdate();
    }
  }

  default <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement p = connection().prepareStatement(sql)) {
      bind(p, args);
      try (ResultSet rs = p.executeQuery()) {
        List<T> out = new java.util.ArrayList<>();
        while (rs.next()) out.add(row.map(rs));
        return out;
      }
    }
  }

  /** The first column of the first row as a long (0 when there is no row or it is null). */
  default long count(String sql, Object... args) throws SQLException {
    List<Long> r = query(sql, rs -> rs.getLong(1), args);
    return r.isEmpty() ? 0 : r.get(0);
  }

  /**
   * Binds arguments: instants as epoch millis, booleans as 0/1, dates as ISO text, byte arrays as
   * blobs.
   */
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
}
