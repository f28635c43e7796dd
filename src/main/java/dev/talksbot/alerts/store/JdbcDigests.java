package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.DigestItem;
import dev.talksbot.alerts.store.AlertStore.Subscription;
import dev.talksbot.db.JdbcSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What daily subscriptions collected and which digests were made, in SQL both databases understand
 * (one class for SQLite and PostgreSQL).
 */
final class JdbcDigests implements Digests {
  private final JdbcSession db;

  JdbcDigests(JdbcSession db) {
    this.db = db;
  }

  @Override
  public List<DigestItem> undigested(long subscriptionId) {
    return db.read(
        () ->
            db.query(
                "SELECT subscription_id, story_id, article_id FROM digest_item "
                    + "WHERE subscription_id = ? AND digest_day IS NULL ORDER BY created_at, rowid",
                rs -> new DigestItem(rs.getLong(1), rs.getLong(2), rs.getString(3)),
                subscriptionId));
  }

  @Override
  public void commitDigest(
      Subscription s, LocalDate day, String text, List<DigestItem> items, Instant now) {
    db.tx(
        () -> {
          if (text != null) {
            db.update(
                "INSERT INTO outbox(subscription_id, chat_id, chat_type, story_key, text, "
                    + "next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                s.id(),
                s.chatId(),
                s.chatType(),
                "digest:" + day,
                text,
                now,
                now);
          }
          for (DigestItem d : items) {
            db.update(
                "UPDATE digest_item SET digest_day = ? WHERE subscription_id = ? AND story_id = ?",
                day,
                d.subscriptionId(),
                d.storyId());
          }
          db.update("UPDATE subscription SET last_digest = ? WHERE id = ?", day, s.id());
          return null;
        });
  }
}
