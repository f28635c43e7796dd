package dev.talksbot.alerts.store;

import dev.talksbot.db.Sqlite;
import dev.talksbot.db.SqliteSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link AlertStore} in one SQLite file (WAL mode, so the server and {@code ./talksbot ingest} in
 * another process can use it at once; a busy writer is waited for). The schema is versioned with
 * {@code PRAGMA user_version}: {@link #MIGRATIONS} are applied in order, each in a transaction. One
 * connection, used under this object's lock.
 */
public final class SqliteAlertStore extends RepositoryAlertStore {
  /** Schema migrations; index i upgrades from version i to i+1. Never edit one; append. */
  public static final List<String[]> MIGRATIONS =
      List.<String[]>of(
          new String[] {
            """
        CREATE TABLE subscription (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          chat_id INTEGER NOT NULL,
          chat_type TEXT NOT NULL,
          topic TEXT,
          daily INTEGER NOT NULL DEFAULT 0,
          active INTEGER NOT NULL DEFAULT 1,
          created_at INTEGER NOT NULL,
          last_digest TEXT,
          ended_reason TEXT)""",
            "CREATE INDEX subscription_chat ON subscription(chat_id, active)",
            """
        CREATE TABLE article_event (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          article_id TEXT NOT NULL,
          origin TEXT,
          created_at INTEGER NOT NULL,
          done INTEGER NOT NULL DEFAULT 0)""",
            "CREATE INDEX article_event_pending ON article_event(done, seq)",
            """
        CREATE TABLE story (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          first_article_id TEXT NOT NULL,
          created_at INTEGER NOT NULL)""",
            """
        CREATE TABLE story_article (
          article_id TEXT PRIMARY KEY,
          story_id INTEGER NOT NULL REFERENCES story(id),
          signature BLOB NOT NULL,
          added_at INTEGER NOT NULL)""",
            "CREATE INDEX story_article_story ON story_article(story_id)",
            """
        CREATE TABLE outbox (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          subscription_id INTEGER NOT NULL REFERENCES subscription(id),
          chat_id INTEGER NOT NULL,
          chat_type TEXT NOT NULL,
          story_key TEXT NOT NULL,
          text TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'pending',
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at INTEGER NOT NULL,
          last_error TEXT,
          created_at INTEGER NOT NULL,
          sent_at INTEGER,
          UNIQUE (subscription_id, story_key))""",
            "CREATE INDEX outbox_due ON outbox(status, next_attempt_at, id)",
            "CREATE INDEX outbox_chat ON outbox(chat_id, status)",
            """
        CREATE TABLE digest_item (
          subscription_id INTEGER NOT NULL,
          story_id INTEGER NOT NULL,
          article_id TEXT NOT NULL,
          digest_day TEXT,
          created_at INTEGER NOT NULL,
          UNIQUE (subscription_id, story_id))""",
            """
        CREATE TABLE feed (
          url TEXT PRIMARY KEY,
          etag TEXT,
          last_modified TEXT)""",
            """
        CREATE TABLE feed_item (
          url TEXT PRIMARY KEY,
          feed_url TEXT NOT NULL,
          status TEXT NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          next_try INTEGER,
          last_error TEXT,
          created_at INTEGER NOT NULL)"""
          },
          new String[] {
            // how far the article store's arrivals have been copied into article_event
            "CREATE TABLE cursor (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"
          },
          new String[] {
            // several senders on one outbox: leases, and send slots shared by all of them
            "ALTER TABLE outbox ADD COLUMN leased_by TEXT",
            "ALTER TABLE outbox ADD COLUMN lease_until INTEGER",
            "CREATE TABLE pace (pace_key TEXT PRIMARY KEY, free_at INTEGER NOT NULL)"
          },
          new String[] {
            // one matcher among several instances
            "CREATE TABLE lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until INTEGER NOT NULL)"
          });

  private final SqliteSession db;

  private SqliteAlertStore(SqliteSession db) {
    super(db);
    this.db = db;
  }

  /** The store's file inside a data dir. */
  public static Path fileIn(Path dataDir) {
    return dataDir.resolve("alerts").resolve("alerts.sqlite");
  }

  /** Opens (creating and migrating as needed) the store under a data dir. */
  public static SqliteAlertStore openIn(Path dataDir) {
    return open(fileIn(dataDir));
  }

  public static SqliteAlertStore open(Path file) {
    try {
      Connection c = Sqlite.openMigrated(file, "the alerts store", MIGRATIONS, "foreign_keys = ON");
      return new SqliteAlertStore(new SqliteSession(c, file, StoreException::new));
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot open the alerts store " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return db.file();
  }

  /** Schema version of the open file. */
  public int schemaVersion() {
    return db.read(() -> Sqlite.userVersion(db.connection()));
  }

  @Override
  public Stats stats() {
    return StoreRows.stats(db);
  }

  @Override
  public void close() {
    db.close();
  }
}
