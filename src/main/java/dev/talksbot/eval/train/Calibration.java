package dev.talksbot.eval.train;

import dev.talksbot.answer.ProbabilityModel;
import java.util.List;

/**
 * The refusal threshold: the bot answers when the answerability model's probability reaches it.
 * Chosen on the training questions for {@link #TARGET}.
 */
final class Calibration {
  private Calibration() {}

  static final String TARGET =
      "the lowest threshold on the answerability probability whose answer-or-abstain accuracy is"
          + " within one standard error of the best threshold's, on the training questions, each"
          + " scored by a model fitted without it (5-fold cross-validation; answerable: answered"
          + " with a best sentence holding gold; unanswerable: refused)";

  /** Thresholds tried, evenly spaced over 0..1. */
  static final int STEPS = 1000;

  /** One threshold and what it gives on the training questions. */
  record Point(
      double threshold, double accuracy, double answeredShare, double goldWhenAnswerable) {}

  static Point best(ProbabilityModel answerability, List<AnswererTraining.Ranked> questions) {
    double[] p = new double[questions.size()];
    for (int i = 0; i < p.length; i++)
      p[i] = answerability.probability(questions.get(i).features());
    return best(p, questions);
  }

  /** The best threshold for the given probabilities (one per question, aligned). */
  static Point best(double[] p, List<AnswererTraining.Ranked> questions) {
    if (p.length != questions.size())
      throw new IllegalArgumentException("one probability per question");
    Point best = null;
    for (int step = 0; step <= STEPS; step++) {
      Point pt = at(p, questions, (double) step / STEPS);
      if (best == null || pt.accuracy() > best.accuracy()) best = pt;
    }
    return best;
  }

  /**
   * The threshold {@link #TARGET} names: the held-out accuracy curve is flat near its peak (a band
   * of thresholds whose accuracies differ by less than their sampling error), and within that band
   * the bot answers as much as it can — the one-standard-error rule, turned toward answering, since
   * a refused answerable question is the costlier miss for a reader who asked. The standard error
   * is that of the weighted accuracy at the best threshold over distinct questions (a news question
   * and its copies are one question of weight = copies).
   *
   * @param ids each question's id; copies share the id before their "@" suffix
   */
  static Choice choose(double[] p, List<AnswererTraining.Ranked> questions, List<String> ids) {
    Point best = best(p, questions);
    double se = standardError(p, questions, ids, best.threshold(), best.accuracy());
    Point chosen = best;
    for (int step = 0; step <= STEPS; step++) {
      double t = (double) step / STEPS;
      if (t >= best.threshold()) break;
      Point pt = at(p, questions, t);
      if (pt.accuracy() >= best.accuracy() - se) {
        chosen = pt;
        break;
      }
    }
    return new Choice(chosen, best, se);
  }

  /** The chosen point, the best one, and the standard error of the best one's accuracy. */
  record Choice(Point chosen, Point best, double standardError) {}

  private static Point at(double[] p, List<AnswererTraining.Ranked> questions, double t) {
    int right = 0, answered = 0, goldAns = 0, answerable = 0;
    for (int i = 0; i < p.length; i++) {
      AnswererTraining.Ranked q = questions.get(i);
      boolean answers = p[i] >= t;
      if (answers) answered++;
      if (q.answerable()) {
        answerable++;
        if (answers && q.bestHoldsGold()) {
          right++;
          goldAns++;
        }
      } else if (!answers) right++;
    }
    int n = Math.max(1, p.length);
    return new Point(
        t, (double) right / n, (double) answered / n, (double) goldAns / Math.max(1, answerable));
  }

  static double standardError(
      double[] p,
      List<AnswererTraining.Ranked> questions,
      List<String> ids,
      double threshold,
      double accuracy) {
    java.util.Map<String, double[]> groups = new java.util.LinkedHashMap<>(); // weight, right
    for (int i = 0; i < p.length; i++) {
      AnswererTraining.Ranked q = questions.get(i);
      boolean answers = p[i] >= threshold;
      boolean right = answers ? q.right() : !q.answerable();
      double[] g = groups.computeIfAbsent(CrossValidation.base(ids.get(i)), k -> new double[2]);
      g[0]++;
      if (right) g[1]++;
    }
    double sq = 0, total = 0;
    for (double[] g : groups.values()) {
      double r = g[1] / g[0];
      sq += g[0] * g[0] * (r - accuracy) * (r - accuracy);
      total += g[0];
    }
    return total == 0 ? 0 : Math.sqrt(sq) / total;
  }
}
