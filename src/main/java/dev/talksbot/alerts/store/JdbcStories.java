package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.DigestItem;
import dev.talksbot.alerts.store.AlertStore.Event;
import dev.talksbot.alerts.store.AlertStore.MatchBatch;
import dev.talksbot.alerts.store.AlertStore.NewAlert;
import dev.talksbot.alerts.store.AlertStore.StoryMember;
import dev.talksbot.db.JdbcSession;
import dev.talksbot.ingest.store.Arrival;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

/**
 * New-article events (copied from the article store's arrivals) and the stories articles are
 * grouped into, in SQL both databases understand (one class for SQLite and PostgreSQL).
 */
final class JdbcStories implements Stories {
  private final JdbcSession db;

  JdbcStories(JdbcSession db) {
    this.db = db;
  }

  /** The cursor over the article store's arrivals. */
  private static final String ARRIVALS = "arrivals";

  @Override
  public void releaseMatching(String holder) {
    db.tx(
        () ->
            db.update("UPDATE lease SET until = 0 WHERE name = 'matching' AND holder = ?", holder));
  }

  @Override
  public boolean leadMatching(String holder, Instant now, Instant until) {
    return db.tx(
        () -> {
          db.update(
              "INSERT INTO lease(name, holder, until) VALUES ('matching', ?, ?)"
                  + " ON CONFLICT DO NOTHING",
              holder,
              until);
          return db.update(
                  "UPDATE lease SET holder = ?, until = ? WHERE name = 'matching'"
                      + " AND (holder = ? OR until <= ?)",
                  holder,
                  until,
                  holder,
                  now)
              == 1;
        });
  }

  @Override
  public void addEvent(String articleId, String origin, Instant now) {
    db.tx(
        () ->
            db.update(
                "INSERT INTO article_event(article_id, origin, created_at) VALUES (?,?,?)",
                articleId,
                origin,
                now));
  }

  @Override
  public long arrivalCursor() {
    return db.read(() -> db.count("SELECT value FROM cursor WHERE name = ?", ARRIVALS));
  }

  @Override
  public void addArrivalEvents(List<Arrival> arrivals, Instant now) {
    if (arrivals.isEmpty()) return;
    db.tx(
        () -> {
          // the cursor row is locked, so a copier in another process waits and then sees the
          // moved cursor: each arrival becomes exactly one event
          db.update(
              "INSERT INTO cursor(name, value) VALUES (?, 0) ON CONFLICT DO NOTHING", ARRIVALS);
          long cursor =
              db.count(
                  "SELECT value FROM cursor WHERE name = ?"
                      + (db.dialect() == dev.talksbot.db.Dialect.POSTGRES ? " FOR UPDATE" : ""),
                  ARRIVALS);
          long last = cursor;
          for (Arrival a : arrivals) {
            if (a.seq() <= cursor) continue; // copied already (another copier got there first)
            db.update(
                "INSERT INTO article_event(article_id, origin, created_at) VALUES (?,?,?)",
                a.articleId(),
                a.via(),
                now);
            last = Math.max(last, a.seq());
          }
          return db.update(
              "INSERT INTO cursor(name, value) VALUES (?, ?)"
                  + " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
              ARRIVALS,
              last);
        });
  }

  @Override
  public List<Event> pendingEvents(int limit) {
    return db.read(
        () ->
            db.query(
                "SELECT seq, article_id, origin FROM article_event WHERE done = 0 ORDER BY seq LIMIT ?",
                rs -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3)),
                limit));
  }

  @Override
  public List<StoryMember> members() {
    return db.read(
        () ->
            db.query(
                "SELECT article_id, story_id, signature FROM story_article ORDER BY added_at, rowid",
                rs ->
                    new StoryMember(
                        rs.getString(1), rs.getLong(2), StoreRows.decode(rs.getBytes(3)))));
  }

  @Override
  public long newStory(String firstArticleId, Instant now) {
    return db.tx(
        () -> {
          return db.count(
              "INSERT INTO story(first_article_id, created_at) VALUES (?,?) RETURNING id",
              firstArticleId,
              now);
        });
  }

  @Override
  public List<String> storyArticles(long storyId) {
    return db.read(
        () ->
            db.query(
                "SELECT article_id FROM story_article WHERE story_id = ? ORDER BY added_at, rowid",
                rs -> rs.getString(1),
                storyId));
  }

  @Override
  public void apply(MatchBatch b, Instant now) {
    db.tx(
        () -> {
          if (!b.alerts().isEmpty()) {
            dev.talksbot.db.PgNotifier.notify(db, dev.talksbot.db.PgNotifier.OUTBOX, null);
          }
          for (StoryMember m : b.newMembers()) {
            db.update(
                "INSERT INTO story_article(article_id, story_id, signature, added_at) VALUES (?,?,?,?) "
                    + "ON CONFLICT(article_id) DO UPDATE SET signature = excluded.signature",
                m.articleId(),
                m.storyId(),
                StoreRows.encode(m.signature()),
                now);
          }
          try (PreparedStatement p =
              db.connection()
                  .prepareStatement(
                      "INSERT INTO outbox(subscription_id, chat_id, "
                          + "chat_type, story_key, text, next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?)"
                          + " ON CONFLICT DO NOTHING")) {
            for (NewAlert a : b.alerts()) {
              JdbcSession.bind(
                  p,
                  a.subscriptionId(),
                  a.chatId(),
                  a.chatType(),
                  a.storyKey(),
                  a.text(),
                  now,
                  now);
              p.addBatch();
            }
            p.executeBatch();
          }
          for (DigestItem d : b.digestItems()) {
            db.update(
                "INSERT INTO digest_item(subscription_id, story_id, article_id, created_at) "
                    + "VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                d.subscriptionId(),
                d.storyId(),
                d.articleId(),
                now);
          }
          for (long seq : b.doneEvents())
            db.update("UPDATE article_event SET done = 1 WHERE seq = ?", seq);
          return null;
        });
  }
}
