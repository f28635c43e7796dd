package dev.talksbot.alerts.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Durable state of alerts: subscriptions, new-article events, stories, the outbox, digests and feed
 * state. {@link SqliteAlertStore} is the embedded default; every method is one transaction, so a
 * PostgreSQL implementation can replace it without changing the callers. Thread-safe.
 */
public interface AlertStore extends AutoCloseable {

  /** A subscription; {@code topic} null means all coverage. */
  record Subscription(
      long id,
      long chatId,
      String chatType,
      String topic,
      boolean daily,
      boolean active,
      Instant created,
      LocalDate lastDigest) {
    public boolean group() {
      return !"private".equals(chatType);
    }
  }

  /** An article ingested somewhere (this process or the CLI) that alerts have not looked at yet. */
  record Event(long seq, String articleId, String origin) {}

  /** An article already grouped into a story, with its MinHash signature. */
  record StoryMember(String articleId, long storyId, int[] signature) {}

  /**
   * One alert waiting in the outbox. {@code storyKey} is {@code story:<id>} or {@code
   * digest:<date>}.
   */
  record OutboxItem(
      long id,
      long subscriptionId,
      long chatId,
      String chatType,
      String storyKey,
      String text,
      int attempts) {
    public boolean group() {
      return !"private".equals(chatType);
    }
  }

  /** A story a daily subscription collected and has not had in a digest yet. */
  record DigestItem(long subscriptionId, long storyId, String articleId) {}

  /** Conditional-GET state of a feed. */
  record FeedState(String url, String etag, String lastModified) {}

  /** A feed item's page that failed and is due for another try. */
  record FeedItem(String url, String feedUrl, int attempts) {}

  record Stats(
      long stories,
      long storyArticles,
      long subscribers,
      long subscriptions,
      long backlog,
      long parked,
      long sent,
      long pendingEvents) {}

  /** A parked alert, for admins. */
  record Parked(long id, long chatId, String storyKey, int attempts, String reason) {}

  /**
   * The outcome of looking at a batch of events, written in one transaction: articles placed in
   * stories, outbox rows (instant alerts; ignored when that subscription already has one for the
   * story), digest items, and the events marked done.
   */
  record MatchBatch(
      List<StoryMember> newMembers,
      List<NewAlert> alerts,
      List<DigestItem> digestItems,
      List<Long> doneEvents) {}

  record NewAlert(
      long subscriptionId, long chatId, String chatType, String storyKey, String text) {}

  // ---------------------------------------------------------------- subscriptions

  Subscription subscribe(long chatId, String chatType, String topic, boolean daily, Instant now);

  List<Subscription> subscriptions(long chatId);

  List<Subscription> activeSubscriptions();

  /** Active daily-digest subscriptions. */
  List<Subscription> dailySubscriptions();

  boolean unsubscribe(long chatId, long id);

  int unsubscribeAll(long chatId);

  /** Ends every subscription of a chat (it blocked the bot) and drops its pending alerts. */
  int deactivateChat(long chatId, String reason);

  /** Bulk insert for tests and the benchmark: one subscription per chat id, in one transaction. */
  void subscribeMany(List<Long> chatIds, String chatType, String topic, Instant now);

  // ---------------------------------------------------------------- events and stories

  void addEvent(String articleId, String origin, Instant now);

  /** The sequence number of the last article-store arrival copied into events (0: none). */
  long arrivalCursor();

  /**
   * Records a new-article event for each arrival after the cursor and moves the cursor past them,
   * in one transaction (so each arrival becomes exactly one event, whoever copies it).
   */
  void addArrivalEvents(List<dev.talksbot.ingest.store.Arrival> arrivals, Instant now);

  List<Event> pendingEvents(int limit);

  /** Every article already in a story, with its signature (newest last). */
  List<StoryMember> members();

  /** Creates a new story and returns its id. */
  long newStory(String firstArticleId, Instant now);

  List<String> storyArticles(long storyId);

  void apply(MatchBatch batch, Instant now);

  // ---------------------------------------------------------------- outbox

  /** Pending alerts due at {@code now}, oldest first. */
  List<OutboxItem> due(Instant now, int limit);

  /** When the next pending alert becomes due, if any. */
  Optional<Instant> nextDue();

  void markSent(long id, Instant at);

  void retryLater(long id, int attempts, Instant next, String error);

  void park(long id, int attempts, String reason);

  List<Parked> parked(int limit);

  long countOutbox(String status);

  // ---------------------------------------------------------------- digests

  List<DigestItem> undigested(long subscriptionId);

  /** Records that the digest of {@code day} was made (text null: nothing to send that day). */
  void commitDigest(
      Subscription s, LocalDate day, String text, List<DigestItem> items, Instant now);

  // ---------------------------------------------------------------- feeds

  Optional<FeedState> feedState(String url);

  void saveFeedState(FeedState s);

  /** True the first time a feed item URL is seen (it is then recorded as pending). */
  boolean claimFeedItem(String url, String feedUrl, Instant now);

  void feedItemDone(String url);

  void feedItemFailed(String url, int attempts, Instant nextTry, String error, boolean giveUp);

  List<FeedItem> feedItemsDue(Instant now);

  Stats stats();

  @Override
  void close();
}
