package dev.talksbot.scaleout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The measured figures of a scale-out run, printed as one clearly marked block at the end. */
final class Figures {
  static final String BEGIN = "===== SCALE-OUT FIGURES =====";
  static final String END = "===== END SCALE-OUT FIGURES =====";

  private final Map<String, String> lines = new LinkedHashMap<>();

  synchronized void put(String key, String value) {
    lines.put(key, value);
  }

  synchronized void put(String key, String format, Object... args) {
    lines.put(key, String.format(java.util.Locale.ROOT, format, args));
  }

  /** Start-up times of the database and of every server (all started at once). */
  void startups(ScaleOutCluster env) {
    put(
        "PostgreSQL start-up (embedded, initdb + start)",
        "%d ms",
        env.postgresStartup().toMillis());
    if (env.search() != null) {
      put(
          "OpenSearch start-up (2 nodes, to green/yellow)",
          "%.1f s",
          env.searchStartup().toMillis() / 1000.0);
      put(
          "cluster index built from the bundled corpus (test JVM, model loaded)",
          "%.1f s",
          env.clusterBuild().toMillis() / 1000.0);
    }
    for (ServeInstance i : env.instances()) {
      put(
          "start-up " + i.name() + " (JVM start to serving; all started at once)",
          "%.1f s",
          i.startup().toMillis() / 1000.0);
    }
    if (env.reference() != null) {
      put("start-up reference (SQLite)", "%.1f s", env.reference().startup().toMillis() / 1000.0);
    }
  }

  /** What the proxy sent where. */
  void proxy(RoundRobinProxy p) {
    put(
        "proxy: requests answered per instance",
        "%s, failed attempts %s, none answered %d",
        java.util.Arrays.toString(p.forwarded()),
        java.util.Arrays.toString(p.failures()),
        p.noneAnswered());
  }

  synchronized String block() {
    StringBuilder b = new StringBuilder(BEGIN).append('\n');
    lines.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
    return b.append(END).toString();
  }

  /** The p-th percentile (0..100, nearest rank) of values; fails on an empty list. */
  static long percentile(List<Long> values, double p) {
    if (values.isEmpty()) throw new IllegalArgumentException("no values for a percentile");
    if (p < 0 || p > 100) throw new IllegalArgumentException("percentile must be 0..100: " + p);
    List<Long> s = new ArrayList<>(values);
    Collections.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.size());
    return s.get(Math.max(0, rank - 1));
  }

  /**
   * The most timestamps (nanos, any order) in any half-open window {@code [t, t + windowNanos)}:
   * the busiest sliding window.
   */
  static int busiestWindow(List<Long> nanos, long windowNanos) {
    if (windowNanos <= 0) throw new IllegalArgumentException("window must be > 0");
    List<Long> s = new ArrayList<>(nanos);
    Collections.sort(s);
    int best = 0;
    for (int i = 0, j = 0; i < s.size(); i++) {
      while (s.get(i) - s.get(j) >= windowNanos) j++;
      best = Math.max(best, i - j + 1);
    }
    return best;
  }

  /**
   * The shortest time (nanos) any {@code n} consecutive timestamps span: under 1 s for n = rate + 1
   * means some second held more than the rate; how far over 1 s says how much room was left.
   */
  static long tightestSpan(List<Long> nanos, int n) {
    if (n < 2 || nanos.size() < n)
      throw new IllegalArgumentException("need at least n >= 2 values");
    List<Long> s = new ArrayList<>(nanos);
    Collections.sort(s);
    long best = Long.MAX_VALUE;
    for (int i = 0; i + n - 1 < s.size(); i++) best = Math.min(best, s.get(i + n - 1) - s.get(i));
    return best;
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }
}
