package dev.talksbot.cli;

import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/** Loads the configuration and opens the core for a command, reporting build progress. */
final class Session {
  private Session() {}

  static TalksbotConfig config() {
    return ConfigLoader.forProcess().load();
  }

  static TalksBot open() throws IOException {
    return TalksBot.open(config(), progress(new java.io.PrintWriter(System.err, true)));
  }

  /** Progress on stderr: articles and passages done, rate, time left; at most every 2 seconds. */
  static IndexProgress progress(java.io.PrintWriter err) {
    return new IndexProgress() {
      long lastPrint;

      @Override
      public void update(int done, int total, long passages, long elapsedNanos) {
        long now = System.nanoTime();
        if (done != total && now - lastPrint < 2_000_000_000L) return;
        lastPrint = now;
        double secs = Math.max(1e-9, elapsedNanos / 1e9);
        double rate = done / secs;
        long left = rate > 0 ? (long) ((total - done) / rate) : 0;
        err.printf(
            Locale.ROOT,
            "indexing: %d/%d articles, %d passages, %.1f articles/s, %.1f passages/s, %s left%n",
            done,
            total,
            passages,
            rate,
            passages / secs,
            fmt(Duration.ofSeconds(left)));
        err.flush();
      }
    };
  }

  static String fmt(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
