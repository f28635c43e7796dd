package dev.talksbot.alerts;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.AlertStore.OutboxItem;
import dev.talksbot.config.AlertsSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox, one message at a time (so a crash can repeat at most the one in flight: the row
 * is marked sent right after Telegram confirms it), paced to Telegram's limits: at most {@code
 * messagesPerSecond} overall, {@code privateChatPerSecond} per private chat and {@code
 * groupPerMinute} per group (as an even spacing). Several dispatchers (instances) may share one
 * outbox: each claims a small batch under a lease ({@link AlertStore#claimDue}; a dispatcher that
 * dies loses its lease and another sends), and the send slots live in the store ({@link
 * dev.talksbot.alerts.store.Pacing}), so the limits hold for all of them together. 429s are waited
 * out by the sender; a 403 ends the chat's subscriptions; other failures are retried with
 * exponential backoff and then parked with the reason.
 */
public final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  /** Alerts claimed per round: small, so a dead dispatcher's lease holds few alerts back. */
  static final int BATCH = 50;

  /** A claim's lease lasts at least this long, and at least three rounds at the global rate. */
  static final Duration MIN_LEASE = Duration.ofSeconds(10);

  /** The key of the one global send slot. */
  static final String GLOBAL = "global";

  /**
   * Global slots are this much (5%) further apart than 1/messagesPerSecond. Slots exactly 1/rate
   * apart put rate + 1 sends into one second wherever a send leaves or arrives a little after its
   * slot (a late wake-up, a slow database round trip, a busy network or receiver) and the next one
   * on time. The margin absorbs 50 ms of such jitter at any rate (rate + 1 sends then span 1.05 s),
   * so no second at Telegram holds more than messagesPerSecond; 2% (20 ms) was not enough on a busy
   * machine (61 at a limit of 60 in the scale-out test).
   */
  static final double GAP_MARGIN = 0.05;

  private final AlertStore store;
  private final AlertSender sender;
  private final AlertsSettings settings;
  private final Clock clock;
  private final long globalGapMicros;
  private final long privateGapMicros;
  private final long groupGapMicros;
  private final Duration lease;
  private final String senderId = UUID.randomUUID().toString();
  private volatile boolean stopRequested;
  public final AtomicLong sent = new AtomicLong();
  public final AtomicLong failed = new AtomicLong();

  public Dispatcher(AlertStore store, AlertSender sender, AlertsSettings settings, Clock clock) {
    this.store = store;
    this.sender = sender;
    this.settings = settings;
    this.clock = clock;
    this.globalGapMicros = (long) (1e6 * (1 + GAP_MARGIN) / settings.messagesPerSecond());
    this.privateGapMicros = (long) (1e6 / settings.privateChatPerSecond());
    this.groupGapMicros = TimeUnit.MINUTES.toMicros(1) / settings.groupPerMinute();
    Duration rounds = Duration.ofNanos(3L * BATCH * globalGapMicros * 1000);
    this.lease = rounds.compareTo(MIN_LEASE) > 0 ? rounds : MIN_LEASE;
  }

  /** Wall-clock microseconds: send slots are shared with other processes, so not nanoTime. */
  private static long wallMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
  }

  /**
   * Sends what is due now, pacing as it goes. Returns the number of nanoseconds until something may
   * be sendable again (0 when it sent something, {@code Long.MAX_VALUE} when the outbox holds
   * nothing pending).
   */
  public long sendDue() throws InterruptedException {
    Instant now = clock.instant();
    List<OutboxItem> due = store.claimDue(senderId, now, now.plus(lease), BATCH);
    if (due.isEmpty()) {
      return store
          .nextDue()
          .map(t -> Math.max(1, Duration.between(clock.instant(), t).toNanos()))
          .orElse(Long.MAX_VALUE);
    }
    long soonest = Long.MAX_VALUE;
    boolean any = false;
    List<Long> unsent = new ArrayList<>();
    Long inFlight = null;
    int i = 0;
    try {
      for (; i < due.size(); i++) {
        OutboxItem item = due.get(i);
        if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
        if (stopRequested) return Long.MAX_VALUE;
        String chat = "chat:" + item.chatId();
        long chatGap = item.group() ? groupGapMicros : privateGapMicros;
        long t = wallMicros();
        long free = store.takeIfFree(chat, t, chatGap);
        if (free > t) {
          soonest = Math.min(soonest, (free - t) * 1000);
          unsent.add(item.id());
          continue;
        }
        // one global slot at a time, shared by every dispatcher; an idle spell is no credit
        long slot = store.nextSlot(GLOBAL, wallMicros(), globalGapMicros);
        long wait = slot - wallMicros();
        if (wait > 0) TimeUnit.MICROSECONDS.sleep(wait);
        if (slot > t) store.holdUntil(chat, slot + chatGap); // the chat's gap counts from the send
        inFlight = item.id();
        deliver(item);
        inFlight = null;
        any = true;
      }
    } finally {
      // give back what this round did not reach; a message cut off while being sent keeps its
      // lease (it may have reached Telegram), so it is retried only once the lease runs out
      for (int j = i; j < due.size(); j++) {
        long id = due.get(j).id();
        if (!unsent.contains(id) && !Long.valueOf(id).equals(inFlight)) unsent.add(id);
      }
      store.release(senderId, unsent);
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
