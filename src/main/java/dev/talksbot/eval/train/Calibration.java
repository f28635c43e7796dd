package dev.talksbot.eval.train;

import dev.talksbot.answer.SelectorModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The refusal threshold: the bot answers when its best sentence's probability reaches it. Chosen on
 * the training questions for {@link #TARGET}.
 */
final class Calibration {
  private Calibration() {}

  static final String TARGET =
      "the threshold on the best sentence's probability that maximises answer-or-abstain accuracy"
          + " on the training questions (answerable: answered with a sentence holding gold;"
          + " unanswerable: refused)";

  /** One threshold and what it gives on the training questions. */
  record Point(
      double threshold, double accuracy, double answeredShare, double goldWhenAnswerable) {}

  static Point best(SelectorModel model, List<AnswererTraining.Question> questions) {
    List<double[]> q = new ArrayList<>(); // {best p, answerable, best holds gold}
    for (AnswererTraining.Question x : questions) {
      double best = -1;
      boolean gold = false;
      for (int i = 0; i < x.vectors().size(); i++) {
        double p = model.probability(x.vectors().get(i));
        if (p > best) {
          best = p;
          gold = x.labels().get(i);
        }
      }
      q.add(new double[] {Math.max(0, best), x.answerable() ? 1 : 0, gold ? 1 : 0});
    }
    Point best = null;
    for (int step = 0; step <= 1000; step++) {
      double t = step / 1000.0;
      int right = 0, answered = 0, goldAns = 0, answerable = 0;
      for (double[] r : q) {
        boolean answers = r[0] >= t;
        if (answers) answered++;
        if (r[1] == 1) {
          answerable++;
          if (answers && r[2] == 1) {
            right++;
            goldAns++;
          }
        } else if (!answers) right++;
      }
      int n = Math.max(1, q.size());
      Point p =
          new Point(
              t,
              (double) right / n,
              (double) answered / n,
              (double) goldAns / Math.max(1, answerable));
      if (best == null || p.accuracy() > best.accuracy()) best = p;
    }
    return best;
  }
}
