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
      "the threshold on the answerability probability that maximises answer-or-abstain accuracy"
          + " on the training questions, each scored by a model fitted without it (5-fold"
          + " cross-validation; answerable: answered with a best sentence holding gold;"
          + " unanswerable: refused)";

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
      double t = (double) step / STEPS;
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
      Point pt =
          new Point(
              t,
              (double) right / n,
              (double) answered / n,
              (double) goldAns / Math.max(1, answerable));
      if (best == null || pt.accuracy() > best.accuracy()) best = pt;
    }
    return best;
  }
}
