package dev.talksbot.eval.train;

import dev.talksbot.answer.Candidate;
import dev.talksbot.answer.ExtractiveAnswerer;
import dev.talksbot.answer.JointReading;
import dev.talksbot.answer.LinearModel;
import dev.talksbot.answer.ProbabilityModel;
import dev.talksbot.answer.SelectorModel;
import dev.talksbot.eval.Squad2Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fits the selector's reading stage ({@link JointReading}) on top of a fitted model's sentence and
 * answerability models, which it leaves alone: the SQuAD 2.0 tune questions (one in four also asked
 * without its article) are asked through the product's path with that model, and the stage learns
 * from the best sentence whether answering with it is right; its threshold is calibrated as the
 * answerability model's is ({@link Calibration#TARGET}, on held-out probabilities).
 *
 * <p>Not fitted on the news dev split: the model under the stage was fitted on it, a few dozen
 * questions each repeated to weigh as much as six thousand, so its verdicts there are almost all
 * right and a stage fitted on them learns to trust the verdict far more than it earns on questions
 * it has not seen (measured: SQuAD tune answer-or-abstain fell at every threshold). The news dev
 * questions take part in choosing the threshold ({@link #fit}).
 */
final class ReadingTraining {
  private final TrainingQuestions source;

  ReadingTraining(TrainingQuestions source) {
    this.source = source;
  }

  /** One training question: its id (copies share it) and its best sentence's features. */
  record Example(String id, AnswererTraining.Ranked ranked) {}

  /** Fits the stage on the model in {@code file} and writes the model back with it. */
  AnswererTraining.Result train(
      int limit, int corpusSample, Set<Squad2Run.Removed> negatives, Path file) throws IOException {
    if (!Files.isRegularFile(file))
      throw new IOException(
          "no model file at "
              + file
              + ": --reading adds a stage to a fitted model (train answerer writes one)");
    SelectorModel base = SelectorModel.fromJson(Files.readString(file));
    // any reading stage makes the answerer compute the stage's features; the base's own verdict is
    // the first of them, so an untrained stage reads the same as the fitted one will
    SelectorModel probe =
        base.withReading(LinearModel.untrained(JointReading.NAMES), base.threshold(), base.about());
    return fit(base, squad(probe, limit, corpusSample, negatives), news(probe), file);
  }

  /** The key of the threshold the model's answerability had without the stage. */
  static final String THRESHOLD_WITHOUT = "reading_threshold_without_stage";

  /** The answerability's own threshold: the model's, or the one it had before its stage. */
  static double withoutStage(SelectorModel m) {
    return m.reading() == null
        ? m.threshold()
        : Double.parseDouble(m.about().get(THRESHOLD_WITHOUT));
  }

  /**
   * Fits the stage on the SQuAD {@code squad} questions and calibrates its threshold on them (each
   * scored by a stage fitted without its fold) together with the {@code news} dev questions, which
   * the stage never saw, each repeated to weigh as much as the SQuAD ones: the answerability's own
   * threshold was chosen on the same two sources, so the bot keeps answering the product's own kind
   * of question about as often (calibrated on SQuAD alone it refused 17 of the 70 answerable news
   * dev questions more). Writes the stage with {@code base} to {@code out}.
   */
  static AnswererTraining.Result fit(
      SelectorModel base, List<Example> squad, List<Example> news, Path out) throws IOException {
    List<String> ids = new ArrayList<>(squad.stream().map(Example::id).toList());
    List<AnswererTraining.Ranked> ranked =
        new ArrayList<>(squad.stream().map(Example::ranked).toList());
    CrossValidation.Report cv =
        CrossValidation.run(
            new StageTwo.Logistic(),
            JointReading.NAMES,
            ids,
            java.util.Collections.nCopies(ids.size(), false), // the stage is fitted on SQuAD alone
            ranked);
    ProbabilityModel stage =
        SelectorFit.fit(
            JointReading.NAMES,
            ranked.stream().map(AnswererTraining.Ranked::features).toList(),
            ranked.stream().map(AnswererTraining.Ranked::right).toList());
    List<Double> p = new ArrayList<>();
    for (double x : cv.probabilities()) p.add(x);
    int weight = TrainingQuestions.newsWeight(squad.size(), news.size());
    for (int i = 0; i < weight; i++)
      for (Example e : news) {
        p.add(stage.probability(e.ranked().features()));
        ranked.add(e.ranked());
        ids.add(e.id());
      }
    Calibration.Choice choice =
        Calibration.choose(p.stream().mapToDouble(Double::doubleValue).toArray(), ranked, ids);
    Calibration.Point chosen = choice.chosen();
    Map<String, String> about = new TreeMap<>(base.about());
    about.put("reading_stage", "logistic over " + JointReading.NAMES + ", exact L2 optimum");
    about.put(THRESHOLD_WITHOUT, String.format(Locale.ROOT, "%.3f", withoutStage(base)));
    about.put(
        "reading_cv",
        String.format(
            Locale.ROOT,
            "SQuAD tune questions, each scored by a stage fitted without its fold: AUC %.4f,"
                + " answer-or-abstain best %.4f at %.3f",
            cv.auc(),
            cv.best().accuracy(),
            cv.best().threshold()));
    about.put(
        "reading_threshold",
        String.format(
            Locale.ROOT,
            "%.3f: answer-or-abstain %.4f on the SQuAD tune questions (held out) and the news dev"
                + " ones (each %d times); best %.4f at %.3f, standard error %.4f",
            chosen.threshold(),
            chosen.accuracy(),
            weight,
            choice.best().accuracy(),
            choice.best().threshold(),
            choice.standardError()));
    about.put("reading_command", "./talksbot train answerer --reading");
    about.put("reading_examples", squad.size() + " SQuAD 2.0 tune questions");
    about.put("reading_news_dev_check", check(stage, chosen.threshold(), withoutStage(base), news));
    SelectorModel model = base.withReading(stage, chosen.threshold(), about);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, model.toJson(), StandardCharsets.UTF_8);
    return new AnswererTraining.Result(model, chosen, squad.size(), squad.size());
  }

  /**
   * Answer-or-abstain on the news dev questions, which the stage was not fitted on: with the stage
   * at {@code threshold}, and with the answerability alone at its own threshold {@code plain}.
   */
  static String check(ProbabilityModel stage, double threshold, double plain, List<Example> check) {
    int right = 0, alone = 0;
    for (Example e : check) {
      AnswererTraining.Ranked r = e.ranked();
      if (stage.probability(r.features()) >= threshold ? r.right() : !r.answerable()) right++;
      if (JointReading.verdict(r.features()) >= plain ? r.right() : !r.answerable()) alone++;
    }
    return String.format(
        Locale.ROOT,
        "%d of %d news dev questions answered with the best sentence holding an answer word or"
            + " refused when unanswerable (the answerability alone at %.3f: %d)",
        right,
        check.size(),
        plain,
        alone);
  }

  private List<Example> squad(
      SelectorModel probe, int limit, int corpusSample, Set<Squad2Run.Removed> negatives)
      throws IOException {
    List<Example> out = new ArrayList<>();
    source.askSquad(
        probe,
        limit,
        corpusSample,
        negatives,
        o -> {
          List<Candidate> cands = o.explained().candidates();
          // without a sentence the bot refuses whatever the stage says: nothing to learn
          if (cands.isEmpty()) return;
          List<Boolean> labels = TrainingQuestions.labels(o);
          out.add(
              example(
                  TrainingQuestions.id(o),
                  TrainingQuestions.answerable(o, labels),
                  labels.getFirst(),
                  o.explained()));
        });
    return out;
  }

  private List<Example> news(SelectorModel probe) throws IOException {
    List<Example> out = new ArrayList<>();
    source.askNews(
        probe,
        (q, ex) -> {
          if (ex.candidates().isEmpty()) return;
          boolean gold = TrainingQuestions.holdsAnswerWord(q, ex.candidates().getFirst());
          out.add(example(q.id(), q.answerable(), gold, ex));
        });
    source.log().printf(Locale.ROOT, "news dev: %d questions%n", out.size());
    return out;
  }

  private static Example example(
      String id, boolean answerable, boolean gold, ExtractiveAnswerer.Explained ex) {
    return new Example(id, new AnswererTraining.Ranked(answerable, gold, ex.scoring().reading()));
  }
}
