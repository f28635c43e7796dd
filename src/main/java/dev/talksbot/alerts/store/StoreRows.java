package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.Subscription;
import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** Row mappings and encodings shared by the repositories. */
final class StoreRows {
  private StoreRows() {}

  static final String SUB_COLS =
      "id, chat_id, chat_type, topic, daily, active, created_at, last_digest";

  static Subscription sub(ResultSet rs) throws SQLException {
    String ld = rs.getString(8);
    return new Subscription(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5) == 1,
        rs.getInt(6) == 1,
        Instant.ofEpochMilli(rs.getLong(7)),
        ld == null ? null : LocalDate.parse(ld));
  }

  static byte[] encode(int[] sig) {
    ByteBuffer b = ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) b.putInt(v);
    return b.array();
  }

  static int[] decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int[] out = new int[bytes.length / 4];
    for (int i = 0; i < out.length; i++) out[i] = b.getInt();
    return out;
  }

  /** The figures for admins, in one read. */
  static AlertStore.Stats stats(dev.talksbot.db.JdbcSession db) {
    return db.read(
        () ->
            new AlertStore.Stats(
                db.count("SELECT COUNT(*) FROM story"),
                db.count("SELECT COUNT(*) FROM story_article"),
                db.count("SELECT COUNT(DISTINCT chat_id) FROM subscription WHERE active = 1"),
                db.count("SELECT COUNT(*) FROM subscription WHERE active = 1"),
                db.count("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"),
                db.count("SELECT COUNT(*) FROM outbox WHERE status = 'parked'"),
                db.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"),
                db.count("SELECT COUNT(*) FROM article_event WHERE done = 0")));
  }
}
