package dev.talksbot.ingest.store;

import dev.talksbot.db.Sqlite;
import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link ArticleStore} in its own SQLite file next to the alerts store ({@code
 * <dataDir>/articles/articles.sqlite}), opened like it: WAL mode so the server and a CLI command
 * can use it at once, a busy writer is waited for, and the schema is versioned with {@code PRAGMA
 * user_version} ({@link #MIGRATIONS} applied in order in one transaction). One connection, used
 * under this object's lock.
 */
public final class SqliteArticleStore implements ArticleStore {
  /** Schema migrations; index i upgrades from version i to i+1. Never edit one; append. */
  public static final List<String[]> MIGRATIONS =
      List.<String[]>of(
          new String[] {
            """
        CREATE TABLE article (
          id TEXT PRIMARY KEY,
          origin TEXT NOT NULL,
          raw TEXT NOT NULL,
          source TEXT NOT NULL,
          title TEXT,
          outlet TEXT,
          authors TEXT NOT NULL,
          date TEXT,
          url TEXT,
          text TEXT NOT NULL,
          arrived_at INTEGER NOT NULL)"""
          },
          new String[] {
            // news arrivals: the cross-process event log the alerts follow (issue 10)
            """
        CREATE TABLE arrival (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          article_id TEXT NOT NULL,
          via TEXT NOT NULL,
          arrived_at INTEGER NOT NULL)""",
            // work handed by CLI commands to the running server, which owns the index
            """
        CREATE TABLE intake_request (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          kind TEXT NOT NULL,
          target TEXT NOT NULL,
          state TEXT NOT NULL,
          result TEXT,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL)""",
            "CREATE INDEX intake_request_state ON intake_request(state, id)"
          });

  /** Separates author names in the authors column (names never contain a line break). */
  private static final String AUTHOR_SEPARATOR = "\n";

  private static final String COLUMNS =
      "id, origin, raw, source, title, outlet, authors, date, url, text, arrived_at";

  private final Connection c;
  private final Path file;

  private SqliteArticleStore(Connection c, Path file) {
    this.c = c;
    this.file = file;
  }

  /** The store's file inside a data dir. */
  public static Path fileIn(Path dataDir) {
    return dataDir.resolve("articles").resolve("articles.sqlite");
  }

  /** Opens (creating and migrating as needed) the store under a data dir. */
  public static SqliteArticleStore openIn(Path dataDir) {
    return open(fileIn(dataDir));
  }

  public static SqliteArticleStore open(Path file) {
    try {
      Connection c = Sqlite.open(file);
      try {
        Sqlite.migrate(c, "the article store", file, MIGRATIONS);
      } catch (SQLException | RuntimeException e) {
        closeQuietly(c);
        throw e;
      }
      return new SqliteArticleStore(c, file);
    } catch (SQLException | IOException e) {
      throw new ArticleStoreException(
          "cannot open the article store " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void put(StoredArticle s) {
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
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, a.id());
      p.setString(2, s.origin());
      p.setString(3, s.raw());
      p.setString(4, a.source());
      p.setString(5, a.title());
      p.setString(6, a.outlet());
      p.setString(7, String.join(AUTHOR_SEPARATOR, a.authors()));
      p.setString(8, a.date() == null ? null : a.date().toString());
      p.setString(9, a.url());
      p.setString(10, a.text());
      p.setLong(11, s.arrivedAt().toEpochMilli());
      p.executeUpdate(); // autocommit: one statement, one transaction
    } catch (SQLException e) {
      throw failure("store article " + a.id(), e);
    }
  }

  @Override
  public synchronized Optional<StoredArticle> get(String id) {
    List<StoredArticle> found = query(" WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
  }

  @Override
  public synchronized List<StoredArticle> all() {
    return query(" ORDER BY arrived_at, rowid", null);
  }

  @Override
  public synchronized int count() {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw failure("count articles", e);
    }
  }

  @Override
  public synchronized long announce(String articleId, String via, Instant at) {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO arrival (article_id, via, arrived_at) VALUES (?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, articleId);
      p.setString(2, via);
      p.setLong(3, at.toEpochMilli());
      p.executeUpdate();
      try (ResultSet rs = p.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("record the arrival of " + articleId, e);
    }
  }

  @Override
  public synchronized List<Arrival> arrivalsAfter(long seq, int limit) {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT seq, article_id, via, arrived_at FROM arrival WHERE seq > ? ORDER BY seq"
                + " LIMIT ?")) {
      p.setLong(1, seq);
      p.setInt(2, limit);
      List<Arrival> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Arrival(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  Instant.ofEpochMilli(rs.getLong(4))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read arrivals", e);
    }
  }

  private List<StoredArticle> query(String where, String arg) {
    try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM article" + where)) {
      if (arg != null) p.setString(1, arg);
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(row(rs));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read articles", e);
    }
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

  private ArticleStoreException failure(String what, SQLException e) {
    return new ArticleStoreException(
        "cannot " + what + " in the article store " + file + ": " + e.getMessage(), e);
  }

  private static void closeQuietly(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing; the first error is the one reported
    }
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
