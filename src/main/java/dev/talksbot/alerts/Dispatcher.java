package dev.talksbot.alerts;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.AlertStore.OutboxItem;
import dev.talksbot.config.AlertsSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox, one message at a time (so a crash can repeat at most the one in flight: the row
 * is marked sent right after Telegram confirms it), paced to Telegram's limits: at most {@code
 * messagesPerSecond} overall, {@code privateChatPerSecond} per private chat and {@code
 * groupPerMinute} per group (as an even spacing). 429s are waited out by the sender; a 403 ends the
 * chat's subscriptions; other failures are retried with exponential backoff and then parked with
 * the reason.
 */
public final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int BATCH = 500;

  private final AlertStore store;
  private final AlertSender sender;
  private final AlertsSettings settings;
  private final Clock clock;
  private final long globalGapNanos;
  private final long privateGapNanos;
  private final long groupGapNanos;
  private final Map<Long, Long> chatFreeAt = new HashMap<>();
  private long nextGlobal = System.nanoTime();
  private volatile boolean stopRequested;
  public final AtomicLong sent = new AtomicLong();
  public final AtomicLong failed = new AtomicLong();

  public Dispatcher(AlertStore store, AlertSender sender, AlertsSettings settings, Clock clock) {
    this.store = store;
    this.sender = sender;
    this.settings = settings;
    this.clock = clock;
    this.globalGapNanos = (long) (1e9 / settings.messagesPerSecond());
    this.privateGapNanos = (long) (1e9 / settings.privateChatPerSecond());
    this.groupGapNanos = TimeUnit.MINUTES.toNanos(1) / settings.groupPerMinute();
  }

  /**
   * Sends what is due now, pacing as it goes. Returns the number of nanoseconds until something may
   * be sendable again (0 when it sent something, {@code Long.MAX_VALUE} when the outbox holds
   * nothing pending).
   */
  public long sendDue() throws InterruptedException {
    List<OutboxItem> due = store.due(clock.instant(), BATCH);
    if (due.isEmpty()) {
      return store
          .nextDue()
          .map(t -> Math.max(1, Duration.between(clock.instant(), t).toNanos()))
          .orElse(Long.MAX_VALUE);
    }
    long soonest = Long.MAX_VALUE;
    boolean any = false;
    for (OutboxItem item : due) {
      if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
      if (stopRequested) return Long.MAX_VALUE;
      long now = System.nanoTime();
      Long free = chatFreeAt.get(item.chatId());
      if (free != null && free - now > 0) {
        soonest = Math.min(soonest, free - now);
        continue;
      }
      long wait = nextGlobal - now;
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      now = System.nanoTime();
      // next slot one gap on; a late wake-up may catch up by at most one slot (no bursts)
      nextGlobal = Math.max(now - globalGapNanos, nextGlobal) + globalGapNanos;
      chatFreeAt.put(item.chatId(), now + (item.group() ? groupGapNanos : privateGapNanos));
      deliver(item);
      any = true;
    }
    if (chatFreeAt.size() > 50_000) {
      long now = System.nanoTime();
      chatFreeAt.values().removeIf(t -> t - now <= 0);
    }
    return any ? 0 : soonest;
  }

  private void deliver(OutboxItem item) throws InterruptedException {
    AlertSender.Result r;
    try {
      r = sender.send(item.chatId(), item.text());
    } catch (RuntimeException e) {
      r = new AlertSender.Result(AlertSender.Outcome.RETRY, e.toString());
    }
    Instant now = clock.instant();
    switch (r.outcome()) {
      case SENT -> {
        store.markSent(item.id(), now);
        sent.incrementAndGet();
      }
      case BLOCKED -> {
        int n = store.deactivateChat(item.chatId(), "blocked the bot (403): " + r.detail());
        failed.incrementAndGet();
        log.warn(
            "alert {} to chat {}: 403 ({}); ended the chat's {} subscription(s)",
            item.id(),
            item.chatId(),
            r.detail(),
            n);
      }
      case PERMANENT -> {
        store.park(item.id(), item.attempts() + 1, r.detail());
        failed.incrementAndGet();
        log.warn("alert {} to chat {} parked: {}", item.id(), item.chatId(), r.detail());
      }
      case RETRY -> {
        int attempts = item.attempts() + 1;
        failed.incrementAndGet();
        if (attempts >= settings.sendAttempts()) {
          store.park(item.id(), attempts, "failed " + attempts + " times; last: " + r.detail());
          log.warn(
              "alert {} to chat {} parked after {} attempts: {}",
              item.id(),
              item.chatId(),
              attempts,
              r.detail());
        } else {
          long delay = settings.retryBackoffSeconds() * 1000L << Math.min(attempts - 1, 16);
          store.retryLater(item.id(), attempts, now.plusMillis(delay), r.detail());
          log.info(
              "alert {} to chat {} failed ({}); retry {} in {} ms",
              item.id(),
              item.chatId(),
              r.detail(),
              attempts,
              delay);
        }
      }
    }
  }

  /** Finishes the message in flight, then sends no more. */
  public void requestStop() {
    stopRequested = true;
  }

  /** Sends until nothing is pending (for tools and tests); waits out pacing and backoff. */
  public void drain() throws InterruptedException {
    while (!stopRequested) {
      long wait = sendDue();
      if (wait == Long.MAX_VALUE) return;
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(Math.min(wait, TimeUnit.SECONDS.toNanos(1)));
    }
  }
}
