package dev.talksbot.cli;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.ingest.intake.IntakeException;
import dev.talksbot.ingest.intake.IntakeRequest;
import dev.talksbot.ingest.intake.IntakeResult;
import dev.talksbot.net.PageFetcher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Adds the articles in a file or folder, or a web page (URL), to the article store and the index.",
      "With `serve` running on the same data dir the server does it (it owns the index) and this",
      "command waits for the outcome; otherwise it is done here. New or changed articles are",
      "announced for alerts: a running `serve` sends them at once, otherwise the next one (docs/alerts.md)."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "PATH|URL",
      description = "An article file, a folder of them, or an http(s) URL of a news page.")
  String target;

  /** A URL's scheme ("ftp" in "ftp://host/a"); a path has none. */
  private static final java.util.regex.Pattern SCHEME =
      java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TalksbotConfig cfg = Session.config();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    IntakeRequest request;
    try {
      // anything with a scheme is a URL ("ftp://…" is refused as one, not looked for as a file)
      request =
          SCHEME.matcher(target).find()
              ? new IntakeRequest.Page(target)
              : new IntakeRequest.Files(Path.of(target));
    } catch (IllegalArgumentException e) { // not an http(s) URL, or not a path
      err.println("talksbot: ingest " + target + ": " + e.getMessage());
      return Main.EXIT_BAD_INPUT;
    }
    IntakeResult.Added r;
    try {
      r = (IntakeResult.Added) CliIntake.submit(cfg, request, err);
    } catch (IntakeException | PageFetcher.FetchException e) {
      err.println("talksbot: ingest " + target + ": " + e.getMessage());
      return Main.EXIT_FAILURE;
    }
    out.printf(
        "added %d articles (%d passages)%s%n",
        r.added().size(),
        r.passages(),
        r.unchanged().isEmpty() ? "" : ", " + r.unchanged().size() + " already indexed unchanged");
    for (String id : r.added()) out.println("  + " + id);
    for (var sk : r.skipped()) out.println(sk);
    out.flush();
    return r.nothingRead() ? Main.EXIT_FAILURE : Main.EXIT_OK;
  }
}
