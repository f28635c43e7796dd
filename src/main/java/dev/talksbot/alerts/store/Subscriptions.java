package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.Subscription;
import java.time.Instant;
import java.util.List;

/**
 * Chats' alert subscriptions. One repository of the alerts store; every method is one transaction.
 */
public interface Subscriptions {

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
}
