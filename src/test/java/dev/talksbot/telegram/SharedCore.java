package dev.talksbot.telegram;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;

/**
 * One real core (ONNX model, Lucene index built from the bundled corpus) for all Telegram tests.
 */
final class SharedCore {
  private static TalksBot bot;
  private static TalksbotConfig config;

  private SharedCore() {}

  static synchronized TalksBot bot() throws Exception {
    if (bot == null) {
      Path data = dev.talksbot.TempDirs.create("talksbot-tg-test");
      data.toFile().deleteOnExit();
      config =
          TalksbotConfig.defaults()
              .withDataDir(data)
              .withCorpusDir(Path.of("index", "corpus").toAbsolutePath());
      bot = TalksBot.open(config, (a, b, c, d) -> {});
    }
    return bot;
  }

  static synchronized TalksbotConfig config() throws Exception {
    bot();
    return config;
  }
}
