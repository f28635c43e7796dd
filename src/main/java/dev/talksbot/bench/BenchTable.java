package dev.talksbot.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable table of a bench run's results (the JSON holds everything). */
final class BenchTable {
  private BenchTable() {}

  private static final List<String> PARTS = List.of("corpus", "scifact", "synthetic");

  @SuppressWarnings("unchecked")
  static void print(PrintWriter out, Map<String, Object> results) {
    out.println("bench (" + results.get("machine") + ")");
    String row = "%-10s %-8s %8s %9s %8s %8s %8s %8s%n";
    out.printf(
        Locale.ROOT,
        row,
        "corpus",
        "askers",
        "asks",
        "median_ms",
        "p95_ms",
        "p99_ms",
        "mean_ms",
        "q/s");
    for (String part : PARTS) {
      Map<String, Object> r = (Map<String, Object>) results.get(part);
      if (r == null || !(r.get("latency") instanceof Map)) continue;
      for (Object o : ((Map<String, Object>) r.get("latency")).values())
        latencyRow(out, row, part, "", (Map<String, Object>) o);
      if (r.get("compared") instanceof Map<?, ?> cmp) {
        if (cmp.get("floor") instanceof Map<?, ?> f)
          latencyRow(out, row, part, "floor ", (Map<String, Object>) f);
        if (cmp.get("peer") instanceof Map<?, ?> p)
          latencyRow(out, row, part, "peer ", (Map<String, Object>) p);
      }
    }
    out.printf(Locale.ROOT, "%n%-10s %s%n", "ratios", "(one asker, same questions, same run)");
    for (String part : PARTS) {
      Map<String, Object> r = (Map<String, Object>) results.get(part);
      if (r != null && r.get("compared") instanceof Map<?, ?> cmp) {
        StringBuilder b = new StringBuilder();
        for (var e : cmp.entrySet())
          if (!(e.getValue() instanceof Map))
            b.append(' ').append(e.getKey()).append('=').append(e.getValue());
        out.printf(Locale.ROOT, "%-10s%s%n", part, b);
      }
    }
    out.printf(
        Locale.ROOT,
        "%n%-22s %9s %9s %8s %10s %10s %9s%n",
        "indexing",
        "articles",
        "passages",
        "secs",
        "articles/s",
        "passages/s",
        "index_mb");
    for (String part : PARTS) {
      Map<String, Object> r = (Map<String, Object>) results.get(part);
      if (r == null) continue;
      for (String k : List.of("index", "index_fresh", "index_full")) {
        if (!(r.get(k) instanceof Map)) continue;
        Map<String, Object> s = (Map<String, Object>) r.get(k);
        out.printf(
            Locale.ROOT,
            "%-22s %9s %9s %8s %10s %10s %9s   (%s)%n",
            part + "." + k,
            s.get("articles"),
            s.get("passages"),
            s.get("seconds"),
            s.get("articles_per_s"),
            s.get("passages_per_s"),
            s.get("index_mb"),
            s.get("what"));
      }
    }
    if (results.get("cold_start") != null)
      out.println("\ncold start: " + results.get("cold_start"));
    Map<String, Object> syn = (Map<String, Object>) results.get("synthetic");
    if (syn != null) out.println("serving memory (synthetic): " + syn.get("serving_memory"));
  }

  private static void latencyRow(
      PrintWriter out, String row, String part, String who, Map<String, Object> s) {
    out.printf(
        Locale.ROOT,
        row,
        part,
        who + s.get("threads"),
        s.get("questions"),
        s.get("median_ms"),
        s.get("p95_ms"),
        s.get("p99_ms"),
        s.get("mean_ms"),
        s.get("questions_per_s"));
  }
}
