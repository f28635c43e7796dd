package dev.talksbot.alerts.store;

import dev.talksbot.db.Sqlite;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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

  private final SqliteSession db;
  private final SqliteSubscriptions subscriptions;
  private final SqliteStories stories;
  private final SqliteOutbox outbox;
  private final SqliteDigests digests;
  private final SqliteFeedStates feedStates;

  private SqliteAlertStore(Connection c, Path file) {
    this.db = new SqliteSession(c, file);
    this.subscriptions = new SqliteSubscriptions(db);
    this.stories = new SqliteStories(db);
    this.outbox = new SqliteOutbox(db);
    this.digests = new SqliteDigests(db);
    this.feedStates = new SqliteFeedStates(db);
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
    return db.file();
  }

  /** Schema version of the open file. */
  public int schemaVersion() {
    return db.read(() -> Sqlite.userVersion(db.connection()));
  }

  @Override
  public Subscription subscribe(
      long chatId, String chatType, String topic, boolean daily, Instant now) {
    return subscriptions.subscribe(chatId, chatType, topic, daily, now);
  }

  @Override
  public List<Subscription> subscriptions(long chatId) {
    return subscriptions.subscriptions(chatId);
  }

  @Override
  public List<Subscription> activeSubscriptions() {
    return subscriptions.activeSubscriptions();
  }

  @Override
  public List<Subscription> dailySubscriptions() {
    return subscriptions.dailySubscriptions();
  }

  @Override
  public boolean unsubscribe(long chatId, long id) {
    return subscriptions.unsubscribe(chatId, id);
  }

  @Override
  public int unsubscribeAll(long chatId) {
    return subscriptions.unsubscribeAll(chatId);
  }

  @Override
  public int deactivateChat(long chatId, String reason) {
    return subscriptions.deactivateChat(chatId, reason);
  }

  @Override
  public void subscribeMany(List<Long> chatIds, String chatType, String topic, Instant now) {
    subscriptions.subscribeMany(chatIds, chatType, topic, now);
  }

  @Override
  public void addEvent(String articleId, String origin, Instant now) {
    stories.addEvent(articleId, origin, now);
  }

  @Override
  public long arrivalCursor() {
    return stories.arrivalCursor();
  }

  @Override
  public void addArrivalEvents(List<dev.talksbot.ingest.store.Arrival> arrivals, Instant now) {
    stories.addArrivalEvents(arrivals, now);
  }

  @Override
  public List<Event> pendingEvents(int limit) {
    return stories.pendingEvents(limit);
  }

  @Override
  public List<StoryMember> members() {
    return stories.members();
  }

  @Override
  public long newStory(String firstArticleId, Instant now) {
    return stories.newStory(firstArticleId, now);
  }

  @Override
  public List<String> storyArticles(long storyId) {
    return stories.storyArticles(storyId);
  }

  @Override
  public void apply(MatchBatch batch, Instant now) {
    stories.apply(batch, now);
  }

  @Override
  public List<OutboxItem> due(Instant now, int limit) {
    return outbox.due(now, limit);
  }

  @Override
  public Optional<Instant> nextDue() {
    return outbox.nextDue();
  }

  @Override
  public void markSent(long id, Instant at) {
    outbox.markSent(id, at);
  }

  @Override
  public void retryLater(long id, int attempts, Instant next, String error) {
    outbox.retryLater(id, attempts, next, error);
  }

  @Override
  public void park(long id, int attempts, String reason) {
    outbox.park(id, attempts, reason);
  }

  @Override
  public List<Parked> parked(int limit) {
    return outbox.parked(limit);
  }

  @Override
  public long countOutbox(String status) {
    return outbox.countOutbox(status);
  }

  @Override
  public List<DigestItem> undigested(long subscriptionId) {
    return digests.undigested(subscriptionId);
  }

  @Override
  public void commitDigest(
      Subscription s, LocalDate day, String text, List<DigestItem> items, Instant now) {
    digests.commitDigest(s, day, text, items, now);
  }

  @Override
  public Optional<FeedState> feedState(String url) {
    return feedStates.feedState(url);
  }

  @Override
  public void saveFeedState(FeedState s) {
    feedStates.saveFeedState(s);
  }

  @Override
  public boolean claimFeedItem(String url, String feedUrl, Instant now) {
    return feedStates.claimFeedItem(url, feedUrl, now);
  }

  @Override
  public void feedItemDone(String url) {
    feedStates.feedItemDone(url);
  }

  @Override
  public void feedItemFailed(
      String url, int attempts, Instant nextTry, String error, boolean giveUp) {
    feedStates.feedItemFailed(url, attempts, nextTry, error, giveUp);
  }

  @Override
  public List<FeedItem> feedItemsDue(Instant now) {
    return feedStates.feedItemsDue(now);
  }

  @Override
  public Stats stats() {
    return db.read(
        () ->
            new Stats(
                db.count("SELECT COUNT(*) FROM story"),
                db.count("SELECT COUNT(*) FROM story_article"),
                db.count("SELECT COUNT(DISTINCT chat_id) FROM subscription WHERE active = 1"),
                db.count("SELECT COUNT(*) FROM subscription WHERE active = 1"),
                db.count("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"),
                db.count("SELECT COUNT(*) FROM outbox WHERE status = 'parked'"),
                db.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"),
                db.count("SELECT COUNT(*) FROM article_event WHERE done = 0")));
  }

  @Override
  public void close() {
    db.close();
  }
}
