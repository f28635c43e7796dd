package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.Backend;
import dev.talksbot.db.StateStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The global rate is a hard ceiling where the messages arrive: in no sliding 1-second window of the
 * send times do two dispatchers on one store send more than {@code messagesPerSecond} — not even by
 * one. (Slots exactly 1/rate apart put rate + 1 sends into a second as soon as one send is a little
 * later than its slot; the scale-out test saw 62 at a limit of 60 at the fake Bot API.)
 */
class GlobalRateTest {
  static final int ALERTS = 300;
  static final double RATE = SharedOutboxTest.RATE; // the drainers send at it

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void noSecondHoldsMoreThanTheRate(Backend backend) throws Exception {
    TalksbotConfig cfg = backend.location(dir);
    SharedOutboxTest.dueAlerts(cfg, ALERTS);
    Map<Long, AtomicInteger> perChat = new ConcurrentHashMap<>();
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch never = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<AlertStore> stores = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      AlertStore store = StateStores.alerts(cfg, Map.of());
      stores.add(store);
      Thread t =
          SharedOutboxTest.drainer(store, new SharedOutboxTest.Recorder(perChat, times, 0, never));
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) t.join(120_000);
    for (AlertStore s : stores) s.close();
    assertThat(threads).noneMatch(Thread::isAlive);
    assertThat(times).hasSize(ALERTS);

    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int busiest = 0;
    for (int i = 0, j = 0; i < sorted.size(); i++) {
      while (sorted.get(i) - sorted.get(j) >= 1_000_000_000L) j++;
      busiest = Math.max(busiest, i - j + 1);
    }
    System.out.printf(
        "global rate (%s): %d alerts, busiest second %d (limit %.0f)%n",
        backend, sorted.size(), busiest, RATE);
    assertThat(busiest).isLessThanOrEqualTo((int) RATE);
  }
}
