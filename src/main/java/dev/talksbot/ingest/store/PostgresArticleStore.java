package dev.talksbot.ingest.store;

import dev.talksbot.db.PgSession;
import dev.talksbot.db.PostgresTarget;
import dev.talksbot.ingest.Article;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link ArticleStore} in a PostgreSQL database shared by every instance: the same tables ({@code
 * article}, {@code arrival}, {@code intake_request}) and migrations as {@link SqliteArticleStore},
 * the version kept in {@code schema_version} under {@link #STORE}. Each method is one transaction
 * on a pooled connection.
 */
public final class PostgresArticleStore implements ArticleStore {
  /** This store's row in {@code schema_version}. */
  public static final String STORE = "articles";

  /** Separates author names in the authors column (as in the SQLite store). */
  private static final String AUTHOR_SEPARATOR = "\n";

  private static final String COLUMNS =
      "id, origin, raw, source, title, outlet, authors, date, url, text, arrived_at";

  private final PgSession db;

  private PostgresArticleStore(PgSession db) {
    this.db = db;
  }

  /** Connects (creating and migrating the schema as needed). */
  public static PostgresArticleStore open(PostgresTarget target) {
    return new PostgresArticleStore(session(target, "the article store"));
  }

  /** A session on the article store's database (migrated), for the store and the intake queue. */
  public static PgSession session(PostgresTarget target, String what) {
    try {
      return PgSession.open(
          target,
          STORE,
          what,
          SqliteArticleStore.MIGRATIONS,
          e -> new ArticleStoreException(what + " at " + target.url() + ": " + e.getMessage(), e));
    } catch (SQLException | RuntimeException e) {
      throw new ArticleStoreException(
          "cannot open " + what + " at " + target.url() + ": " + e.getMessage(), e);
    }
  }

  /** Schema version of this store in the database. */
  public int schemaVersion() {
    return db.schemaVersion(STORE);
  }

  @Override
  public void put(StoredArticle s) {
    Article a = s.article();
    String sql =
        "INSERT INTO article ("
            + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            + " arrived_at = CASE WHEN article.raw = excluded.raw THEN article.arrived_at"
            + " ELSE excluded.arrived_at END,"
            + " origin = excluded.origin, raw = excluded.raw, source = excluded.source,"
            + " title = excluded.title, outlet = excluded.outlet, authors = excluded.authors,"
            + " date = excluded.date, url = excluded.url, text = excluded.text";
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
                s.arrivedAt()));
  }

  @Override
  public Optional<StoredArticle> get(String id) {
    return db.read(
        () ->
            db
                .query(
                    "SELECT " + COLUMNS + " FROM article WHERE id = ?",
                    PostgresArticleStore::row,
                    id)
                .stream()
                .findFirst());
  }

  @Override
  public List<StoredArticle> all() {
    return db.read(
        () ->
            db.query(
                "SELECT " + COLUMNS + " FROM article ORDER BY arrived_at, rowid",
                PostgresArticleStore::row));
  }

  @Override
  public int count() {
    return db.read(() -> (int) db.count("SELECT count(*) FROM article"));
  }

  @Override
  public long announce(String articleId, String via, Instant at) {
    return db.tx(
        () ->
            db.count(
                "INSERT INTO arrival (article_id, via, arrived_at) VALUES (?,?,?) RETURNING seq",
                articleId,
                via,
                at));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Sequence numbers come from an identity column, so a transaction that commits later may hold
   * a smaller number than one already read; arrivals are announced one per transaction, and the
   * reader here waits for older transactions still writing arrivals (the share lock on the table)
   * so that no arrival below the newest one returned is still invisible.
   */
  @Override
  public List<Arrival> arrivalsAfter(long seq, int limit) {
    return db.read(
        () -> {
          db.update("LOCK TABLE arrival IN SHARE MODE");
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
    Article a =
        new Article(
            rs.getString("id"),
            rs.getString("source"),
            rs.getString("title"),
            rs.getString("outlet"),
            authors.isEmpty() ? List.of() : Arrays.asList(authors.split(AUTHOR_SEPARATOR)),
            date == null ? null : LocalDate.parse(date),
            rs.getString("url"),
            rs.getString("text"));
    return new StoredArticle(
        a,
        rs.getString("raw"),
        rs.getString("origin"),
        Instant.ofEpochMilli(rs.getLong("arrived_at")));
  }

  @Override
  public void close() {
    db.close();
  }
}
