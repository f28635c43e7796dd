package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.FeedItem;
import dev.talksbot.alerts.store.AlertStore.FeedState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Conditional-GET state of feeds and the items claimed from them. One repository of the alerts
 * store; every method is one transaction.
 */
public interface FeedStates {

  Optional<FeedState> feedState(String url);

  void saveFeedState(FeedState s);

  /** True the first time a feed item URL is seen (it is then recorded as pending). */
  boolean claimFeedItem(String url, String feedUrl, Instant now);

  void feedItemDone(String url);

  void feedItemFailed(String url, int attempts, Instant nextTry, String error, boolean giveUp);

  List<FeedItem> feedItemsDue(Instant now);
}
