package dev.talksbot.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A PostgreSQL-backed store's connection pool and the plumbing its repositories use: every {@link
 * #tx} runs on one pooled connection in one transaction (READ COMMITTED), retried when PostgreSQL
 * reports a serialization failure or a deadlock; the statements inside it ({@link #update}, {@link
 * #query}, {@link #count}) use that connection. Values are bound like in the SQLite stores: {@link
 * Instant} as epoch millis, booleans as 0/1, dates as ISO text. Thread-safe.
 */
public final class PgSession implements AutoCloseable {
  /** How long a caller waits for a free pooled connection, in milliseconds. */
  static final long CONNECTION_TIMEOUT_MILLIS = 10_000;

  /** Connections a pool keeps open while idle: one, so the first request after a pause is quick. */
  static final int MIN_IDLE = 1;

  /** How often a transaction is tried when PostgreSQL aborts it to resolve a conflict. */
  static final int CONFLICT_ATTEMPTS = 3;

  private final HikariDataSource pool;
  private final String where;
  private final Function<SQLException, RuntimeException> failure;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  private PgSession(
      HikariDataSource pool, String where, Function<SQLException, RuntimeException> failure) {
    this.pool = pool;
    this.where = where;
    this.failure = failure;
  }

  /**
   * Opens a pool to {@code target} and migrates {@code store}'s schema.
   *
   * @param what the store in messages, e.g. "the alerts store"
   * @param failure turns a database error into the store's own exception
   * @throws SQLException when the server cannot be reached or the migration fails
   */
  public static PgSession open(
      PostgresTarget target,
      String store,
      String what,
      List<String[]> migrations,
      Function<SQLException, RuntimeException> failure)
      throws SQLException {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(target.url());
    hc.setUsername(target.user());
    if (target.password() != null) hc.setPassword(target.password());
    hc.setMaximumPoolSize(target.poolSize());
    hc.setMinimumIdle(Math.min(MIN_IDLE, target.poolSize()));
    hc.setPoolName("talksbot-" + store);
    hc.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
    HikariDataSource pool = new HikariDataSource(hc);
    String where = what + " at " + target.url();
    try (Connection c = pool.getConnection()) {
      Migrator.migrate(c, Dialect.POSTGRES, store, where, migrations);
    } catch (SQLException | RuntimeException e) {
      pool.close();
      throw e;
    }
    return new PgSession(pool, where, failure);
  }

  /** The store and URL, for messages (no credentials). */
  public String where() {
    return where;
  }

  @FunctionalInterface
  public interface Work<T> {
    T run() throws SQLException;
  }

  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs work in one transaction on one pooled connection. */
  public <T> T tx(Work<T> w) {
    if (current.get() != null) throw new IllegalStateException("nested transaction");
    for (int attempt = 1; ; attempt++) {
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        current.set(c);
        try {
          T t = w.run();
          c.commit();
          return t;
        } catch (SQLException | RuntimeException e) {
          try {
            c.rollback();
          } catch (SQLException ignored) {
            // the original error matters
          }
          throw e;
        } finally {
          current.remove();
        }
      } catch (SQLException e) {
        if (attempt < CONFLICT_ATTEMPTS && conflict(e)) continue;
        throw failure.apply(e);
      }
    }
  }

  /** A read: one transaction like {@link #tx}, so all its statements see one consistent state. */
  public <T> T read(Work<T> w) {
    return tx(w);
  }

  private static boolean conflict(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  /** The connection of the running transaction. */
  public Connection connection() {
    Connection c = current.get();
    if (c == null) throw new IllegalStateException("no transaction running");
    return c;
  }

  public int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = connection().prepareStatement(sql)) {
      bind(p, args);
      return p.executeUpdate();
    }
  }

  public <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement p = connection().prepareStatement(sql)) {
      bind(p, args);
      try (ResultSet rs = p.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) out.add(row.map(rs));
        return out;
      }
    }
  }

  /** The first column of the first row as a long (0 when there is no row or it is null). */
  public long count(String sql, Object... args) throws SQLException {
    List<Long> r = query(sql, rs -> rs.getLong(1), args);
    return r.isEmpty() ? 0 : r.get(0);
  }

  public static void bind(PreparedStatement p, Object... args) throws SQLException {
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

  /** The schema version of {@code store} in this database. */
  public int schemaVersion(String store) {
    return read(() -> Migrator.version(connection(), Dialect.POSTGRES, store));
  }

  @Override
  public void close() {
    pool.close();
  }
}
