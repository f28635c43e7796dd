package dev.talksbot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What a suite measured: metrics by system, the settings it ran with, and listed failures. */
public final class SuiteResult {
  private final String suite;
  private final Map<String, Map<String, Object>> systems = new LinkedHashMap<>();
  private final Map<String, Object> settings = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public SuiteResult(String suite) {
    this.suite = suite;
  }

  public String suite() {
    return suite;
  }

  public Map<String, Object> system(String name) {
    return systems.computeIfAbsent(name, k -> new LinkedHashMap<>());
  }

  public Map<String, Map<String, Object>> systems() {
    return systems;
  }

  public Map<String, Object> settings() {
    return settings;
  }

  public List<String> failures() {
    return failures;
  }

  public List<String> notes() {
    return notes;
  }

  public double metric(String system, String metric) {
    Object o = systems.getOrDefault(system, Map.of()).get(metric);
    return o instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** The one JSON object: suite, systems (metrics by name), settings, failures. */
  public Map<String, Object> asJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("suite", suite);
    m.put("systems", systems);
    m.put("settings", settings);
    if (!failures.isEmpty()) m.put("failures", failures);
    return m;
  }

  public String json() {
    try {
      return new ObjectMapper()
          .disable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(asJson());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plain-text table: one row per system, one column per metric. */
  public void printTable(PrintWriter out) {
    Set<String> metrics = new LinkedHashSet<>();
    systems.values().forEach(m -> metrics.addAll(m.keySet()));
    List<String> cols = new ArrayList<>(metrics);
    out.printf(Locale.ROOT, "%s%n", suite);
    StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%-8s", "system"));
    for (String c : cols) h.append(String.format(Locale.ROOT, " %12s", c));
    out.println(h);
    for (var e : systems.entrySet()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s", e.getKey()));
      for (String c : cols)
        row.append(String.format(Locale.ROOT, " %12s", fmt(e.getValue().get(c))));
      out.println(row);
    }
    if (!settings.isEmpty()) out.println("settings: " + settings);
    for (String n : notes) out.println("note: " + n);
    if (!failures.isEmpty()) {
      out.println("failures (" + failures.size() + "):");
      failures.forEach(f -> out.println("  " + f));
    }
    out.flush();
  }

  static String fmt(Object o) {
    if (o == null) return "-";
    if (o instanceof Double d) {
      if (d.isNaN()) return "-";
      return Math.abs(d) >= 100
          ? String.format(Locale.ROOT, "%.1f", d)
          : String.format(Locale.ROOT, "%.4f", d);
    }
    return String.valueOf(o);
  }

  /** Rounds for stable JSON. */
  public static double round(double v, int places) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return v;
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }
}
