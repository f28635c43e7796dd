package dev.talksbot.ingest.store;

import dev.talksbot.db.Dialect;
import dev.talksbot.db.JdbcSession;
import dev.talksbot.ingest.Article;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The article store in SQL both databases understand, over a {@link JdbcSession}: {@link
 * SqliteArticleStore} (a file under the data dir) and {@link PostgresArticleStore} (a database
 * shared by several instances) only open their database and hand it here.
 */
public abstract class JdbcArticleStore implements ArticleStore {
  /** Separates author names in the authors column (names never contain a line break). */
  private static final String AUTHOR_SEPARATOR = "\n";

  private static final String COLUMNS =
      "id, origin, raw, source, title, outlet, authors, date, url, text, arrived_at, dateline_day,"
          + " dateline_place";

  private final JdbcSession db;

  JdbcArticleStore(JdbcSession db) {
    this.db = db;
  }

  @Override
  public void put(StoredArticle s) {
    Article a = s.article();
    String sql =
        "INSERT INTO article ("
            + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            + " arrived_at = CASE WHEN article.raw = excluded.raw THEN article.arrived_at"
            + " ELSE excluded.arrived_at END,"
            + " origin = excluded.origin, raw = excluded.raw, source = excluded.source,"
            + " title = excluded.title, outlet = excluded.outlet, authors = excluded.authors,"
            + " date = excluded.date, url = excluded.url, text = excluded.text,"
            + " dateline_day = excluded.dateline_day, dateline_place = excluded.dateline_place";
    db.tx(
        () ->
            db.update(
                sql,
                a.id(),
                s.origin(),
                s.raw(),
                a.source(),
                a.title(),
                a.outlet(),
                String.join(AUTHOR_SEPARATOR, a.authors()),
                a.date() == null ? null : a.date().toString(),
                a.url(),
                a.text(),
                s.arrivedAt(),
                a.datelineDay() == null ? null : a.datelineDay().toString(),
                a.datelinePlace()));
  }

  @Override
  public Optional<StoredArticle> get(String id) {
    return db.read(
        () ->
            db
                .query(
                    "SELECT " + COLUMNS + " FROM article WHERE id = ?", JdbcArticleStore::row, id)
                .stream()
                .findFirst());
  }

  @Override
  public List<StoredArticle> all() {
    return db.read(
        () ->
            db.query(
                "SELECT " + COLUMNS + " FROM article ORDER BY arrived_at, rowid",
                JdbcArticleStore::row));
  }

  @Override
  public int count() {
    return db.read(() -> (int) db.count("SELECT count(*) FROM article"));
  }

  @Override
  public long announce(String articleId, String via, Instant at) {
    return db.tx(
        () -> {
          long seq =
              db.count(
                  "INSERT INTO arrival (article_id, via, arrived_at) VALUES (?,?,?) RETURNING seq",
                  articleId,
                  via,
                  at);
          dev.talksbot.db.PgNotifier.notify(db, dev.talksbot.db.PgNotifier.ARRIVAL, articleId);
          return seq;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL sequence numbers come from an identity column, so a transaction that commits
   * later may hold a smaller number than one already read; arrivals are announced one per
   * transaction, and the reader here waits for older transactions still writing arrivals (the share
   * lock on the table) so that no arrival below the newest one returned is still invisible.
   */
  @Override
  public List<Arrival> arrivalsAfter(long seq, int limit) {
    return db.read(
        () -> {
          if (db.dialect() == Dialect.POSTGRES) db.update("LOCK TABLE arrival IN SHARE MODE");
          return db.query(
              "SELECT seq, article_id, via, arrived_at FROM arrival WHERE seq > ? ORDER BY seq LIMIT ?",
              rs ->
                  new Arrival(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      Instant.ofEpochMilli(rs.getLong(4))),
              seq,
              limit);
        });
  }

  private static StoredArticle row(ResultSet rs) throws SQLException {
    String authors = rs.getString("authors");
    String date = rs.getString("date");
    String datelineDay = rs.getString("dateline_day");
    Article a =
        new Article(
            rs.getString("id"),
            rs.getString("source"),
            rs.getString("title"),
            rs.getString("outlet"),
            authors.isEmpty() ? List.of() : Arrays.asList(authors.split(AUTHOR_SEPARATOR)),
            date == null ? null : LocalDate.parse(date),
            rs.getString("url"),
            rs.getString("text"),
            datelineDay == null ? null : MonthDay.parse(datelineDay),
            rs.getString("dateline_place"));
    return new StoredArticle(
        a,
        rs.getString("raw"),
        rs.getString("origin"),
        Instant.ofEpochMilli(rs.getLong("arrived_at")));
  }
}
