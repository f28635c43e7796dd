package dev.talksbot.eval.train;

import dev.talksbot.answer.LinearModel;
import java.util.List;

/**
 * Fits one logistic model: features standardised (training mean and standard deviation), then an
 * L2-regularised logistic regression by full-batch gradient descent (deterministic: the same data
 * give the same weights).
 */
final class SelectorFit {
  private SelectorFit() {}

  /** L2 penalty on the standardised weights. */
  static final double L2 = 1e-3;

  /** Full-batch gradient steps. */
  static final int EPOCHS = 500;

  /** Step size of the gradient descent (standardised features). */
  static final double LEARNING_RATE = 0.5;

  static LinearModel fit(List<String> names, List<double[]> x, List<Boolean> y) {
    if (x.size() != y.size() || x.isEmpty())
      throw new IllegalArgumentException("one label per example, and at least one example");
    int n = names.size();
    int m = x.size();
    double[] mean = new double[n];
    double[] scale = new double[n];
    for (double[] r : x) for (int j = 0; j < n; j++) mean[j] += r[j] / m;
    for (double[] r : x) for (int j = 0; j < n; j++) scale[j] += Math.pow(r[j] - mean[j], 2) / m;
    for (int j = 0; j < n; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    double[][] z = new double[m][n];
    for (int i = 0; i < m; i++)
      for (int j = 0; j < n; j++) z[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
    double[] w = new double[n];
    double b = 0;
    for (int e = 0; e < EPOCHS; e++) {
      double[] g = new double[n];
      double gb = 0;
      for (int i = 0; i < m; i++) {
        double s = b;
        for (int j = 0; j < n; j++) s += w[j] * z[i][j];
        double err = 1 / (1 + Math.exp(-s)) - (y.get(i) ? 1 : 0);
        for (int j = 0; j < n; j++) g[j] += err * z[i][j] / m;
        gb += err / m;
      }
      for (int j = 0; j < n; j++) w[j] -= LEARNING_RATE * (g[j] + L2 * w[j]);
      b -= LEARNING_RATE * gb;
    }
    return new LinearModel(names, mean, scale, w, b);
  }
}
