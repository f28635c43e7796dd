package dev.talksbot.alerts.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Durable state of alerts, one repository per kind of data ({@link Subscriptions}, {@link Stories},
 * {@link Outbox}, {@link Digests}, {@link FeedStates}) plus the figures for admins. {@link
 * SqliteAlertStore} is the embedded default, a facade over one small class per repository; every
 * method is one transaction, so another database can replace it without changing the callers.
 * Thread-safe.
 */
public interface AlertStore
    extends Subscriptions, Stories, Outbox, Digests, FeedStates, Pacing, AutoCloseable {

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

  Stats stats();

  @Override
  void close();
}
