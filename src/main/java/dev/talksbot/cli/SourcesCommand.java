package dev.talksbot.cli;

import dev.talksbot.core.TalksBot;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Lists the stored articles (every article ingested) with their metadata.")
final class SourcesCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (TalksBot bot = Session.openWithoutModel()) {
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(Render.JSON.writeValueAsString(Render.sourcesJson(bot.sources())));
      } else {
        out.println(bot.corpusInfo().describe() + ".\n");
        out.print(Render.sources(bot.sources()));
        out.flush(); // print() does not flush an auto-flushing PrintWriter
      }
      return Main.EXIT_OK;
    }
  }
}
