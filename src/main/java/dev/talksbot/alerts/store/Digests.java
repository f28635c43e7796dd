package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.DigestItem;
import dev.talksbot.alerts.store.AlertStore.Subscription;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What daily subscriptions collected and which digests were made. One repository of the alerts
 * store; every method is one transaction.
 */
public interface Digests {

  List<DigestItem> undigested(long subscriptionId);

  /** Records that the digest of {@code day} was made (text null: nothing to send that day). */
  void commitDigest(
      Subscription s, LocalDate day, String text, List<DigestItem> items, Instant now);
}
