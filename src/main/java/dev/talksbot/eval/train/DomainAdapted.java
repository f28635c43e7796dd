package dev.talksbot.eval.train;

import dev.talksbot.answer.LinearModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Logistic answerability fitted on both sources at once with a copy of every feature that is
 * non-zero on news questions only, plus a news intercept (Daumé's "frustratingly easy" feature
 * augmentation): the shared weights are learned from all questions, and the news copies learn how
 * news questions differ, pulled toward zero by the same L2 penalty where the few news questions do
 * not support a difference. SQuAD 2.0's unanswerable questions copy their paragraph's words, so on
 * SQuAD a sentence that covers every question word is a warning sign; on news it is not.
 *
 * <p>The fit is folded back into two plain {@link LinearModel}s over the usual features: one for
 * SQuAD questions (scoring them in cross-validation) and one for news, which the bot runs.
 */
final class DomainAdapted {
  private DomainAdapted() {}

  /** The model for each source. */
  record Pair(LinearModel squad, LinearModel news) {}

  /** Prefix of a news copy's feature name. */
  static final String NEWS_PREFIX = "news:";

  /** The news intercept's name. */
  static final String NEWS_BIAS = "news";

  static Pair fit(List<String> names, List<double[]> x, List<Boolean> y, List<Boolean> news) {
    int n = names.size();
    List<String> augmentedNames = new ArrayList<>(names);
    for (String name : names) augmentedNames.add(NEWS_PREFIX + name);
    augmentedNames.add(NEWS_BIAS);
    List<double[]> augmented = new ArrayList<>(x.size());
    for (int i = 0; i < x.size(); i++) {
      double[] a = new double[2 * n + 1];
      System.arraycopy(x.get(i), 0, a, 0, n);
      if (news.get(i)) {
        System.arraycopy(x.get(i), 0, a, n, n);
        a[2 * n] = 1;
      }
      augmented.add(a);
    }
    double l2 = Double.parseDouble(System.getProperty("talksbot.adapt.l2", "1e-4"));
    double[][] xs = augmented.toArray(new double[0][]);
    int[] ys = new int[y.size()];
    for (int i = 0; i < ys.length; i++) ys[i] = y.get(i) ? 1 : 0;
    LinearWeights w = LogisticFit.fit(augmentedNames, xs, ys, l2);
    return fold(new LinearModel(w.names(), w.means(), w.scales(), w.weights(), w.bias()), names);
  }

  /**
   * The augmented model as two models over the original features. With standardised weights w
   * (shared, means m, scales s) and v (news copies, m', s'), and u for the news intercept (m'',
   * s''), a news question's score is b + Σ v(m − m')/s' + u(1 − m'')/s'' + Σ (w + v·s/s')(x − m)/s,
   * and a SQuAD question's b − Σ v·m'/s' − u·m''/s'' + Σ w(x − m)/s.
   */
  static Pair fold(LinearModel m, List<String> names) {
    int n = names.size();
    double[] means = new double[n];
    double[] scales = new double[n];
    double[] shared = new double[n];
    double[] news = new double[n];
    double squadBias = m.bias();
    double newsBias = m.bias();
    for (int i = 0; i < n; i++) {
      means[i] = m.means()[i];
      scales[i] = m.scales()[i];
      shared[i] = m.weights()[i];
      double v = m.weights()[n + i];
      double mc = m.means()[n + i];
      double sc = m.scales()[n + i];
      news[i] = shared[i] + v * scales[i] / sc;
      squadBias -= v * mc / sc;
      newsBias += v * (means[i] - mc) / sc;
    }
    double u = m.weights()[2 * n];
    squadBias -= u * m.means()[2 * n] / m.scales()[2 * n];
    newsBias += u * (1 - m.means()[2 * n]) / m.scales()[2 * n];
    return new Pair(
        new LinearModel(names, means, scales, shared, squadBias),
        new LinearModel(names, means.clone(), scales.clone(), news, newsBias));
  }
}
