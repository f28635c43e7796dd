package dev.talksbot.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A PostgreSQL-backed store's connection pool and the plumbing its repositories use: every {@link
 * #tx} runs on one pooled connection in one transaction (READ COMMITTED), retried when PostgreSQL
 * reports a serialization failure or a deadlock; the statements inside it ({@link #update}, {@link
 * #query}, {@link #count}) use that connection. Values are bound like in the SQLite stores: {@link
 * Instant} as epoch millis, booleans as 0/1, dates as ISO text. Thread-safe.
 */
public final class PgSession implements StoreSession {
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

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRES;
  }

  /** Runs work in one transaction on one pooled connection. */
  @Override
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
  @Override
  public <T> T read(Work<T> w) {
    return tx(w);
  }

  private static boolean conflict(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  /** The connection of the running transaction. */
  @Override
  public Connection connection() {
    Connection c = current.get();
    if (c == null) throw new IllegalStateException("no transaction running");
    return c;
  }

  public static void bind(PreparedStatement p, Object... args) throws SQLException {
    JdbcSession.bind(p, args);
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
