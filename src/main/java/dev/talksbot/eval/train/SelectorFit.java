package dev.talksbot.eval.train;

import dev.talksbot.answer.LinearModel;
import java.util.List;

/**
 * Fits one logistic model of the selector with {@link LogisticFit} — the exact optimum of the mean
 * log loss with a light L2 penalty, by Newton's method ({@link L2Newton}), on standardised features
 * — and turns the result into the runtime's {@link LinearModel}.
 *
 * <p>Until session 5 this was Tribuo's stochastic gradient descent (AdaGrad, 40 epochs, no
 * penalty): its weights depended on the order it met the examples in, enough to move the calibrated
 * threshold from 0.35 to 0.49 when the same sentences arrived in another order, so {@code
 * ./talksbot train answerer} could not promise to reproduce its model. The exact optimum depends on
 * the data alone.
 */
final class SelectorFit {
  private SelectorFit() {}

  /**
   * The L2 penalty λ of {@code mean log loss + λ/2 ‖w‖²} on standardised weights: small enough to
   * leave the fit to the data (hundreds of thousands of sentences), large enough to keep the
   * optimum unique and finite when features are collinear (coverage and its gap to the best).
   * Chosen on the news dev split among 1e-4, 1e-3, 1e-2 and 1e-1 (news dev 51, 48, 47 of 65 right;
   * held-out SQuAD tune folds preferred 1e-2 — the product answers news; see docs/evaluation.md,
   * session 5).
   */
  static final double L2 = 1e-4;

  static LinearModel fit(List<String> names, List<double[]> x, List<Boolean> y) {
    if (x.size() != y.size() || x.isEmpty())
      throw new IllegalArgumentException("one label per example, and at least one example");
    double[][] xs = x.toArray(new double[0][]);
    int[] ys = new int[y.size()];
    for (int i = 0; i < ys.length; i++) ys[i] = y.get(i) ? 1 : 0;
    LinearWeights w = LogisticFit.fit(names, xs, ys, L2);
    return new LinearModel(w.names(), w.means(), w.scales(), w.weights(), w.bias());
  }
}
