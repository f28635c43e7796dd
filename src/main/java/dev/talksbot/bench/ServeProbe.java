package dev.talksbot.bench;

import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process for the memory figure: opens an existing index (data dir = args[0]) as the product
 * does, asks the questions in args[1] (one a line), then prints its peak RSS (VmHWM) and current
 * RSS from /proc/self/status, as {@code VmHWM_kB=... VmRSS_kB=... asked=...}.
 */
public final class ServeProbe {
  private ServeProbe() {}

  /** The first line of a mapping in /proc/self/smaps: its address range. */
  private static final java.util.regex.Pattern MAPPING =
      java.util.regex.Pattern.compile("[0-9a-f]+-[0-9a-f]+ ");

  public static void main(String[] args) throws Exception {
    TalksbotConfig config = ConfigLoader.forProcess().load().withDataDir(Path.of(args[0]));
    List<String> questions = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    int asked = 0;
    try (TalksBot bot = TalksBot.open(config, IndexProgress.NONE)) {
      for (String q : questions) {
        if (q.isBlank()) continue;
        bot.ask(q);
        asked++;
      }
      System.out.println(
          status("VmHWM")
              + " "
              + status("VmRSS")
              + " "
              + status("RssAnon")
              + " "
              + status("RssFile")
              + " "
              + parts(Path.of(args[0]))
              + " asked="
              + asked);
    }
    System.exit(0);
  }

  /**
   * What the resident memory is made of, at the end: the Java heap (committed), the JVM's other
   * committed memory (metaspace, code cache), direct buffers, and the resident pages of the mapped
   * files under the data directory (the index); the rest of the anonymous memory is native (ONNX
   * Runtime's model and arenas, thread stacks, malloc).
   */
  static String parts(Path dataDir) throws java.io.IOException {
    var mem = java.lang.management.ManagementFactory.getMemoryMXBean();
    long direct = 0;
    for (var pool :
        java.lang.management.ManagementFactory.getPlatformMXBeans(
            java.lang.management.BufferPoolMXBean.class))
      if (pool.getName().equals("direct")) direct = pool.getMemoryUsed();
    String dir = dataDir.toAbsolutePath().normalize().toString();
    long mapped = 0;
    boolean inIndex = false;
    for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
      if (MAPPING.matcher(line).lookingAt()) inIndex = line.contains(" " + dir + "/");
      if (inIndex && line.startsWith("Rss:")) mapped += Long.parseLong(line.replaceAll("\\D", ""));
    }
    return "heap_committed_kB="
        + mem.getHeapMemoryUsage().getCommitted() / 1024
        + " heap_used_kB="
        + mem.getHeapMemoryUsage().getUsed() / 1024
        + " jvm_other_committed_kB="
        + mem.getNonHeapMemoryUsage().getCommitted() / 1024
        + " direct_kB="
        + direct / 1024
        + " index_mapped_rss_kB="
        + mapped;
  }

  static String status(String key) throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(key + ":")) return key + "_kB=" + line.replaceAll("[^0-9]", "");
    }
    return key + "_kB=?";
  }
}
