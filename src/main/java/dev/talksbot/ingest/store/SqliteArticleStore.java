package dev.talksbot.ingest.store;

import dev.talksbot.db.SqliteSession;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link ArticleStore} in its own SQLite file next to the alerts store ({@code
 * <dataDir>/articles/articles.sqlite}), opened like it: WAL mode so the server and a CLI command
 * can use it at once, a busy writer is waited for, and the schema is versioned with {@code PRAGMA
 * user_version} ({@link #MIGRATIONS} applied in order in one transaction). One connection, used
 * under this object's lock.
 */
public final class SqliteArticleStore extends JdbcArticleStore {
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
          },
          new String[] {
            // the follow-up memory of chats, shared by instances (storage: postgres)
            """
        CREATE TABLE conversation_turn (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          chat_id TEXT NOT NULL,
          question TEXT NOT NULL,
          standalone TEXT NOT NULL,
          answer TEXT NOT NULL,
          at INTEGER NOT NULL)""",
            "CREATE INDEX conversation_turn_chat ON conversation_turn(chat_id, seq)"
          },
          new String[] {
            // the month and day of a dateline without a year (Article.datelineDay, "--09-19")
            "ALTER TABLE article ADD COLUMN dateline_day TEXT"
          },
          new String[] {
            // the place of an article's dateline (Article.datelinePlace, "Quellmoor")
            "ALTER TABLE article ADD COLUMN dateline_place TEXT"
          });

  private final SqliteSession db;

  private SqliteArticleStore(SqliteSession db) {
    super(db);
    this.db = db;
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
    return new SqliteArticleStore(
        SqliteSession.open(
            file,
            "the article store",
            MIGRATIONS,
            e ->
                new ArticleStoreException("the article store " + file + ": " + e.getMessage(), e)));
  }

  public Path file() {
    return db.file();
  }

  @Override
  public void close() {
    db.close();
  }
}
