package dev.talksbot.cli;

import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Adds the articles in a file or folder to the index, without rebuilding it.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "An article file or a folder of them.")
  Path path;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (TalksBot bot = Session.open()) {
      TalksBot.IngestReport r = bot.add(path);
      var out = spec.commandLine().getOut();
      out.printf("added %d articles (%d passages)%s%n", r.added().size(), r.passages(),
          r.unchanged().isEmpty() ? "" : ", " + r.unchanged().size() + " already indexed unchanged");
      for (String id : r.added()) out.println("  + " + id);
      for (var s : r.skipped()) out.println(s);
      return r.added().isEmpty() && r.unchanged().isEmpty() ? Main.EXIT_FAILURE : Main.EXIT_OK;
    }
  }
}
