package dev.talksbot.eval.train;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Fits a binary logistic regression {@code P(y = 1 | x)} on standardised features and returns the
 * weights as a plain {@link LinearWeights} value, so the runtime needs no training library: the
 * exact optimum of {@code mean log loss + λ/2 ‖w‖²} by Newton's method ({@link L2Newton}).
 *
 * <p>The exact optimum depends on the data alone, not on the order the examples come in. Until
 * session 5 the selector was fitted with Tribuo's stochastic {@code LinearSGDTrainer} (AdaGrad, a
 * fixed number of epochs, no penalty), whose weights depended on that order enough to move the
 * calibrated threshold from 0.35 to 0.49 (docs/evaluation.md). Tribuo's L2 optimisers were no
 * alternative: in 4.3.2 {@code AdaGradRDA} never advances the iteration count its penalties are
 * multiplied by on a linear model, and {@code Pegasos.copy()} swaps its two arguments.
 *
 * <p>A feature that is constant (standard deviation 0) gets scale 1 and, with the penalty, weight
 * 0.
 */
public final class LogisticFit {

  /** Standard deviations below this count as a constant feature (scale 1). */
  private static final double MIN_SCALE = 1e-12;

  private LogisticFit() {}

  /**
   * Fits {@code P(y = 1 | x)}.
   *
   * @param featureNames one distinct name per column of {@code x}
   * @param x one row of raw feature values per example
   * @param y the label of each example, 0 or 1; both must occur
   * @param l2 the penalty λ (> 0: it keeps the optimum unique and finite on separable data)
   */
  public static LinearWeights fit(List<String> featureNames, double[][] x, int[] y, double l2) {
    if (!(l2 > 0) || !Double.isFinite(l2)) {
      throw new IllegalArgumentException("l2 must be > 0, got " + l2);
    }
    validate(featureNames, x, y);
    LinearWeights scaling = scaling(featureNames, x);
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      z[i] = standardise(scaling, x[i]);
    }
    double[] beta = L2Newton.fit(z, y, l2);
    int d = featureNames.size();
    return new LinearWeights(
        featureNames, Arrays.copyOf(beta, d), beta[d], scaling.means(), scaling.scales());
  }

  /** Means and standard deviations of the columns (weights all 0). */
  private static LinearWeights scaling(List<String> featureNames, double[][] x) {
    int d = featureNames.size();
    double[] means = new double[d];
    double[] scales = new double[d];
    for (int j = 0; j < d; j++) {
      double sum = 0;
      for (double[] row : x) {
        sum += row[j];
      }
      means[j] = sum / x.length;
      double sq = 0;
      for (double[] row : x) {
        sq += (row[j] - means[j]) * (row[j] - means[j]);
      }
      double sd = Math.sqrt(sq / x.length);
      scales[j] = sd < MIN_SCALE ? 1.0 : sd;
    }
    return new LinearWeights(featureNames, new double[d], 0, means, scales);
  }

  private static double[] standardise(LinearWeights w, double[] raw) {
    double[] means = w.means();
    double[] scales = w.scales();
    double[] values = new double[raw.length];
    for (int j = 0; j < raw.length; j++) {
      values[j] = (raw[j] - means[j]) / scales[j];
    }
    return values;
  }

  private static void validate(List<String> names, double[][] x, int[] y) {
    Objects.requireNonNull(names, "feature names");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("at least one feature is needed");
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("feature names must be distinct: " + names);
    }
    if (x.length != y.length) {
      throw new IllegalArgumentException(x.length + " rows of x but " + y.length + " labels");
    }
    boolean[] seen = new boolean[2];
    for (int i = 0; i < x.length; i++) {
      if (x[i] == null || x[i].length != names.size()) {
        throw new IllegalArgumentException(
            "row " + i + " must have " + names.size() + " values (one per feature name)");
      }
      for (double v : x[i]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("row " + i + " has a value that is not finite");
        }
      }
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("label " + i + " must be 0 or 1, got " + y[i]);
      }
      seen[y[i]] = true;
    }
    if (!seen[0] || !seen[1]) {
      throw new IllegalArgumentException("both labels 0 and 1 must occur to fit a classifier");
    }
  }
}
