package dev.talksbot.cli;

import dev.talksbot.alerts.Ingestor;
import dev.talksbot.alerts.PageFetcher;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Adds the articles in a file or folder, or a web page (URL), to the index without rebuilding it.",
      "New or changed articles are recorded for alerts: a running `serve` sends them within about a second;",
      "otherwise the next `serve` does (docs/alerts.md)."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "PATH|URL",
      description = "An article file, a folder of them, or an http(s) URL of a news page.")
  String target;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TalksbotConfig cfg = Session.config();
    var s = cfg.alerts();
    try (TalksBot bot = Session.open();
        SqliteAlertStore store = SqliteAlertStore.openIn(cfg.dataDir());
        PageFetcher fetcher = PageFetcher.of(s)) {
      Ingestor ingestor = new Ingestor(bot, store, fetcher, Clock.systemUTC());
      var out = spec.commandLine().getOut();
      Ingestor.Result r;
      if (target.startsWith("http://") || target.startsWith("https://")) {
        try {
          r = ingestor.ingestUrl(target);
        } catch (PageFetcher.FetchException e) {
          spec.commandLine().getErr().println("talksbot: ingest " + target + ": " + e.getMessage());
          return Main.EXIT_FAILURE;
        }
      } else {
        r = ingestor.ingestPath(Path.of(target));
      }
      out.printf(
          "added %d articles (%d passages)%s%n",
          r.added().size(),
          r.passages(),
          r.unchanged().isEmpty()
              ? ""
              : ", " + r.unchanged().size() + " already indexed unchanged");
      for (String id : r.added()) out.println("  + " + id);
      for (var sk : r.skipped()) out.println(sk);
      return r.added().isEmpty() && r.unchanged().isEmpty() ? Main.EXIT_FAILURE : Main.EXIT_OK;
    }
  }
}
