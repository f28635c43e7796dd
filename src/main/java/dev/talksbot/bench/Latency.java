package dev.talksbot.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs questions with N concurrent askers and summarises the per-question latencies. */
final class Latency {
  private Latency() {}

  /** How many of the slowest questions a summary names: where a tail comes from. */
  static final int SLOWEST = 3;

  /** One timed question. */
  record Timed(String question, double ms) {}

  /**
   * @param slowest the {@link #SLOWEST} slowest questions, slowest first: a tail made by one kind
   *     of question (one that asks three questions in one) shows here, one made by pauses does not
   */
  record Summary(
      int threads,
      int questions,
      double medianMs,
      double p95Ms,
      double p99Ms,
      double meanMs,
      double qps,
      List<Timed> slowest) {
    Summary {
      slowest = List.copyOf(slowest);
    }

    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("threads", threads);
      m.put("questions", questions);
      m.put("median_ms", r(medianMs));
      m.put("p95_ms", r(p95Ms));
      m.put("p99_ms", r(p99Ms));
      m.put("mean_ms", r(meanMs));
      m.put("questions_per_s", r(qps));
      m.put(
          "slowest",
          slowest.stream()
              .map(t -> Map.<String, Object>of("question", t.question(), "ms", r(t.ms())))
              .toList());
      return m;
    }
  }

  static double r(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static Summary run(List<String> questions, int threads, Consumer<String> ask) throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(questions);
    Timed[] timed = new Timed[questions.size()];
    java.util.concurrent.atomic.AtomicInteger idx = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      fs.add(
          pool.submit(
              () -> {
                String q;
                while ((q = queue.poll()) != null) {
                  long s = System.nanoTime();
                  ask.accept(q);
                  timed[idx.getAndIncrement()] = new Timed(q, (System.nanoTime() - s) / 1e6);
                }
                return null;
              }));
    }
    for (Future<?> f : fs) f.get();
    double wall = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    // slowest first; the percentiles read the same times in rising order
    Timed[] slowestFirst = Arrays.copyOf(timed, idx.get());
    Arrays.sort(slowestFirst, java.util.Comparator.comparingDouble(Timed::ms).reversed());
    double[] sorted = new double[slowestFirst.length];
    for (int i = 0; i < sorted.length; i++) sorted[i] = slowestFirst[sorted.length - 1 - i].ms();
    return new Summary(
        threads,
        sorted.length,
        pct(sorted, 50),
        pct(sorted, 95),
        pct(sorted, 99),
        Arrays.stream(sorted).average().orElse(0),
        sorted.length / wall,
        List.of(slowestFirst).subList(0, Math.min(SLOWEST, slowestFirst.length)));
  }

  /** Nearest-rank percentile. */
  static double pct(double[] sorted, double p) {
    if (sorted.length == 0) return Double.NaN;
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
