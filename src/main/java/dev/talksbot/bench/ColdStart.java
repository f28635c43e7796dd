package dev.talksbot.bench;

import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Process start to first answer of {@code ./talksbot ask}, over a ready index. */
final class ColdStart {
  private ColdStart() {}

  /** Runs timed; one more untimed first run may still build the jar or fill the page cache. */
  static final int RUNS = 5;

  /** Longest wait for one run. */
  static final long RUN_TIMEOUT_MINUTES = 5;

  /**
   * Longest wait, after the untimed run, for the AOT cache the launcher makes in the background
   * from a training run (a few CPU-seconds once per build): timed runs then use it, and do not
   * share the CPU with its making.
   */
  static final long AOT_WAIT_SECONDS = 120;

  /** How often the wait looks again, in milliseconds. */
  static final long AOT_POLL_MILLIS = 200;

  /**
   * Waits while the launcher's AOT cache is being made in {@code app} (a recorded configuration,
   * {@code *.aot.conf.*}, is deleted once the cache is made), at most {@code maxMillis}; returns
   * whether the making had ended.
   */
  static boolean awaitAotCache(Path app, long maxMillis) throws IOException, InterruptedException {
    long end = System.nanoTime() + maxMillis * 1_000_000L;
    while (true) {
      boolean making;
      try (var files = Files.list(app)) {
        making = files.anyMatch(f -> f.getFileName().toString().contains(".aot.conf."));
      } catch (java.nio.file.NoSuchFileException e) {
        making = false;
      }
      if (!making) return true;
      if (System.nanoTime() >= end) return false;
      Thread.sleep(AOT_POLL_MILLIS);
    }
  }

  static void run(Bench b, Path home, Path dataDir) throws Exception {
    Path launcher = home.resolve("talksbot");
    if (!Files.isExecutable(launcher)) {
      b.results.put("cold_start", Map.of("error", "launcher not found at " + launcher));
      return;
    }
    if (!Files.isDirectory(dataDir)) {
      try (TalksBot bot = TalksBot.open(b.config.withDataDir(dataDir), IndexProgress.NONE)) {
        bot.corpusInfo();
      }
    }
    b.log.println("bench: cold start (./talksbot ask, " + RUNS + " runs)");
    List<Double> secs = new ArrayList<>();
    String question = "Who leads the Ukrainian delegation?";
    for (int i = 0; i <= RUNS; i++) {
      ProcessBuilder pb =
          new ProcessBuilder(launcher.toString(), "ask", question).redirectErrorStream(true);
      pb.environment().put("TALKSBOT_DATA_DIR", dataDir.toString());
      long t0 = System.nanoTime();
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      double s = (System.nanoTime() - t0) / 1e9;
      if (p.exitValue() != 0) {
        b.results.put("cold_start", Map.of("error", "exit " + p.exitValue() + ": " + out.strip()));
        return;
      }
      if (i > 0) secs.add(s);
      else awaitAotCache(home.resolve("target/app"), AOT_WAIT_SECONDS * 1000);
    }
    double[] sorted = secs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", "TALKSBOT_DATA_DIR=<ready index> ./talksbot ask \"" + question + "\"");
    m.put("runs", sorted.length);
    m.put("median_s", Latency.r(Latency.pct(sorted, 50)));
    m.put("min_s", Latency.r(sorted[0]));
    m.put("max_s", Latency.r(sorted[sorted.length - 1]));
    b.results.put("cold_start", m);
  }
}
