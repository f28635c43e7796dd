package dev.talksbot.bench;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the parts of one {@code bench} run share: the settings, the progress log, the results (one
 * entry per part, written as JSON) and the timing helpers.
 */
final class Bench {
  /**
   * Questions asked untimed before the timed runs, so that they time the compiled question path.
   * The JIT compiles it over the first thousand or so questions: on SciFact (3,000 articles, 300
   * questions a round) the process spent 24.8 ms of CPU per question after 300 questions, 18.2
   * after 600 and 15.2 after 1,500, against 13–14 ms on the asking thread (BENCHMARKS.md, issue 13
   * part 8). With 20, a one-asker run shared the cores with the compiler, and two askers looked
   * slower than they are.
   */
  static final int WARM_UP_QUESTIONS = 1000;

  /**
   * The peer's warm-up: its retrieval is a few hot loops, compiled within a hundred questions, and
   * each of its questions costs up to 0.2 s at 100,000 passages.
   */
  static final int PEER_WARM_UP_QUESTIONS = 100;

  /** Longest pause between two progress lines while indexing. */
  static final long PROGRESS_EVERY_NANOS = 15_000_000_000L;

  final TalksbotConfig config;
  final PrintWriter log;
  final int questions;
  final List<Integer> threads;
  final Path cacheDir;
  final boolean peer;
  final Map<String, Object> results = new LinkedHashMap<>();

  Bench(
      TalksbotConfig config,
      PrintWriter log,
      int questions,
      List<Integer> threads,
      Path cacheDir,
      boolean peer) {
    if (questions < 1) throw new IllegalArgumentException("--questions must be at least 1");
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1))
      throw new IllegalArgumentException("--threads must list numbers of askers of at least 1");
    this.config = config;
    this.log = log;
    this.questions = questions;
    this.threads = List.copyOf(threads);
    this.cacheDir = cacheDir;
    this.peer = peer;
  }

  /** Warm latency of {@code TalksBot.ask} per number of askers, each on distinct questions. */
  Map<String, Object> latencies(TalksBot bot, List<String> pool) throws Exception {
    return latencies(bot::ask, pool);
  }

  Map<String, Object> latencies(Consumer<String> ask, List<String> pool) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String q : warmUp(pool, WARM_UP_QUESTIONS)) ask.accept(q);
    int from = 0;
    for (int t : threads) {
      int to = Math.min(pool.size(), from + questions);
      if (to <= from) from = 0; // a small pool: ask again rather than nothing
      to = Math.min(pool.size(), from + questions);
      List<String> qs = pool.subList(from, to);
      from = to;
      Latency.Summary s = Latency.run(qs, t, ask);
      log.printf(
          Locale.ROOT,
          "  %d askers: median %.1f ms, p95 %.1f, p99 %.1f, %.1f q/s%n",
          t,
          s.medianMs(),
          s.p95Ms(),
          s.p99Ms(),
          s.qps());
      for (Latency.Timed slow : s.slowest())
        log.printf(Locale.ROOT, "    slowest: %.1f ms  %s%n", slow.ms(), slow.question());
      out.put("threads_" + t, s.asMap());
    }
    return out;
  }

  static Map<String, Object> indexing(
      long articles, long passages, double secs, Path indexDir, String what) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("what", what);
    m.put("articles", articles);
    m.put("passages", passages);
    m.put("seconds", Latency.r(secs));
    m.put("articles_per_s", Latency.r(articles / secs));
    m.put("passages_per_s", Latency.r(passages / secs));
    m.put("index_bytes", size(indexDir));
    m.put("index_mb", Latency.r(size(indexDir) / 1e6));
    return m;
  }

  IndexProgress progress() {
    long[] last = {0};
    return (done, total, p, el) -> {
      if (done == total || el - last[0] > PROGRESS_EVERY_NANOS) {
        last[0] = el;
        log.printf(
            Locale.ROOT,
            "  indexing %d/%d articles, %d passages, %.0f s (%.1f passages/s)%n",
            done,
            total,
            p,
            el / 1e9,
            el == 0 ? 0 : p / (el / 1e9));
      }
    };
  }

  /**
   * The timed questions of the one-asker run, which the floor and the peer are timed on too: the
   * first {@code questions} of the pool.
   */
  List<String> oneAskerSlice(List<String> pool) {
    return pool.subList(0, Math.min(pool.size(), questions));
  }

  /**
   * Untimed warm-up questions: rephrasings of the pool's questions that no timed run asks (of the
   * whole pool when every one is timed), never a pool question itself, so that no timed question
   * finds its own answer cached.
   */
  List<String> warmUp(List<String> pool, int n) {
    int timed = questions * threads.size();
    List<String> rest = pool.size() > timed ? pool.subList(timed, pool.size()) : pool;
    // variants' first round is the questions as they are: skip it
    return variants(rest, rest.size() + n).subList(rest.size(), rest.size() + n);
  }

  /** Distinct phrasings of the project's questions, so the query-embedding cache never answers. */
  static List<String> variants(List<String> base, int n) {
    String[] frames = {
      "%s",
      "Please tell me: %s",
      "According to the coverage, %s",
      "Quick question: %s",
      "I would like to know: %s",
      "From the news: %s",
      "Can you say %s",
      "In the reports, %s",
      "%s Thanks.",
      "Briefly: %s",
      "One more: %s",
      "Tell me %s"
    };
    List<String> out = new ArrayList<>();
    for (int i = 0; out.size() < n; i++) {
      String q = base.get(i % base.size());
      int frame = i / base.size();
      out.add(frame < frames.length ? String.format(frames[frame], q) : q + " (" + frame + ")");
    }
    return out;
  }

  static List<String> resourceLines(String name) throws IOException {
    try (var in = Bench.class.getResourceAsStream(name)) {
      if (in == null) throw new IOException(name + " not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    }
  }

  static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
