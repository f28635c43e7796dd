package dev.talksbot.eval.train;

import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.eval.BenchData;
import dev.talksbot.eval.RetrievalSettings;
import dev.talksbot.eval.Squad2Run;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./talksbot train answerer}: refits the answer selector from labelled data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the extractive answer selector (a logistic model over sentence features) on the SQuAD "
          + "2.0 tune split and the news dev set, calibrates its refusal threshold on the same "
          + "data, and writes the weights (default: src/main/resources/answer/selector-model.json).",
      "`train lexicon` writes the WordNet 3.1 word senses the answerer reads (a verb that shares a "
          + "sense with the question's says what it asks: src/main/resources/nlp/wordnet-relations.txt).",
      "Reproducible: the same data and code give the same weights."
    })
public final class TrainCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "WHAT",
      description =
          "answerer (the selector model) or lexicon (WordNet synonyms and antonyms, "
              + "src/main/resources/nlp/wordnet-relations.txt)")
  String what;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Benchmark data folder (default: $TALKSBOT_BENCH_DATA, else ../shared/bench-data).")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model JSON.")
  Path out;

  @Option(
      names = "--dump",
      paramLabel = "FILE",
      description = "Also write every labelled sentence's features as TSV (for analysis).")
  Path dump;

  @Option(names = "--limit", paramLabel = "N", description = "At most N SQuAD questions (all: 0).")
  int limit;

  @Option(
      names = "--corpus-sample",
      paramLabel = "N",
      description =
          "Index only the paragraphs of the chosen SQuAD questions plus N others (quick runs).")
  int corpusSample;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Vector cache (default: <home>/target/eval-cache); weights do not depend on it.")
  Path cache;

  @Option(names = "--no-cache", description = "Embed everything afresh.")
  boolean noCache;

  @Option(
      names = "--from-dump",
      paramLabel = "FILE",
      description = "Refit from the sentences a previous --dump wrote (skips retrieval).")
  Path fromDump;

  @Option(
      names = "--trees",
      description =
          "Also try boosted trees (Tribuo XGBoost) for the answerability model; 5-fold"
              + " cross-validation on the training questions chooses.")
  boolean trees;

  @Option(
      names = "--paragraph-negatives",
      description =
          "Also ask each answerable SQuAD question without its own paragraph, as an example of"
              + " coverage on the subject that does not answer (measured, not adopted:"
              + " docs/evaluation.md). With --from-dump: keep such questions of the dump.")
  boolean paragraphNegatives;

  @Option(
      names = "--record-check",
      description =
          "Fit nothing: record in the model file (--out, default the bundled one) the features"
              + " today's code computes on the feature check's slice, after its held-out figures"
              + " were measured with them (docs/evaluation.md).")
  boolean recordCheck;

  @Option(
      names = "--reading",
      description =
          "Fit only the reading stage (the question and the best sentence read together) on top of"
              + " the model file's (--out, default the bundled one) sentence and answerability"
              + " models, and its threshold; writes the file back.")
  boolean reading;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (what.equals("lexicon")) {
      Path home = BenchData.projectHome();
      Path target =
          out != null ? out : home.resolve("src/main/resources/nlp/wordnet-relations.txt");
      int n = WordNetExport.write(target);
      spec.commandLine().getOut().println("wrote " + n + " lines to " + target);
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (!what.equals("answerer"))
      throw new CommandLine.ParameterException(
          spec.commandLine(), "unknown model '" + what + "' (answerer or lexicon)");
    PrintWriter log =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    TalksbotConfig config = ConfigLoader.forProcess().load();
    Path home = BenchData.projectHome();
    Path target = out != null ? out : home.resolve("src/main/resources/answer/selector-model.json");
    AnswererTraining t =
        new AnswererTraining(
            config,
            RetrievalSettings.of(config),
            BenchData.resolve(data),
            BenchData.cacheDir(cache, noCache),
            log);
    java.util.Set<Squad2Run.Removed> negatives =
        new java.util.HashSet<>(TrainingQuestions.NEGATIVES);
    if (paragraphNegatives) negatives.add(Squad2Run.Removed.PARAGRAPH);
    t.withTrees(trees).withNegatives(negatives);
    if (recordCheck) {
      t.recordFeatureCheck(target);
      return 0;
    }
    AnswererTraining.Result r =
        reading
            ? new ReadingTraining(
                    new TrainingQuestions(
                        config,
                        RetrievalSettings.of(config),
                        BenchData.resolve(data),
                        BenchData.cacheDir(cache, noCache),
                        log))
                .train(limit, corpusSample, negatives, target)
            : fromDump != null
                ? t.trainFromDump(fromDump, target)
                : t.train(limit, corpusSample, dump, target);
    PrintWriter o = spec.commandLine().getOut();
    o.println(r.summary());
    o.flush();
    return 0;
  }
}
