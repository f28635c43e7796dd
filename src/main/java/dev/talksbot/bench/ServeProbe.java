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
      System.out.println(status("VmHWM") + " " + status("VmRSS") + " asked=" + asked);
    }
    System.exit(0);
  }

  static String status(String key) throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(key + ":")) return key + "_kB=" + line.replaceAll("[^0-9]", "");
    }
    return key + "_kB=?";
  }
}
