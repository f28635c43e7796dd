package dev.talksbot.eval.train;

import dev.talksbot.answer.ProbabilityModel;
import dev.talksbot.eval.Squad2Run.Removed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Grouped k-fold cross-validation of the answerability model on the training questions: every
 * question is held out once and scored by a model fitted on the other folds. A question and its
 * copies (news questions are repeated to weigh as much as SQuAD) always fall in the same fold, so a
 * held-out question was never seen. The out-of-fold probabilities choose the model and calibrate
 * the refusal threshold.
 *
 * <p>The sentence model behind the question features is the one fitted on every training question
 * (refitting it per fold would multiply the training time by the number of folds; with 29 weights
 * fitted on some 200,000 sentences, what it learns of one question is negligible).
 */
final class CrossValidation {
  private CrossValidation() {}

  /** Folds (each question is held out once). */
  static final int FOLDS = 5;

  /**
   * The figures of one candidate on the held-out questions.
   *
   * @param probabilities the out-of-fold probability of each question, aligned with the input
   * @param best the threshold that maximises answer-or-abstain accuracy on them (all but those
   *     asked without their paragraph), and its figures
   * @param choice the threshold {@link Calibration#TARGET} names (at or below {@code best})
   * @param auc the area under the ROC curve of the probabilities for "answering is right"
   * @param squad answer-or-abstain accuracy at the chosen threshold on the SQuAD questions alone
   *     (asked in full)
   * @param news the same on the (distinct) news questions alone
   * @param withoutCoverage the same on the SQuAD questions asked without their article
   */
  record Report(
      String label,
      double[] probabilities,
      Calibration.Point best,
      Calibration.Choice choice,
      double auc,
      double squad,
      double news,
      double withoutCoverage) {
    String line() {
      return String.format(
          Locale.ROOT,
          "%-40s held-out answer-or-abstain: best %.4f at %.3f (standard error %.4f), AUC %.4f;"
              + " chosen %.3f: %.4f (squad %.4f, news %.4f, squad asked without its article %.4f)",
          label,
          best.accuracy(),
          best.threshold(),
          choice.standardError(),
          auc,
          choice.chosen().threshold(),
          choice.chosen().accuracy(),
          squad,
          news,
          withoutCoverage);
    }
  }

  /** The fold of a question: its id without the copy suffix, hashed. */
  static int fold(String id) {
    return Math.floorMod(base(id).hashCode(), FOLDS);
  }

  /**
   * A question's id without the copy suffix ("@k") and without the mark of a question asked without
   * part of its coverage ({@link TrainingQuestions.REMOVED_MARK}): every variant of a question
   * falls in one fold.
   */
  static String base(String id) {
    String b = withoutCopy(id);
    int mark = b.indexOf(TrainingQuestions.REMOVED_MARK);
    return mark < 0 ? b : b.substring(0, mark);
  }

  /** A question's id without the copy suffix ("@k"). */
  static String withoutCopy(String id) {
    int at = id.lastIndexOf('@');
    return at < 0 ? id : id.substring(0, at);
  }

  /**
   * @param names the question features' names
   * @param ids each question's id (a copy may carry an "@k" suffix)
   * @param news whether each question comes from the news set
   */
  static Report run(
      StageTwo how,
      List<String> names,
      List<String> ids,
      List<Boolean> news,
      List<AnswererTraining.Ranked> questions) {
    int n = questions.size();
    double[] p = new double[n];
    int[] folds = ids.stream().mapToInt(CrossValidation::fold).toArray();
    List<Removed> kinds = ids.stream().map(TrainingQuestions::removed).toList();
    for (int f = 0; f < FOLDS; f++) {
      List<double[]> x = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      List<Removed> removed = new ArrayList<>();
      for (int i = 0; i < n; i++)
        if (folds[i] != f) {
          x.add(questions.get(i).features());
          y.add(questions.get(i).right());
          removed.add(kinds.get(i));
        }
      ProbabilityModel m = how.fit(names, x, y, removed);
      for (int i = 0; i < n; i++)
        if (folds[i] == f) p[i] = m.probability(questions.get(i).features());
    }
    // the threshold is chosen on the questions as the bot meets them: on its subject (as written)
    // and off it (asked without their article); one asked without its own paragraph only teaches
    // the gated model's gate, and thousands of such negatives would tilt the threshold to refusing
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) if (kinds.get(i) != Removed.PARAGRAPH) kept.add(i);
    double[] pk = kept.stream().mapToDouble(i -> p[i]).toArray();
    List<AnswererTraining.Ranked> qk = kept.stream().map(questions::get).toList();
    List<String> idk = kept.stream().map(ids::get).toList();
    Calibration.Choice choice = Calibration.choose(pk, qk, idk);
    Calibration.Point best = choice.best();
    return new Report(
        how.label(),
        p,
        best,
        choice,
        auc(pk, qk),
        accuracy(p, questions, i -> !news.get(i) && kinds.get(i) == Removed.NOTHING, choice),
        accuracy(p, questions, news::get, choice),
        accuracy(p, questions, i -> kinds.get(i) == Removed.ARTICLE, choice));
  }

  private static double accuracy(
      double[] p,
      List<AnswererTraining.Ranked> qs,
      java.util.function.IntPredicate which,
      Calibration.Choice choice) {
    double threshold = choice.chosen().threshold();
    int right = 0, count = 0;
    for (int i = 0; i < p.length; i++) {
      if (!which.test(i)) continue;
      count++;
      boolean answers = p[i] >= threshold;
      if (answers ? qs.get(i).right() : !qs.get(i).answerable()) right++;
    }
    return count == 0 ? 0 : (double) right / count;
  }

  /** The probability that a random right question scores above a random wrong one (ties: 1/2). */
  static double auc(double[] p, List<AnswererTraining.Ranked> qs) {
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    double rankSum = 0;
    long pos = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j < order.length && p[order[j]] == p[order[i]]) j++;
      double midRank = (i + j + 1) / 2.0; // ranks i+1..j averaged
      for (int k = i; k < j; k++)
        if (qs.get(order[k]).right()) {
          rankSum += midRank;
          pos++;
        }
      i = j;
    }
    long neg = p.length - pos;
    if (pos == 0 || neg == 0) return 0.5;
    return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }
}
