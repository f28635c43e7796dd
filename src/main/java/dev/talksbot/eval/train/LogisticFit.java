package dev.talksbot.eval.train;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits a binary logistic regression {@code P(y = 1 | x)} on standardised features and returns the
 * weights as a plain {@link LinearWeights} value, so the runtime needs no training library.
 *
 * <ul>
 *   <li>{@code l2 > 0} (the usual case): the exact optimum of {@code mean log loss + λ/2 ‖w‖²} by
 *       Newton's method ({@link L2Newton}); {@code epochs}, {@code learningRate} and {@code seed}
 *       are not used.
 *   <li>{@code l2 == 0}: Tribuo's {@link LinearSGDTrainer} with the multinomial logistic loss
 *       ({@link LogMulticlass}) over the labels "0" and "1" and the {@link AdaGrad} optimiser, for
 *       {@code epochs} passes; the finite number of passes keeps separable data finite.
 * </ul>
 *
 * <p>Why not Tribuo with L2: in Tribuo 4.3.2 no SGD optimiser applies an L2 penalty to a linear
 * model correctly. {@code AdaGradRDA} multiplies its L1/L2 terms by an iteration count that its
 * matrix tensor ({@code AdaGradRDAMatrix}, which holds a linear model's weights) never advances, so
 * the penalties do nothing (a fit with λ = 0.05 came out identical to one with λ = 0). {@code
 * Pegasos.copy()} swaps its two arguments (the trainer trains a copy), and its {@code
 * ShrinkingMatrix} projects onto the λ-ball with a squared norm that {@code scaleInPlace} does not
 * update; either order of the arguments gave near-zero weights and 60–90 % accuracy on separable
 * data that plain AdaGrad fits at over 95 %.
 *
 * <p>From Tribuo's model: its weight matrix has one row per label (row = the label's id in the
 * model's output info) and one column per feature id in its feature map plus a last column for the
 * bias. With a softmax over two rows, {@code P(positive) = sigmoid(z₊ − z₋)}, so the weight of a
 * feature is the positive row minus the negative row, and so is the bias. A feature the model never
 * saw (always zero after standardisation, i.e. constant) gets weight 0.
 */
public final class LogisticFit {

  static final String POSITIVE = "1";
  static final String NEGATIVE = "0";

  /** Epsilon of AdaGrad's division by the root of the summed squared gradients. */
  private static final double ADAGRAD_EPSILON = 1e-6;

  /** Standard deviations below this count as a constant feature (scale 1). */
  private static final double MIN_SCALE = 1e-12;

  /** Tribuo's "no progress logging" value. */
  private static final int NO_LOGGING = -1;

  /** One example per gradient step. */
  private static final int MINIBATCH = 1;

  /**
   * @param epochs passes over the data (≥ 1; used when l2 is 0)
   * @param learningRate AdaGrad's initial learning rate (> 0; used when l2 is 0)
   * @param l2 the penalty λ of {@code mean log loss + λ/2 ‖w‖²} (≥ 0; 0 trains with Tribuo)
   * @param seed the seed of Tribuo's shuffling (used when l2 is 0)
   */
  public record Options(int epochs, double learningRate, double l2, long seed) {
    public Options {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
      }
      if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
        throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
      }
      if (!(l2 >= 0) || !Double.isFinite(l2)) {
        throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
      }
    }

    /** 20 epochs, learning rate 0.5, L2 penalty λ = 1e-3 (so Newton), seed 42. */
    public static Options defaults() {
      return new Options(20, 0.5, 1e-3, 42L);
    }
  }

  /** The plain weights and the Tribuo model they came from (for checks). */
  record Fitted(LinearWeights weights, LinearSGDModel model) {}

  private LogisticFit() {}

  /**
   * Fits {@code P(y = 1 | x)}.
   *
   * @param featureNames one distinct name per column of {@code x}
   * @param x one row of raw feature values per example
   * @param y the label of each example, 0 or 1; both must occur
   */
  public static LinearWeights fit(List<String> featureNames, double[][] x, int[] y, Options o) {
    Objects.requireNonNull(o, "options");
    if (o.l2() == 0) {
      return fitModel(featureNames, x, y, o).weights();
    }
    validate(featureNames, x, y);
    LinearWeights scaling = scaling(featureNames, x);
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      z[i] = standardise(scaling, x[i]);
    }
    double[] beta = L2Newton.fit(z, y, o.l2());
    int d = featureNames.size();
    return new LinearWeights(
        featureNames, Arrays.copyOf(beta, d), beta[d], scaling.means(), scaling.scales());
  }

  /** The Tribuo fit (whatever {@code o.l2()}: Tribuo applies none) and its model, for checks. */
  static Fitted fitModel(List<String> featureNames, double[][] x, int[] y, Options o) {
    Objects.requireNonNull(o, "options");
    validate(featureNames, x, y);
    LinearWeights scaling = scaling(featureNames, x);
    LabelFactory labels = new LabelFactory();
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("LogisticFit", labels), labels);
    for (int i = 0; i < x.length; i++) {
      data.add(example(scaling, x[i], y[i] == 1 ? POSITIVE : NEGATIVE));
    }
    AdaGrad optimiser = new AdaGrad(o.learningRate(), ADAGRAD_EPSILON);
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(
            new LogMulticlass(), optimiser, o.epochs(), NO_LOGGING, MINIBATCH, o.seed());
    LinearSGDModel model = trainer.train(data);
    return new Fitted(extract(model, featureNames, scaling.means(), scaling.scales()), model);
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

  /** A Tribuo example of standardised features (the scaling of {@code w}; its weights unused). */
  static Example<Label> example(LinearWeights w, double[] raw, String label) {
    return new ArrayExample<>(
        new Label(label), w.names().toArray(String[]::new), standardise(w, raw));
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

  private static LinearWeights extract(
      LinearSGDModel model, List<String> names, double[] means, double[] scales) {
    DenseMatrix m = model.getWeightsCopy();
    ImmutableFeatureMap features = model.getFeatureIDMap();
    int pos = model.getOutputIDInfo().getID(new Label(POSITIVE));
    int neg = model.getOutputIDInfo().getID(new Label(NEGATIVE));
    if (pos < 0 || neg < 0) {
      throw new IllegalStateException("the Tribuo model lacks label 0 or 1");
    }
    int biasColumn = m.getDimension2Size() - 1;
    if (biasColumn != features.size()) {
      throw new IllegalStateException(
          "the Tribuo weight matrix has "
              + m.getDimension2Size()
              + " columns for "
              + features.size()
              + " features (expected one more, for the bias)");
    }
    double[] w = new double[names.size()];
    for (int j = 0; j < names.size(); j++) {
      int id = features.getID(names.get(j));
      w[j] = id < 0 ? 0.0 : m.get(pos, id) - m.get(neg, id);
    }
    double bias = m.get(pos, biasColumn) - m.get(neg, biasColumn);
    return new LinearWeights(names, w, bias, means, scales);
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
