package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.FeedItem;
import dev.talksbot.alerts.store.AlertStore.FeedState;
import dev.talksbot.db.JdbcSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Conditional-GET state of feeds and the items claimed from them, in SQL both databases understand
 * (one class for SQLite and PostgreSQL).
 */
final class JdbcFeedStates implements FeedStates {
  private final JdbcSession db;

  JdbcFeedStates(JdbcSession db) {
    this.db = db;
  }

  @Override
  public Optional<FeedState> feedState(String url) {
    return db.read(
        () ->
            db
                .query(
                    "SELECT url, etag, last_modified FROM feed WHERE url = ?",
                    rs -> new FeedState(rs.getString(1), rs.getString(2), rs.getString(3)),
                    url)
                .stream()
                .findFirst());
  }

  @Override
  public void saveFeedState(FeedState s) {
    db.tx(
        () ->
            db.update(
                "INSERT INTO feed(url, etag, last_modified) VALUES (?,?,?) ON CONFLICT(url) DO UPDATE "
                    + "SET etag = excluded.etag, last_modified = excluded.last_modified",
                s.url(),
                s.etag(),
                s.lastModified()));
  }

  @Override
  public boolean claimFeedItem(String url, String feedUrl, Instant now) {
    return db.tx(
        () ->
            db.update(
                    "INSERT INTO feed_item(url, feed_url, status, created_at) VALUES (?,?,'pending',?)"
                        + " ON CONFLICT DO NOTHING",
                    url,
                    feedUrl,
                    now)
                > 0);
  }

  @Override
  public void feedItemDone(String url) {
    db.tx(
        () ->
            db.update(
                "UPDATE feed_item SET status = 'done', last_error = NULL WHERE url = ?", url));
  }

  @Override
  public void feedItemFailed(
      String url, int attempts, Instant nextTry, String error, boolean giveUp) {
    db.tx(
        () ->
            db.update(
                "UPDATE feed_item SET status = ?, attempts = ?, next_try = ?, last_error = ? WHERE url = ?",
                giveUp ? "failed" : "retry",
                attempts,
                nextTry,
                error,
                url));
  }

  @Override
  public List<FeedItem> feedItemsDue(Instant now) {
    return db.read(
        () ->
            db.query(
                "SELECT url, feed_url, attempts FROM feed_item WHERE status = 'retry' AND next_try <= ? "
                    + "ORDER BY next_try",
                rs -> new FeedItem(rs.getString(1), rs.getString(2), rs.getInt(3)),
                now));
  }
}
