package dev.talksbot.cli;

import dev.talksbot.answer.Answer;
import dev.talksbot.core.InvalidQuestionException;
import dev.talksbot.core.TalksBot;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "A 4–6 sentence cited overview of the coverage, or of a topic.")
final class SummaryCommand implements Callable<Integer> {
  @Option(
      names = "--json",
      description = "Print one JSON object ('question' holds the topic or null).")
  boolean json;

  @Parameters(
      arity = "0..*",
      paramLabel = "TOPIC",
      description = "Optional topic, e.g. prisoner exchange.")
  List<String> words = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String topic = words.isEmpty() ? null : String.join(" ", words);
    if (topic != null) {
      try {
        dev.talksbot.core.Questions.validate(topic);
      } catch (InvalidQuestionException e) {
        if (json)
          out.println(
              Render.line(
                  Render.jsonError(
                      topic, e.reason().name().toLowerCase(Locale.ROOT), e.getMessage())));
        spec.commandLine()
            .getErr()
            .println("talksbot: " + e.getMessage().replace("question", "topic"));
        return Main.EXIT_BAD_INPUT;
      }
    }
    try (TalksBot bot = Session.open()) {
      Answer a = bot.summary(topic);
      out.println(json ? Render.line(Render.json(a)) : Render.text(a));
      return Main.EXIT_OK;
    }
  }
}
