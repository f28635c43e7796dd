package dev.talksbot.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Instances wake each other through PostgreSQL's {@code LISTEN/NOTIFY}: the stores notify {@link
 * #ARRIVAL} when an article arrives and {@link #OUTBOX} when alerts are queued (delivered when
 * their transaction commits); this listener, on its own connection, runs the callbacks registered
 * for a channel. Without it an instance still finds the work at its next poll; with it, within
 * milliseconds. A lost connection is reopened after {@link #RECONNECT}.
 */
public final class PgNotifier implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PgNotifier.class);

  /** An article arrived (payload: its id). */
  public static final String ARRIVAL = "talksbot_arrival";

  /** Alerts were queued in the outbox. */
  public static final String OUTBOX = "talksbot_outbox";

  /** How long one wait for notifications lasts. */
  static final int WAIT_MILLIS = 500;

  /** Pause before a lost connection is opened again. */
  static final Duration RECONNECT = Duration.ofSeconds(5);

  private final PostgresTarget target;
  private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean closed;

  private PgNotifier(PostgresTarget target) {
    this.target = target;
    this.thread = new Thread(this::loop, "pg-notify");
    thread.setDaemon(true);
  }

  /** Starts listening on both channels. */
  public static PgNotifier start(PostgresTarget target) {
    PgNotifier n = new PgNotifier(target);
    n.thread.start();
    return n;
  }

  /** Runs {@code r} (on the listener's thread; it must return quickly) for each notification. */
  public void on(String channel, Runnable r) {
    listeners.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(r);
  }

  /** Notifies a channel in the running transaction of {@code db} (a no-op on SQLite). */
  public static void notify(JdbcSession db, String channel, String payload) throws SQLException {
    if (db.dialect() != Dialect.POSTGRES) return;
    db.query("SELECT pg_notify(?, ?)", rs -> 0, channel, payload == null ? "" : payload);
  }

  private void loop() {
    while (!closed) {
      try (Connection c =
              DriverManager.getConnection(target.url(), target.user(), target.password());
          Statement s = c.createStatement()) {
        s.execute("LISTEN " + ARRIVAL);
        s.execute("LISTEN " + OUTBOX);
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] got = pg.getNotifications(WAIT_MILLIS);
          if (got == null) continue;
          for (PGNotification n : got) {
            for (Runnable r : listeners.getOrDefault(n.getName(), List.of())) {
              try {
                r.run();
              } catch (RuntimeException e) {
                log.warn("notification {}: {}", n.getName(), e.toString());
              }
            }
          }
        }
      } catch (SQLException e) {
        if (closed) return;
        log.warn(
            "LISTEN connection lost ({}); polling only until it is back",
            String.valueOf(e.getMessage()));
        try {
          Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(WAIT_MILLIS * 4L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
