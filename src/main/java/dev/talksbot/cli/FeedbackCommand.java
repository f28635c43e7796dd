package dev.talksbot.cli;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.telegram.FeedbackStore;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = {
      "Answer feedback from Telegram (telegram.feedback: true): the 👍/👎 rates, or every vote",
      "with its question, answer and citations as JSON Lines (--export FILE, - for stdout)."
    })
final class FeedbackCommand implements Callable<Integer> {
  @Option(
      names = "--export",
      paramLabel = "FILE",
      description = "Write one JSON object per vote to FILE (- = standard output).")
  String export;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TalksbotConfig cfg = Session.config();
    Path file = FeedbackStore.fileIn(cfg.dataDir());
    var err = spec.commandLine().getErr();
    if (!cfg.storage().postgres() && !Files.exists(file)) {
      err.println(
          "talksbot: no feedback yet: "
              + file
              + " does not exist (serve with telegram.feedback: true collects it)");
      return Main.EXIT_OK;
    }
    try (FeedbackStore store = FeedbackStore.open(cfg, System.getenv(), Clock.systemUTC())) {
      if (export == null) {
        FeedbackStore.Rates r = store.rates();
        spec.commandLine()
            .getOut()
            .printf(
                "votes %d: up %d, down %d, on %d answer(s)%n",
                r.votes(), r.up(), r.down(), r.answers());
        return Main.EXIT_OK;
      }
      int n;
      if (export.equals("-")) {
        Writer w = spec.commandLine().getOut();
        n = store.export(w);
        w.flush();
      } else {
        Path out = Path.of(export);
        if (out.toAbsolutePath().getParent() != null)
          Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          n = store.export(w);
        }
      }
      err.println(
          "talksbot: exported " + n + " vote(s)" + (export.equals("-") ? "" : " to " + export));
      return Main.EXIT_OK;
    }
  }
}
