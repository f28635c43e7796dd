package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.Backend;
import dev.talksbot.db.StateStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two dispatchers (as two instances would) share one outbox on SQLite and on PostgreSQL: every
 * subscriber gets the alert once, one dispatcher dying in the middle (its claimed alerts leased)
 * loses nothing (the other sends them once the lease runs out), and the global rate holds for both
 * together, not per dispatcher.
 */
class SharedOutboxTest {
  static final int SUBSCRIBERS = 300;
  static final double RATE = 100; // messages/s for both together (the product default is 30)
  static final int DIE_AFTER = 60;

  /** Sends are stamped after the wake-up from their slot; a loaded machine wakes a little late. */
  static final double JITTER = 1.05;

  @TempDir Path dir;

  /**
   * An alert sender that records when each chat got its message. One can be made to hang for good
   * after some sends, as a dead instance would: its claimed alerts stay leased, nothing is given
   * back, the message it was sending never arrives.
   */
  static final class Recorder implements AlertSender {
    final Map<Long, AtomicInteger> perChat;
    final List<Long> sentAtNanos;
    final int dieAfter;
    final CountDownLatch never;
    final AtomicInteger sends = new AtomicInteger();

    Recorder(
        Map<Long, AtomicInteger> perChat,
        List<Long> sentAtNanos,
        int dieAfter,
        CountDownLatch never) {
      this.perChat = perChat;
      this.sentAtNanos = sentAtNanos;
      this.dieAfter = dieAfter;
      this.never = never;
    }

    @Override
    public Result send(long chatId, String html) throws InterruptedException {
      if (dieAfter > 0 && sends.get() >= dieAfter) {
        never.await(); // dead until the test ends
        throw new InterruptedException("the test is over");
      }
      sends.incrementAndGet();
      sentAtNanos.add(System.nanoTime());
      perChat.computeIfAbsent(chatId, k -> new AtomicInteger()).incrementAndGet();
      return new Result(Outcome.SENT, "ok");
    }
  }

  /** A thread (not started) draining the outbox through a dispatcher at {@link #RATE}. */
  static Thread drainer(AlertStore store, AlertSender sender) {
    Dispatcher d = new Dispatcher(store, sender, FanOut.settings(RATE), Clock.systemUTC());
    return new Thread(
        () -> {
          try {
            d.drain();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the dead one, at the end of the test
          }
        });
  }

  /** Puts one due alert for each of {@code n} private chats (chats 1..n) in the store's outbox. */
  static void dueAlerts(TalksbotConfig cfg, int n) {
    try (AlertStore seed = StateStores.alerts(cfg, Map.of())) {
      Instant now = Instant.now();
      seed.subscribeMany(LongStream.rangeClosed(1, n).boxed().toList(), "private", null, now);
      long story = seed.newStory("a", now);
      List<AlertStore.NewAlert> alerts = new ArrayList<>();
      for (AlertStore.Subscription s : seed.activeSubscriptions()) {
        alerts.add(new AlertStore.NewAlert(s.id(), s.chatId(), "private", "story:" + story, "x"));
      }
      seed.apply(new AlertStore.MatchBatch(List.of(), alerts, List.of(), List.of()), now);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void twoDispatchersSendEachAlertOnceWithinTheSharedRateAndSurviveOneDying(Backend backend)
      throws Exception {
    TalksbotConfig cfg = backend.location(dir);
    dueAlerts(cfg, SUBSCRIBERS);
    Map<Long, AtomicInteger> perChat = new ConcurrentHashMap<>();
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    List<Thread> instances = new ArrayList<>();
    List<AlertStore> stores = new ArrayList<>();
    CountDownLatch testOver = new CountDownLatch(1);
    for (int dieAfter : new int[] {DIE_AFTER, 0}) {
      AlertStore store = StateStores.alerts(cfg, Map.of());
      stores.add(store);
      Thread t = drainer(store, new Recorder(perChat, times, dieAfter, testOver));
      t.setDaemon(true);
      t.start();
      instances.add(t);
    }
    instances.get(1).join(120_000); // the living one drains everything, the dead one's too
    assertThat(instances.get(1).isAlive()).as("the living dispatcher finished").isFalse();
    assertThat(instances.get(0).isAlive()).as("the dead one is still stuck").isTrue();
    testOver.countDown();
    instances.get(0).join(10_000);
    for (AlertStore s : stores) s.close();

    int missing = 0;
    int duplicates = 0;
    for (long chat = 1; chat <= SUBSCRIBERS; chat++) {
      AtomicInteger n = perChat.get(chat);
      if (n == null) missing++;
      else duplicates += n.get() - 1;
    }
    assertThat(missing).as("subscribers without their alert").isZero();
    assertThat(duplicates).as("alerts sent twice").isZero();
    // the rate of both together: no 1-second window holds more than RATE, give or take the
    // scheduling jitter of a loaded machine (5%); two dispatchers pacing each on its own would
    // reach twice the rate
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int maxInWindow = 0;
    for (int i = 0, j = 0; i < sorted.size(); i++) {
      while (sorted.get(i) - sorted.get(j) >= 1_000_000_000L) j++;
      maxInWindow = Math.max(maxInWindow, i - j + 1);
    }
    System.out.printf(
        "shared outbox (%s): %d alerts by two dispatchers, one died after %d; busiest second %d"
            + " (limit %.0f)%n",
        backend, sorted.size(), DIE_AFTER, maxInWindow, RATE);
    assertThat(maxInWindow).isLessThanOrEqualTo((int) Math.ceil(RATE * JITTER));
  }
}
