package dev.talksbot.eval.train;

import dev.talksbot.answer.LinearModel;
import java.util.List;

/**
 * Fits one logistic model of the selector with {@link LogisticFit} (Tribuo's logistic regression,
 * features standardised inside the fit, a fixed seed: the same data give the same weights) and
 * turns the result into the runtime's {@link LinearModel}.
 */
final class SelectorFit {
  private SelectorFit() {}

  /** Tribuo reports every epoch through java.util.logging at INFO; kept referenced, so quiet. */
  private static final java.util.logging.Logger TRIBUO_JUL =
      java.util.logging.Logger.getLogger("org.tribuo");

  static {
    TRIBUO_JUL.setLevel(java.util.logging.Level.WARNING);
  }

  /** Passes of stochastic gradient descent over the examples. */
  static final int EPOCHS = 40;

  /** AdaGrad's initial learning rate. */
  static final double LEARNING_RATE = 0.1;

  /** Seed of the example order, fixed for reproducible weights. */
  static final long SEED = 42;

  static LinearModel fit(List<String> names, List<double[]> x, List<Boolean> y) {
    if (x.size() != y.size() || x.isEmpty())
      throw new IllegalArgumentException("one label per example, and at least one example");
    double[][] xs = x.toArray(new double[0][]);
    int[] ys = new int[y.size()];
    for (int i = 0; i < ys.length; i++) ys[i] = y.get(i) ? 1 : 0;
    // l2 = 0 selects Tribuo's trainer (LogisticFit explains why its L2 path is not used)
    LinearWeights w =
        LogisticFit.fit(names, xs, ys, new LogisticFit.Options(EPOCHS, LEARNING_RATE, 0, SEED));
    return new LinearModel(w.names(), w.means(), w.scales(), w.weights(), w.bias());
  }
}
