package dev.talksbot.cli;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.ingest.intake.IntakeException;
import dev.talksbot.ingest.intake.IntakeRequest;
import dev.talksbot.ingest.intake.IntakeResult;
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
      "Shows progress; files that cannot be read are skipped with the reason. With `serve` running on",
      "the same data dir the server rebuilds (it owns the index) and this command waits for it."
    })
final class IndexCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TalksbotConfig cfg = Session.config();
    long t0 = System.nanoTime();
    var err = spec.commandLine().getErr();
    IntakeResult.Rebuilt r;
    try {
      r = (IntakeResult.Rebuilt) CliIntake.submit(cfg, new IntakeRequest.Reindex(), err);
    } catch (IntakeException e) {
      err.println("talksbot: index: " + e.getMessage());
      return Main.EXIT_FAILURE;
    }
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
        cfg.storage().postgres()
            ? dev.talksbot.db.StateStores.describe(cfg)
            : SqliteArticleStore.fileIn(cfg.dataDir()).toString(),
        cfg.retrieval().openSearch()
            ? cfg.retrieval().opensearch().index()
                + " on "
                + String.join(", ", cfg.retrieval().opensearch().hosts())
            : cfg.indexDir().toString(),
        secs);
    for (var s : r.skipped()) out.println(s);
    out.flush();
    return r.articles() == 0 ? Main.EXIT_FAILURE : Main.EXIT_OK;
  }
}
