package dev.talksbot.alerts.store;

import dev.talksbot.db.Sqlite;
import dev.talksbot.ingest.store.Arrival;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link AlertStore} in one SQLite file (WAL mode, so the server and {@code ./talksbot ingest} in
 * another process can use it at once; a busy writer is waited for). The schema is versioned with
 * {@code PRAGMA user_version}: {@link #MIGRATIONS} are applied in order, each in a transaction. One
 * connection, used under this object's lock.
 */
public final class SqliteAlertStore implements AlertStore {
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
          });

  /** The cursor over the article store's arrivals. */
  private static final String ARRIVALS = "arrivals";

  private final Connection c;
  private final Path file;

  private SqliteAlertStore(Connection c, Path file) {
    this.c = c;
    this.file = file;
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
      Connection c = Sqlite.open(file, "foreign_keys = ON");
      try {
        Sqlite.migrate(c, "the alerts store", file, MIGRATIONS);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new SqliteAlertStore(c, file);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot open the alerts store " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Schema version of the open file. */
  public synchronized int schemaVersion() {
    try {
      return Sqlite.userVersion(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  // ---------------------------------------------------------------- helpers

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /** Runs work in one write transaction (BEGIN IMMEDIATE: waits for another process's writer). */
  private synchronized <T> T tx(Work<T> w) {
    try {
      try (Statement s = c.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
      }
      try {
        T t = w.run();
        try (Statement s = c.createStatement()) {
          s.execute("COMMIT");
        }
        return t;
      } catch (SQLException | RuntimeException e) {
        try (Statement s = c.createStatement()) {
          s.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // the original error matters
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private synchronized <T> T read(Work<T> w) {
    try {
      return w.run();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      return p.executeUpdate();
    }
  }

  private static void bind(PreparedStatement p, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) p.setNull(i + 1, Types.NULL);
      else if (a instanceof Instant t) p.setLong(i + 1, t.toEpochMilli());
      else if (a instanceof Boolean b) p.setInt(i + 1, b ? 1 : 0);
      else if (a instanceof LocalDate d) p.setString(i + 1, d.toString());
      else if (a instanceof byte[] b) p.setBytes(i + 1, b);
      else p.setObject(i + 1, a);
    }
  }

  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      try (ResultSet rs = p.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) out.add(row.map(rs));
        return out;
      }
    }
  }

  private long count(String sql, Object... args) throws SQLException {
    List<Long> r = query(sql, rs -> rs.getLong(1), args);
    return r.isEmpty() ? 0 : r.get(0);
  }

  private static final String SUB_COLS =
      "id, chat_id, chat_type, topic, daily, active, created_at, last_digest";

  private static Subscription sub(ResultSet rs) throws SQLException {
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

  // ---------------------------------------------------------------- subscriptions

  @Override
  public Subscription subscribe(
      long chatId, String chatType, String topic, boolean daily, Instant now) {
    return tx(
        () -> {
          update(
              "INSERT INTO subscription(chat_id, chat_type, topic, daily, created_at) VALUES (?,?,?,?,?)",
              chatId,
              chatType,
              topic,
              daily,
              now);
          long id = count("SELECT last_insert_rowid()");
          return query(
                  "SELECT " + SUB_COLS + " FROM subscription WHERE id = ?",
                  SqliteAlertStore::sub,
                  id)
              .get(0);
        });
  }

  @Override
  public void subscribeMany(List<Long> chatIds, String chatType, String topic, Instant now) {
    tx(
        () -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO subscription(chat_id, chat_type, topic, daily, created_at) VALUES (?,?,?,0,?)")) {
            for (long id : chatIds) {
              bind(p, id, chatType, topic, now);
              p.addBatch();
            }
            p.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<Subscription> subscriptions(long chatId) {
    return read(
        () ->
            query(
                "SELECT "
                    + SUB_COLS
                    + " FROM subscription WHERE chat_id = ? AND active = 1 ORDER BY id",
                SqliteAlertStore::sub,
                chatId));
  }

  @Override
  public List<Subscription> activeSubscriptions() {
    return read(
        () ->
            query(
                "SELECT " + SUB_COLS + " FROM subscription WHERE active = 1 ORDER BY id",
                SqliteAlertStore::sub));
  }

  @Override
  public List<Subscription> dailySubscriptions() {
    return read(
        () ->
            query(
                "SELECT "
                    + SUB_COLS
                    + " FROM subscription WHERE active = 1 AND daily = 1 ORDER BY id",
                SqliteAlertStore::sub));
  }

  @Override
  public boolean unsubscribe(long chatId, long id) {
    return tx(
        () -> {
          int n =
              update(
                  "UPDATE subscription SET active = 0, ended_reason = 'unsubscribed' "
                      + "WHERE id = ? AND chat_id = ? AND active = 1",
                  id,
                  chatId);
          if (n > 0) {
            update(
                "UPDATE outbox SET status = 'dropped', last_error = 'unsubscribed' "
                    + "WHERE subscription_id = ? AND status = 'pending'",
                id);
          }
          return n > 0;
        });
  }

  @Override
  public int unsubscribeAll(long chatId) {
    return tx(() -> endChat(chatId, "unsubscribed"));
  }

  @Override
  public int deactivateChat(long chatId, String reason) {
    return tx(() -> endChat(chatId, reason));
  }

  private int endChat(long chatId, String reason) throws SQLException {
    int n =
        update(
            "UPDATE subscription SET active = 0, ended_reason = ? WHERE chat_id = ? AND active = 1",
            reason,
            chatId);
    update(
        "UPDATE outbox SET status = 'dropped', last_error = ? WHERE chat_id = ? AND status = 'pending'",
        reason,
        chatId);
    return n;
  }

  // ---------------------------------------------------------------- events and stories

  @Override
  public void addEvent(String articleId, String origin, Instant now) {
    tx(
        () ->
            update(
                "INSERT INTO article_event(article_id, origin, created_at) VALUES (?,?,?)",
                articleId,
                origin,
                now));
  }

  @Override
  public long arrivalCursor() {
    return read(() -> count("SELECT value FROM cursor WHERE name = ?", ARRIVALS));
  }

  @Override
  public void addArrivalEvents(List<Arrival> arrivals, Instant now) {
    if (arrivals.isEmpty()) return;
    tx(
        () -> {
          long cursor = count("SELECT value FROM cursor WHERE name = ?", ARRIVALS);
          long last = cursor;
          for (Arrival a : arrivals) {
            if (a.seq() <= cursor) continue; // copied already (another copier got there first)
            update(
                "INSERT INTO article_event(article_id, origin, created_at) VALUES (?,?,?)",
                a.articleId(),
                a.via(),
                now);
            last = Math.max(last, a.seq());
          }
          return update(
              "INSERT INTO cursor(name, value) VALUES (?, ?)"
                  + " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
              ARRIVALS,
              last);
        });
  }

  @Override
  public List<Event> pendingEvents(int limit) {
    return read(
        () ->
            query(
                "SELECT seq, article_id, origin FROM article_event WHERE done = 0 ORDER BY seq LIMIT ?",
                rs -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3)),
                limit));
  }

  @Override
  public List<StoryMember> members() {
    return read(
        () ->
            query(
                "SELECT article_id, story_id, signature FROM story_article ORDER BY added_at, rowid",
                rs -> new StoryMember(rs.getString(1), rs.getLong(2), decode(rs.getBytes(3)))));
  }

  @Override
  public long newStory(String firstArticleId, Instant now) {
    return tx(
        () -> {
          update(
              "INSERT INTO story(first_article_id, created_at) VALUES (?,?)", firstArticleId, now);
          return count("SELECT last_insert_rowid()");
        });
  }

  @Override
  public List<String> storyArticles(long storyId) {
    return read(
        () ->
            query(
                "SELECT article_id FROM story_article WHERE story_id = ? ORDER BY added_at, rowid",
                rs -> rs.getString(1),
                storyId));
  }

  @Override
  public void apply(MatchBatch b, Instant now) {
    tx(
        () -> {
          for (StoryMember m : b.newMembers()) {
            update(
                "INSERT INTO story_article(article_id, story_id, signature, added_at) VALUES (?,?,?,?) "
                    + "ON CONFLICT(article_id) DO UPDATE SET signature = excluded.signature",
                m.articleId(),
                m.storyId(),
                encode(m.signature()),
                now);
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO outbox(subscription_id, chat_id, "
                      + "chat_type, story_key, text, next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?)")) {
            for (NewAlert a : b.alerts()) {
              bind(
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
            update(
                "INSERT OR IGNORE INTO digest_item(subscription_id, story_id, article_id, created_at) "
                    + "VALUES (?,?,?,?)",
                d.subscriptionId(),
                d.storyId(),
                d.articleId(),
                now);
          }
          for (long seq : b.doneEvents())
            update("UPDATE article_event SET done = 1 WHERE seq = ?", seq);
          return null;
        });
  }

  // ---------------------------------------------------------------- outbox

  @Override
  public List<OutboxItem> due(Instant now, int limit) {
    return read(
        () ->
            query(
                "SELECT id, subscription_id, chat_id, chat_type, story_key, text, attempts FROM outbox "
                    + "WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                rs ->
                    new OutboxItem(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)),
                now,
                limit));
  }

  @Override
  public Optional<Instant> nextDue() {
    return read(
        () -> {
          List<Long> r =
              query(
                  "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'",
                  rs -> rs.getObject(1) == null ? null : rs.getLong(1));
          return r.isEmpty() || r.get(0) == null
              ? Optional.empty()
              : Optional.of(Instant.ofEpochMilli(r.get(0)));
        });
  }

  @Override
  public void markSent(long id, Instant at) {
    tx(
        () ->
            update(
                "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?",
                at,
                id));
  }

  @Override
  public void retryLater(long id, int attempts, Instant next, String error) {
    tx(
        () ->
            update(
                "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                attempts,
                next,
                error,
                id));
  }

  @Override
  public void park(long id, int attempts, String reason) {
    tx(
        () ->
            update(
                "UPDATE outbox SET status = 'parked', attempts = ?, last_error = ? WHERE id = ?",
                attempts,
                reason,
                id));
  }

  @Override
  public List<Parked> parked(int limit) {
    return read(
        () ->
            query(
                "SELECT id, chat_id, story_key, attempts, last_error FROM outbox WHERE status = 'parked' "
                    + "ORDER BY id DESC LIMIT ?",
                rs ->
                    new Parked(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5)),
                limit));
  }

  @Override
  public long countOutbox(String status) {
    return read(() -> count("SELECT COUNT(*) FROM outbox WHERE status = ?", status));
  }

  // ---------------------------------------------------------------- digests

  @Override
  public List<DigestItem> undigested(long subscriptionId) {
    return read(
        () ->
            query(
                "SELECT subscription_id, story_id, article_id FROM digest_item "
                    + "WHERE subscription_id = ? AND digest_day IS NULL ORDER BY created_at, rowid",
                rs -> new DigestItem(rs.getLong(1), rs.getLong(2), rs.getString(3)),
                subscriptionId));
  }

  @Override
  public void commitDigest(
      Subscription s, LocalDate day, String text, List<DigestItem> items, Instant now) {
    tx(
        () -> {
          if (text != null) {
            update(
                "INSERT OR IGNORE INTO outbox(subscription_id, chat_id, chat_type, story_key, text, "
                    + "next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?)",
                s.id(),
                s.chatId(),
                s.chatType(),
                "digest:" + day,
                text,
                now,
                now);
          }
          for (DigestItem d : items) {
            update(
                "UPDATE digest_item SET digest_day = ? WHERE subscription_id = ? AND story_id = ?",
                day,
                d.subscriptionId(),
                d.storyId());
          }
          update("UPDATE subscription SET last_digest = ? WHERE id = ?", day, s.id());
          return null;
        });
  }

  // ---------------------------------------------------------------- feeds

  @Override
  public Optional<FeedState> feedState(String url) {
    return read(
        () ->
            query(
                    "SELECT url, etag, last_modified FROM feed WHERE url = ?",
                    rs -> new FeedState(rs.getString(1), rs.getString(2), rs.getString(3)),
                    url)
                .stream()
                .findFirst());
  }

  @Override
  public void saveFeedState(FeedState s) {
    tx(
        () ->
            update(
                "INSERT INTO feed(url, etag, last_modified) VALUES (?,?,?) ON CONFLICT(url) DO UPDATE "
                    + "SET etag = excluded.etag, last_modified = excluded.last_modified",
                s.url(),
                s.etag(),
                s.lastModified()));
  }

  @Override
  public boolean claimFeedItem(String url, String feedUrl, Instant now) {
    return tx(
        () ->
            update(
                    "INSERT OR IGNORE INTO feed_item(url, feed_url, status, created_at) VALUES (?,?,'pending',?)",
                    url,
                    feedUrl,
                    now)
                > 0);
  }

  @Override
  public void feedItemDone(String url) {
    tx(() -> update("UPDATE feed_item SET status = 'done', last_error = NULL WHERE url = ?", url));
  }

  @Override
  public void feedItemFailed(
      String url, int attempts, Instant nextTry, String error, boolean giveUp) {
    tx(
        () ->
            update(
                "UPDATE feed_item SET status = ?, attempts = ?, next_try = ?, last_error = ? WHERE url = ?",
                giveUp ? "failed" : "retry",
                attempts,
                nextTry,
                error,
                url));
  }

  @Override
  public List<FeedItem> feedItemsDue(Instant now) {
    return read(
        () ->
            query(
                "SELECT url, feed_url, attempts FROM feed_item WHERE status = 'retry' AND next_try <= ? "
                    + "ORDER BY next_try",
                rs -> new FeedItem(rs.getString(1), rs.getString(2), rs.getInt(3)),
                now));
  }

  @Override
  public Stats stats() {
    return read(
        () ->
            new Stats(
                count("SELECT COUNT(*) FROM story"),
                count("SELECT COUNT(*) FROM story_article"),
                count("SELECT COUNT(DISTINCT chat_id) FROM subscription WHERE active = 1"),
                count("SELECT COUNT(*) FROM subscription WHERE active = 1"),
                count("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"),
                count("SELECT COUNT(*) FROM outbox WHERE status = 'parked'"),
                count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"),
                count("SELECT COUNT(*) FROM article_event WHERE done = 0")));
  }

  @Override
  public synchronized void close() {
    try {
      if (c.isClosed()) return;
      c.close();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }
}
