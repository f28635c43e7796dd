package dev.talksbot.eval.train;

import dev.talksbot.answer.SelectorModel;
import java.util.List;
import java.util.Map;

/**
 * Fits the selector's logistic model: features standardised (training mean and standard deviation),
 * then an L2-regularised logistic regression.
 */
final class SelectorFit {
  private SelectorFit() {}

  /** L2 penalty on the standardised weights. */
  static final double L2 = 1e-3;

  /** Full-batch gradient steps. */
  static final int EPOCHS = 400;

  /** Step size of the full-batch gradient descent (standardised features). */
  static final double LEARNING_RATE = 0.5;

  /** A model that scores every sentence 0.5 (used while collecting features to learn from). */
  static SelectorModel untrained(List<String> names) {
    int n = names.size();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return new SelectorModel(0, names, new double[n], ones, new double[n], 0, 0.5, Map.of());
  }

  static SelectorModel fit(List<String> names, List<double[]> x, List<Boolean> y, int version) {
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
    return new SelectorModel(version, names, mean, scale, w, b, 0.5, Map.of());
  }
}
