package dev.talksbot.alerts.store;

import dev.talksbot.db.Dialect;
import dev.talksbot.db.JdbcSession;
import java.sql.SQLException;

/**
 * {@link Pacing} in the {@code pace} table, one row per key, read and moved in one transaction (the
 * row is locked on PostgreSQL; SQLite's write transaction is exclusive), so two senders never take
 * the same slot.
 */
final class JdbcPacing implements Pacing {
  /** Chat rows older than this are dropped (their chat is long free again). */
  static final long PRUNE_AFTER_MICROS = 3_600_000_000L;

  /** Stale chat rows are pruned once per this many takes. */
  static final int PRUNE_EVERY = 1000;

  private final JdbcSession db;
  private final dev.talksbot.db.EveryN pruneTick = new dev.talksbot.db.EveryN(PRUNE_EVERY);

  JdbcPacing(JdbcSession db) {
    this.db = db;
  }

  private long freeAt(String key) throws SQLException {
    db.update("INSERT INTO pace(pace_key, free_at) VALUES (?, 0) ON CONFLICT DO NOTHING", key);
    String lock = db.dialect() == Dialect.POSTGRES ? " FOR UPDATE" : "";
    return db.count("SELECT free_at FROM pace WHERE pace_key = ?" + lock, key);
  }

  private void set(String key, long freeAt) throws SQLException {
    db.update("UPDATE pace SET free_at = ? WHERE pace_key = ?", freeAt, key);
  }

  @Override
  public long nextSlot(String key, long nowMicros, long gapMicros) {
    return db.tx(
        () -> {
          long slot = Math.max(freeAt(key), nowMicros);
          set(key, slot + gapMicros);
          return slot;
        });
  }

  @Override
  public long takeIfFree(String key, long nowMicros, long gapMicros) {
    long r =
        db.tx(
            () -> {
              long free = freeAt(key);
              if (free > nowMicros) return free;
              set(key, nowMicros + gapMicros);
              return nowMicros;
            });
    if (pruneTick.tick()) {
      db.tx(
          () ->
              db.update(
                  "DELETE FROM pace WHERE pace_key <> 'global' AND free_at < ?",
                  nowMicros - PRUNE_AFTER_MICROS));
    }
    return r;
  }

  @Override
  public void holdUntil(String key, long untilMicros) {
    db.tx(
        () -> {
          if (freeAt(key) < untilMicros) set(key, untilMicros);
          return null;
        });
  }
}
