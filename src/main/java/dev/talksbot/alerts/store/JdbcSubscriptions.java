package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.Subscription;
import dev.talksbot.db.JdbcSession;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Chats' alert subscriptions, in SQL both databases understand (one class for SQLite and
 * PostgreSQL).
 */
final class JdbcSubscriptions implements Subscriptions {
  private final JdbcSession db;

  JdbcSubscriptions(JdbcSession db) {
    this.db = db;
  }

  @Override
  public Subscription subscribe(
      long chatId, String chatType, String topic, boolean daily, Instant now) {
    return db.tx(
        () -> {
          return db.query(
                  "INSERT INTO subscription(chat_id, chat_type, topic, daily, created_at)"
                      + " VALUES (?,?,?,?,?) RETURNING "
                      + StoreRows.SUB_COLS,
                  StoreRows::sub,
                  chatId,
                  chatType,
                  topic,
                  daily,
                  now)
              .get(0);
        });
  }

  @Override
  public void subscribeMany(List<Long> chatIds, String chatType, String topic, Instant now) {
    db.tx(
        () -> {
          try (PreparedStatement p =
              db.connection()
                  .prepareStatement(
                      "INSERT INTO subscription(chat_id, chat_type, topic, daily, created_at) VALUES (?,?,?,0,?)")) {
            for (long id : chatIds) {
              JdbcSession.bind(p, id, chatType, topic, now);
              p.addBatch();
            }
            p.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<Subscription> subscriptions(long chatId) {
    return db.read(
        () ->
            db.query(
                "SELECT "
                    + StoreRows.SUB_COLS
                    + " FROM subscription WHERE chat_id = ? AND active = 1 ORDER BY id",
                StoreRows::sub,
                chatId));
  }

  @Override
  public List<Subscription> activeSubscriptions() {
    return db.read(
        () ->
            db.query(
                "SELECT " + StoreRows.SUB_COLS + " FROM subscription WHERE active = 1 ORDER BY id",
                StoreRows::sub));
  }

  @Override
  public List<Subscription> dailySubscriptions() {
    return db.read(
        () ->
            db.query(
                "SELECT "
                    + StoreRows.SUB_COLS
                    + " FROM subscription WHERE active = 1 AND daily = 1 ORDER BY id",
                StoreRows::sub));
  }

  @Override
  public boolean unsubscribe(long chatId, long id) {
    return db.tx(
        () -> {
          int n =
              db.update(
                  "UPDATE subscription SET active = 0, ended_reason = 'unsubscribed' "
                      + "WHERE id = ? AND chat_id = ? AND active = 1",
                  id,
                  chatId);
          if (n > 0) {
            db.update(
                "UPDATE outbox SET status = 'dropped', last_error = 'unsubscribed' "
                    + "WHERE subscription_id = ? AND status = 'pending'",
                id);
          }
          return n > 0;
        });
  }

  @Override
  public int unsubscribeAll(long chatId) {
    return db.tx(() -> endChat(chatId, "unsubscribed"));
  }

  @Override
  public int deactivateChat(long chatId, String reason) {
    return db.tx(() -> endChat(chatId, reason));
  }

  private int endChat(long chatId, String reason) throws SQLException {
    int n =
        db.update(
            "UPDATE subscription SET active = 0, ended_reason = ? WHERE chat_id = ? AND active = 1",
            reason,
            chatId);
    db.update(
        "UPDATE outbox SET status = 'dropped', last_error = ? WHERE chat_id = ? AND status = 'pending'",
        reason,
        chatId);
    return n;
  }
}
