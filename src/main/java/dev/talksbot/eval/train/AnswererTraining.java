package dev.talksbot.eval.train;

import dev.talksbot.answer.AnswerabilityFeatures;
import dev.talksbot.answer.ProbabilityModel;
import dev.talksbot.answer.SelectorFeatures;
import dev.talksbot.answer.SelectorModel;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.eval.RetrievalSettings;
import dev.talksbot.eval.Squad2Run;
import java.io.IOException;
import java.io.PrintWriter;
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
 * Learns the answer selector from labelled questions: every candidate sentence the product
 * retrieves for a question is an example, labelled 1 when it contains a gold answer (none does for
 * an unanswerable question). A logistic model is fitted on the examples ({@link SelectorFit}), and
 * the refusal threshold on the best sentence's probability is calibrated on the same questions for
 * the stated target ({@link Calibration}).
 */
public final class AnswererTraining {
  /** Bumped whenever the features, the labels or the training data change. */
  static final int MODEL_VERSION = 5;

  private final TrainingQuestions source;

  /** The same questions asked as the feature check asks them ({@link FeatureCheck#lexical}). */
  private final TrainingQuestions checkSource;

  private final PrintWriter log;
  private boolean withTrees;
  private Set<Squad2Run.Removed> negatives = TrainingQuestions.NEGATIVES;

  /** Which variants of the SQuAD questions asked without part of their coverage to train on. */
  public AnswererTraining withNegatives(Set<Squad2Run.Removed> which) {
    this.negatives = Set.copyOf(which);
    return this;
  }

  /** Also let cross-validation choose boosted trees for the answerability model. */
  public AnswererTraining withTrees(boolean on) {
    this.withTrees = on;
    return this;
  }

  public AnswererTraining(
      TalksbotConfig config,
      RetrievalSettings settings,
      Path dataDir,
      Path cacheDir,
      PrintWriter log) {
    this.source = new TrainingQuestions(config, settings, dataDir, cacheDir, log);
    this.checkSource =
        new TrainingQuestions(
            FeatureCheck.lexical(config), FeatureCheck.lexical(settings), dataDir, cacheDir, log);
    this.log = log;
  }

  /**
   * The labelled sentences of one question, kept in one canonical order (by their features, then
   * label): the order candidates arrive in can change between runs (retrieval over an index built
   * afresh), and the stochastic fit visits examples in data order, so without it two runs on the
   * same sentences would not write the same model.
   */
  record Question(
      String id, boolean news, boolean answerable, List<double[]> vectors, List<Boolean> labels) {
    Question {
      if (vectors.size() != labels.size())
        throw new IllegalArgumentException("one label per sentence");
      Integer[] order = new Integer[vectors.size()];
      for (int i = 0; i < order.length; i++) order[i] = i;
      List<double[]> vs = vectors;
      List<Boolean> ls = labels;
      java.util.Arrays.sort(
          order,
          (a, b) -> {
            int c = java.util.Arrays.compare(vs.get(a), vs.get(b));
            return c != 0 ? c : Boolean.compare(ls.get(a), ls.get(b));
          });
      List<double[]> sortedVectors = new ArrayList<>(order.length);
      List<Boolean> sortedLabels = new ArrayList<>(order.length);
      for (int i : order) {
        sortedVectors.add(vectors.get(i));
        sortedLabels.add(labels.get(i));
      }
      vectors = List.copyOf(sortedVectors);
      labels = List.copyOf(sortedLabels);
    }
  }

  public record Result(SelectorModel model, Calibration.Point point, int questions, int sentences) {
    public String summary() {
      return String.format(
          Locale.ROOT,
          "fitted on %d questions (%d sentences); threshold %.3f: answer-or-abstain %.4f,"
              + " answered %.1f %%, top sentence holds gold on %.1f %% of answerable",
          questions,
          sentences,
          model.threshold(),
          point.accuracy(),
          100 * point.answeredShare(),
          100 * point.goldWhenAnswerable());
    }
  }

  public Result train(int limit, int corpusSample, Path dump, Path out) throws IOException {
    List<Question> questions = new ArrayList<>(source.squad(limit, corpusSample, negatives));
    List<Question> news = source.news();
    int weight = TrainingQuestions.newsWeight(questions.size(), news.size());
    log.printf(Locale.ROOT, "news dev questions count %d times each%n", weight);
    for (int i = 0; i < weight; i++) questions.addAll(news);
    if (dump != null) FeatureDump.write(questions, dump);
    // the full fit records its features on the slice the training test computes
    return fit(questions, out, limit == 0 ? featureCheck() : null);
  }

  /**
   * Records in a model file the features today's code computes on the check's slice ({@link
   * FeatureCheck}), its weights untouched: after the model's held-out figures were measured with
   * them (docs/evaluation.md says when to).
   */
  public void recordFeatureCheck(Path model) throws IOException {
    SelectorModel m = SelectorModel.fromJson(Files.readString(model));
    Map<String, String> about = new TreeMap<>(m.about());
    about.put(FeatureCheck.KEY, featureCheck());
    about.put(FeatureCheck.SOURCE_KEY, FeatureCheck.RECORDED);
    Files.writeString(
        model, m.withThreshold(m.threshold(), about).toJson(), StandardCharsets.UTF_8);
    log.printf(Locale.ROOT, "recorded the feature check in %s%n", model);
  }

  /** The check's slice asked with BM25 retrieval alone ({@link FeatureCheck#lexical}), summed. */
  private String featureCheck() throws IOException {
    log.printf(
        Locale.ROOT,
        "feature check: %d questions over their paragraphs and %d others, and the news dev set"
            + " (BM25 retrieval)%n",
        FeatureCheck.QUESTIONS,
        FeatureCheck.CORPUS_SAMPLE);
    List<Question> slice =
        new ArrayList<>(
            checkSource.squad(FeatureCheck.QUESTIONS, FeatureCheck.CORPUS_SAMPLE, negatives));
    slice.addAll(checkSource.news());
    return FeatureCheck.format(FeatureCheck.sums(slice));
  }

  /**
   * Refits from the labelled sentences a previous run dumped (no retrieval, seconds); such a model
   * records no {@link FeatureCheck}, so it is for analysis, not for bundling.
   */
  public Result trainFromDump(Path dump, Path out) throws IOException {
    return fit(TrainingQuestions.keepNegatives(FeatureDump.read(dump), negatives), out, null);
  }

  private Result fit(List<Question> questions, Path out, String featureCheck) throws IOException {
    int sentences = questions.stream().mapToInt(q -> q.labels().size()).sum();
    // stage 1: which sentence holds the answer, learned on the questions that have one
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (Question q : questions) {
      if (!q.answerable()) continue;
      x.addAll(q.vectors());
      y.addAll(q.labels());
    }
    log.printf(Locale.ROOT, "fitting the sentence model on %d sentences%n", x.size());
    ProbabilityModel sentence = SelectorFit.fit(SelectorFeatures.NAMES, x, y);
    // stage 2: whether answering with the best sentence is right, learned on every question
    List<Ranked> ranked = questions.stream().map(q -> Ranked.of(q, sentence)).toList();
    List<double[]> qx = ranked.stream().map(Ranked::features).toList();
    List<Boolean> qy = ranked.stream().map(Ranked::right).toList();
    List<String> ids = questions.stream().map(Question::id).toList();
    List<Boolean> fromNews = questions.stream().map(Question::news).toList();
    log.printf(
        Locale.ROOT,
        "choosing the answerability model on %d questions by %d-fold cross-validation%n",
        qx.size(),
        CrossValidation.FOLDS);
    CrossValidation.Report chosen = null;
    StageTwo how = null;
    for (StageTwo candidate : StageTwo.candidates(withTrees)) {
      CrossValidation.Report r =
          CrossValidation.run(candidate, AnswerabilityFeatures.NAMES, ids, fromNews, ranked);
      log.println(r.line());
      if (chosen == null || r.best().accuracy() > chosen.best().accuracy()) {
        chosen = r;
        how = candidate;
      }
    }
    log.printf(
        Locale.ROOT, "fitting the answerability model (%s) on every question%n", how.label());
    ProbabilityModel answerability =
        how.fit(
            AnswerabilityFeatures.NAMES,
            qx,
            qy,
            ids.stream().map(TrainingQuestions::removed).toList());
    // the threshold comes from the held-out probabilities: in-sample ones flatter a flexible model
    Calibration.Point best = chosen.choice().chosen();
    Map<String, String> about = new TreeMap<>();
    about.put(
        "trained_on",
        "SQuAD 2.0 dev tune split (articles at even positions by title) and the news dev split"
            + " (repeated so that the two sources weigh the same)");
    about.put("examples", questions.size() + " questions, " + sentences + " sentences");
    about.put("label", "sentence contains a gold answer (SQuAD normalisation / news answer words)");
    about.put("calibration_target", Calibration.TARGET);
    about.put(
        "answerability_model",
        how.label() + ", chosen by " + CrossValidation.FOLDS + "-fold cross-validation");
    about.put("cv_answer_or_abstain", String.format(Locale.ROOT, "%.4f", best.accuracy()));
    about.put(
        "cv_best_threshold",
        String.format(
            Locale.ROOT,
            "%.3f (answer-or-abstain %.4f, standard error %.4f)",
            chosen.best().threshold(),
            chosen.best().accuracy(),
            chosen.choice().standardError()));
    about.put("cv_squad_answer_or_abstain", String.format(Locale.ROOT, "%.4f", chosen.squad()));
    about.put("cv_news_answer_or_abstain", String.format(Locale.ROOT, "%.4f", chosen.news()));
    about.put(
        "sentence_model",
        String.format(
            Locale.ROOT, "logistic, exact L2 optimum (Newton, lambda %s)", SelectorFit.L2));
    about.put("cv_auc", String.format(Locale.ROOT, "%.4f", chosen.auc()));
    about.put("cv_answered_share", String.format(Locale.ROOT, "%.4f", best.answeredShare()));
    about.put("command", "./talksbot train answerer");
    if (featureCheck != null) {
      about.put(FeatureCheck.KEY, featureCheck);
      about.put(FeatureCheck.SOURCE_KEY, FeatureCheck.FITTED);
    }
    SelectorModel model =
        new SelectorModel(MODEL_VERSION, sentence, answerability, best.threshold(), about);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, model.toJson(), StandardCharsets.UTF_8);
    log.printf(Locale.ROOT, "wrote %s%n", out);
    return new Result(model, best, questions.size(), sentences);
  }

  /** A question's sentences ranked by the fitted sentence model, and its question features. */
  record Ranked(boolean answerable, boolean bestHoldsGold, double[] features) {
    boolean right() {
      return answerable && bestHoldsGold;
    }

    static Ranked of(Question q, ProbabilityModel sentence) {
      int n = q.vectors().size();
      Integer[] order = new Integer[n];
      double[] p = new double[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
        p[i] = sentence.probability(q.vectors().get(i));
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
      double[] sorted = new double[n];
      List<double[]> vectors = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        sorted[i] = p[order[i]];
        vectors.add(q.vectors().get(order[i]));
      }
      return new Ranked(
          q.answerable(),
          n > 0 && q.labels().get(order[0]),
          AnswerabilityFeatures.of(sorted, vectors.isEmpty() ? null : vectors.getFirst()));
    }
  }
}
