package dev.talksbot.alerts.store;

import dev.talksbot.db.JdbcSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An {@link AlertStore} made of one object per repository, each method handed to the repository
 * that owns it. A backend supplies its database session, the figures and closing.
 */
abstract class RepositoryAlertStore implements AlertStore {
  private final Subscriptions subscriptions;
  private final Stories stories;
  private final Outbox outbox;
  private final Digests digests;
  private final FeedStates feedStates;
  private final Pacing pacing;

  /** The repositories over one database session (SQLite or PostgreSQL: the same SQL). */
  RepositoryAlertStore(JdbcSession db) {
    this.subscriptions = new JdbcSubscriptions(db);
    this.stories = new JdbcStories(db);
    this.outbox = new JdbcOutbox(db);
    this.digests = new JdbcDigests(db);
    this.feedStates = new JdbcFeedStates(db);
    this.pacing = new JdbcPacing(db);
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
  public List<OutboxItem> claimDue(String sender, Instant now, Instant leaseUntil, int limit) {
    return outbox.claimDue(sender, now, leaseUntil, limit);
  }

  @Override
  public void release(String sender, List<Long> ids) {
    outbox.release(sender, ids);
  }

  @Override
  public long nextSlot(String key, long nowMicros, long gapMicros) {
    return pacing.nextSlot(key, nowMicros, gapMicros);
  }

  @Override
  public long takeIfFree(String key, long nowMicros, long gapMicros) {
    return pacing.takeIfFree(key, nowMicros, gapMicros);
  }

  @Override
  public void holdUntil(String key, long untilMicros) {
    pacing.holdUntil(key, untilMicros);
  }

  @Override
  public boolean leadMatching(String holder, Instant now, Instant until) {
    return stories.leadMatching(holder, now, until);
  }

  @Override
  public void releaseMatching(String holder) {
    stories.releaseMatching(holder);
  }
}
