package dev.talksbot.bench;

import dev.talksbot.eval.BenchData;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Peak RSS of a process that opens an index and asks questions ({@link ServeProbe}). */
final class ServingMemory {
  private ServingMemory() {}

  /** Longest wait for the probe process. */
  static final long PROBE_TIMEOUT_MINUTES = 10;

  /** Characters of the probe's output kept when it reports no figure. */
  static final int ERROR_TAIL_CHARS = 2000;

  /** The parts of the RSS the probe reports ({@link ServeProbe#parts}), at its end. */
  static final List<String> PARTS =
      List.of(
          "RssAnon",
          "RssFile",
          "heap_committed",
          "heap_used",
          "jvm_other_committed",
          "direct",
          "index_mapped_rss");

  /** Spawns a JVM (same java, same flags) that opens the index, asks, and reports VmHWM. */
  static Map<String, Object> measure(Path dataDir, List<String> qs) throws Exception {
    Path qf = Files.createTempFile("talksbot-q-", ".txt");
    Files.write(qf, qs, StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(productFlags());
    cmd.add("-Dtalksbot.home=" + BenchData.projectHome());
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ServeProbe.class.getName(),
            dataDir.toString(),
            qf.toString()));
    Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    proc.waitFor(PROBE_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    Files.deleteIfExists(qf);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", String.join(" ", cmd.subList(0, cmd.size() - 4)) + " ... ServeProbe");
    for (String tok : output.strip().split("\\s+")) {
      if (tok.startsWith("VmHWM_kB="))
        m.put("peak_rss_mb", Latency.r(Long.parseLong(tok.substring(9)) / 1024.0));
      if (tok.startsWith("VmRSS_kB="))
        m.put("rss_after_mb", Latency.r(Long.parseLong(tok.substring(9)) / 1024.0));
      if (tok.startsWith("asked=")) m.put("questions_asked", Integer.parseInt(tok.substring(6)));
      for (String part : PARTS)
        if (tok.startsWith(part + "_kB=") && !tok.endsWith("?"))
          m.put(
              part.toLowerCase(java.util.Locale.ROOT) + "_mb",
              Latency.r(Long.parseLong(tok.substring(part.length() + 4)) / 1024.0));
    }
    if (!m.containsKey("peak_rss_mb"))
      m.put(
          "error",
          output.length() > ERROR_TAIL_CHARS
              ? output.substring(output.length() - ERROR_TAIL_CHARS)
              : output);
    return m;
  }

  /**
   * The heap flags the launcher gives {@code serve} (its {@code SERVE_HEAP} line; {@code
   * ServeProbeTest} holds the two equal): the probe measures the serving process, not the bench's
   * larger batch heap.
   */
  static final List<String> SERVE_HEAP =
      List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-Dtalksbot.onnx.arena=false");

  /**
   * The launcher's module and native-access flags (as this process got them), the product's own
   * settings given as system properties ({@code -Dtalksbot.onnx.…}, {@code -Dtalksbot.index.…}, so
   * that a measurement with them applies to the probe too) and the serve heap flags, without agent
   * settings.
   */
  static List<String> productFlags() {
    return productFlags(ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /** As {@link #productFlags()}, from the given JVM input arguments. */
  static List<String> productFlags(List<String> inputArguments) {
    List<String> out = new ArrayList<>(SERVE_HEAP);
    for (String a : inputArguments) {
      if (a.startsWith("--add-modules")
          || a.startsWith("--enable-native-access")
          || a.startsWith("--sun-misc")
          || a.startsWith("-Dtalksbot.onnx.")
          || a.startsWith("-Dtalksbot.index.")) {
        out.add(a);
      }
    }
    if (out.stream().noneMatch(a -> a.startsWith("--add-modules")))
      out.addAll(List.of("--add-modules=jdk.incubator.vector"));
    if (out.stream().noneMatch(a -> a.startsWith("--enable-native-access")))
      out.add("--enable-native-access=ALL-UNNAMED");
    return out;
  }
}
