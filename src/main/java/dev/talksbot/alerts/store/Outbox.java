package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.OutboxItem;
import dev.talksbot.alerts.store.AlertStore.Parked;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Alerts waiting to be sent, sent, or parked. One repository of the alerts store; every method is
 * one transaction.
 */
public interface Outbox {

  /** Pending alerts due at {@code now}, oldest first. */
  List<OutboxItem> due(Instant now, int limit);

  /** When the next pending alert becomes due, if any. */
  Optional<Instant> nextDue();

  /**
   * Claims up to {@code limit} pending alerts due at {@code now} that no other sender holds,
   * leasing them to {@code sender} until {@code leaseUntil}: several senders (instances) share one
   * outbox, and the alerts of a sender that died are claimed by another once its lease runs out.
   */
  List<OutboxItem> claimDue(String sender, Instant now, Instant leaseUntil, int limit);

  /** Gives back alerts {@code sender} claimed but did not send in its round. */
  void release(String sender, List<Long> ids);

  void markSent(long id, Instant at);

  void retryLater(long id, int attempts, Instant next, String error);

  void park(long id, int attempts, String reason);

  List<Parked> parked(int limit);

  long countOutbox(String status);
}
