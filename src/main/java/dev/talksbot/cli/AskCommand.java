package dev.talksbot.cli;

import dev.talksbot.answer.Answer;
import dev.talksbot.core.InvalidQuestionException;
import dev.talksbot.core.TalksBot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Answers a question from the coverage, with numbered sources.",
      "With '-' as the question, reads one question per line from standard input."
    })
final class AskCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print one JSON object (JSON Lines with '-').")
  boolean json;

  @Option(
      names = "--explain",
      description = "Also print the scored candidate sentences (to stderr).")
  boolean explain;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUESTION",
      description = "The question, or '-' to read questions from stdin.")
  List<String> words = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean stdin = words.size() == 1 && words.getFirst().equals("-");
    String question = String.join(" ", words);
    if (!stdin) {
      // validate before loading anything: a bad question fails fast
      try {
        dev.talksbot.core.Questions.validate(question);
      } catch (InvalidQuestionException e) {
        return badQuestion(out, err, question, e);
      }
    }
    try (TalksBot bot = Session.open()) {
      if (!stdin) return askOne(bot, question, out, err);
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      int failures = 0;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() && !json) continue;
        int rc = askOne(bot, line, out, err);
        if (rc != 0) failures++;
        if (!json) out.println();
        out.flush();
      }
      return failures == 0 ? Main.EXIT_OK : Main.EXIT_BAD_INPUT;
    }
  }

  /** Features whose pull on the answerability (log-odds) is at least this are shown. */
  static final double EXPLAIN_MIN_CONTRIBUTION = 0.15;

  private int askOne(TalksBot bot, String question, PrintWriter out, PrintWriter err) {
    try {
      Answer a;
      if (explain) {
        var ex = bot.explain(question);
        err.printf(
            Locale.ROOT,
            "answerability %.3f (answers at %.3f or more)%n",
            ex.confidence(),
            bot.extractive().model().threshold());
        double[] read = ex.scoring().reading();
        if (read.length > 0)
          err.printf(
              Locale.ROOT,
              "  = the answerability model's %.3f, read together with the best sentence%n",
              dev.talksbot.answer.JointReading.verdict(read));
        var am = bot.extractive().model().answerability();
        double[] qx = ex.scoring().questionFeatures();
        if (am instanceof dev.talksbot.answer.GatedModel g)
          err.printf(
              Locale.ROOT,
              "  = coverage about the question %.3f x answering right if so %.3f%n",
              g.gate().probability(qx),
              g.inner().probability(qx));
        double[] pull = am.contributions(qx);
        StringBuilder why = new StringBuilder("  because");
        for (int i = 0; i < qx.length; i++) {
          double contribution = pull[i];
          if (Math.abs(contribution) >= EXPLAIN_MIN_CONTRIBUTION)
            why.append(
                String.format(
                    Locale.ROOT, " %s=%.2f(%+.2f)", am.names().get(i), qx[i], contribution));
        }
        err.println(why);
        if (ex.scoring().ruledOut())
          err.println("  refused whatever its answerability: " + ex.scoring().ruledOutBy());
        var setBacks = ex.scoring().setBacks();
        ex.candidates().stream()
            .limit(12)
            .forEach(
                c ->
                    err.printf(
                        Locale.ROOT,
                        "  p=%.3f cov=%.2f cos=%.3f rank=%d %s%s: %s%n",
                        c.relevance(),
                        c.coverage(),
                        c.cosine(),
                        c.passageRank(),
                        c.article().id(),
                        setBacks.containsKey(c.key())
                            ? " (set back: " + String.join(", ", setBacks.get(c.key())) + ")"
                            : "",
                        c.text()));
        a = ex.answer();
      } else {
        a = bot.ask(question);
      }
      out.println(json ? Render.line(Render.json(a)) : Render.text(a));
      return Main.EXIT_OK;
    } catch (InvalidQuestionException e) {
      return badQuestion(out, err, question, e);
    } catch (RuntimeException e) {
      if (!json) throw e;
      out.println(
          Render.line(
              Render.jsonError(question, "internal_error", "could not answer: " + e.getMessage())));
      err.println("talksbot: could not answer: " + e);
      return Main.EXIT_FAILURE;
    }
  }

  private int badQuestion(
      PrintWriter out, PrintWriter err, String question, InvalidQuestionException e) {
    if (json) {
      out.println(
          Render.line(
              Render.jsonError(
                  question, e.reason().name().toLowerCase(Locale.ROOT), e.getMessage())));
      out.flush();
    } else {
      err.println("talksbot: " + e.getMessage());
    }
    return Main.EXIT_BAD_INPUT;
  }
}
