package dev.talksbot.cli;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.ingest.store.SqliteArticleStore;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "(Re)builds the index from the article store, after storing the files in the corpus folder",
      "(config corpusDir, env TALKSBOT_CORPUS_DIR): ingested URLs, feed items and inbox files are kept.",
      "Shows progress; files that cannot be read are skipped with the reason."
    })
final class IndexCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TalksbotConfig cfg = Session.config();
    long t0 = System.nanoTime();
    try (TalksBot bot =
        TalksBot.open(
            cfg, OnnxEmbedder.loadInBackground(cfg.embedding().model()), (a, b, c, d) -> {})) {
      TalksBot.IngestReport r = bot.rebuild(Session.progress(spec.commandLine().getErr()));
      var out = spec.commandLine().getOut();
      double secs = (System.nanoTime() - t0) / 1e9;
      out.printf(
          Locale.ROOT,
          "rebuilt %d articles (%d passages): %d from the corpus folder %s, %d from the article"
              + " store %s; index %s, %.1f s%n",
          r.articles(),
          r.passages(),
          r.fromCorpus(),
          cfg.corpusDir(),
          r.fromStore(),
          SqliteArticleStore.fileIn(cfg.dataDir()),
          cfg.indexDir(),
          secs);
      for (var s : r.skipped()) out.println(s);
      return r.articles() == 0 ? Main.EXIT_FAILURE : Main.EXIT_OK;
    }
  }
}
