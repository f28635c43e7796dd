package dev.talksbot.alerts;

import dev.talksbot.telegram.FakeBotApi;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (not a test): a fan-out of N alerts (default 10,000 subscribers) through the real
 * dispatcher and Telegram client to the fake Bot API, paced at the configured rate (default 30/s).
 * Reports the achieved rate, loss and duplicates, and the peak heap. See docs/alerts.md for the
 * command line.
 */
public final class AlertsBench {
  private AlertsBench() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(System.getProperty("n", "10000"));
    double rate = Double.parseDouble(System.getProperty("rate", "30"));
    Path dir = dev.talksbot.TempDirs.create("talksbot-bench");
    Path db = dir.resolve("alerts.sqlite");
    long t0 = System.nanoTime();
    FanOut.seed(db, n);
    double seedSecs = (System.nanoTime() - t0) / 1e9;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    try (FakeBotApi api = new FakeBotApi(FanOut.TOKEN)) {
      api.recordSends(false);
      // the most messages the fake received in any 1-second window (sampled every 50 ms)
      long[] maxWindow = {0};
      Thread monitor =
          new Thread(
              () -> {
                java.util.ArrayDeque<long[]> samples = new java.util.ArrayDeque<>();
                while (!Thread.currentThread().isInterrupted()) {
                  long now = System.nanoTime();
                  long count = api.okSends();
                  samples.addLast(new long[] {now, count});
                  while (now - samples.peekFirst()[0] > 1_000_000_000L) samples.pollFirst();
                  maxWindow[0] = Math.max(maxWindow[0], count - samples.peekFirst()[1]);
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      monitor.setDaemon(true);
      monitor.start();
      long start = System.nanoTime();
      Dispatcher d = FanOut.drain(db, api.url(), rate);
      double secs = (System.nanoTime() - start) / 1e9;
      monitor.interrupt();
      int missing = 0;
      int dup = 0;
      for (long chat = 1; chat <= n; chat++) {
        AtomicInteger c = api.perChat().get(chat);
        if (c == null) missing++;
        else dup += c.get() - 1;
      }
      long peak = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
      }
      System.out.printf(
          Locale.ROOT,
          "fan-out: %d subscribers, configured %.1f msg/s: %d sent in %.1f s = %.2f msg/s "
              + "(%.1f%% of configured); missing %d, duplicates %d, failures %d; peak heap %.1f MB "
              + "(of max %.0f MB); seeding the outbox took %.1f s; most sends in any 1-s window (sampled): %d%n",
          n,
          rate,
          api.okSends(),
          secs,
          api.okSends() / secs,
          100 * api.okSends() / secs / rate,
          missing,
          dup,
          d.failed.get(),
          peak / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0,
          seedSecs,
          maxWindow[0]);
    }
  }
}
