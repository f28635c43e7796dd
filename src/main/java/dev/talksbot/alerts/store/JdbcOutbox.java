package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.OutboxItem;
import dev.talksbot.alerts.store.AlertStore.Parked;
import dev.talksbot.db.JdbcSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Alerts waiting to be sent, sent, or parked, in SQL both databases understand (one class for
 * SQLite and PostgreSQL).
 */
final class JdbcOutbox implements Outbox {
  private final JdbcSession db;

  JdbcOutbox(JdbcSession db) {
    this.db = db;
  }

  @Override
  public List<OutboxItem> due(Instant now, int limit) {
    return db.read(
        () ->
            db.query(
                "SELECT id, subscription_id, chat_id, chat_type, story_key, text, attempts FROM outbox "
                    + "WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                JdbcOutbox::item,
                now,
                limit));
  }

  @Override
  public List<OutboxItem> claimDue(String sender, Instant now, Instant leaseUntil, int limit) {
    String skipLocked =
        db.dialect() == dev.talksbot.db.Dialect.POSTGRES ? " FOR UPDATE SKIP LOCKED" : "";
    return db.tx(
        () -> {
          List<OutboxItem> items =
              db.query(
                  "SELECT id, subscription_id, chat_id, chat_type, story_key, text, attempts"
                      + " FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?"
                      + " AND (lease_until IS NULL OR lease_until <= ?)"
                      + " ORDER BY next_attempt_at, id LIMIT ?"
                      + skipLocked,
                  JdbcOutbox::item,
                  now,
                  now,
                  limit);
          for (OutboxItem i : items) {
            db.update(
                "UPDATE outbox SET leased_by = ?, lease_until = ? WHERE id = ?",
                sender,
                leaseUntil,
                i.id());
          }
          return items;
        });
  }

  @Override
  public void release(String sender, List<Long> ids) {
    if (ids.isEmpty()) return;
    db.tx(
        () -> {
          for (long id : ids) {
            db.update(
                "UPDATE outbox SET leased_by = NULL, lease_until = NULL"
                    + " WHERE id = ? AND leased_by = ?",
                id,
                sender);
          }
          return null;
        });
  }

  @Override
  public Optional<Instant> nextDue() {
    return db.read(
        () -> {
          List<Long> r =
              db.query(
                  // an alert leased to another sender becomes claimable when its lease runs out
                  "SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_attempt_at"
                      + " THEN lease_until ELSE next_attempt_at END)"
                      + " FROM outbox WHERE status = 'pending'",
                  rs -> rs.getObject(1) == null ? null : rs.getLong(1));
          return r.isEmpty() || r.get(0) == null
              ? Optional.empty()
              : Optional.of(Instant.ofEpochMilli(r.get(0)));
        });
  }

  @Override
  public void markSent(long id, Instant at) {
    db.tx(
        () ->
            db.update(
                "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1,"
                    + " leased_by = NULL, lease_until = NULL WHERE id = ?",
                at,
                id));
  }

  @Override
  public void retryLater(long id, int attempts, Instant next, String error) {
    db.tx(
        () ->
            db.update(
                "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?,"
                    + " leased_by = NULL, lease_until = NULL WHERE id = ?",
                attempts,
                next,
                error,
                id));
  }

  @Override
  public void park(long id, int attempts, String reason) {
    db.tx(
        () ->
            db.update(
                "UPDATE outbox SET status = 'parked', attempts = ?, last_error = ?,"
                    + " leased_by = NULL, lease_until = NULL WHERE id = ?",
                attempts,
                reason,
                id));
  }

  @Override
  public List<Parked> parked(int limit) {
    return db.read(
        () ->
            db.query(
                "SELECT id, chat_id, story_key, attempts, last_error FROM outbox WHERE status = 'parked' "
                    + "ORDER BY id DESC LIMIT ?",
                rs ->
                    new Parked(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5)),
                limit));
  }

  @Override
  public long countOutbox(String status) {
    return db.read(() -> db.count("SELECT COUNT(*) FROM outbox WHERE status = ?", status));
  }

  private static OutboxItem item(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new OutboxItem(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7));
  }
}
