package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.talksbot.answer.ProbabilityModel;
import dev.talksbot.answer.TreeEnsemble;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * Boosted trees fitted with Tribuo's XGBoost and read back as the runtime's plain trees: the plain
 * trees give the probabilities Tribuo gives, and they learn a rule no linear model can (XOR).
 */
class TreeFitTest {
  private static final List<String> NAMES = List.of("u", "v", "noise");

  private record Data(List<double[]> x, List<Boolean> y) {}

  /** The label is "u and v on the same side of 0.5" (XOR), with a constant-free noise feature. */
  private static Data xor(int n, long seed) {
    Random r = new Random(seed);
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double u = r.nextDouble();
      double v = r.nextDouble();
      x.add(new double[] {u, v, r.nextGaussian()});
      y.add((u < 0.5) == (v < 0.5));
    }
    return new Data(x, y);
  }

  private static double accuracy(ProbabilityModel m, Data d) {
    int right = 0;
    for (int i = 0; i < d.x().size(); i++)
      if ((m.probability(d.x().get(i)) >= 0.5) == d.y().get(i)) right++;
    return (double) right / d.x().size();
  }

  private static final TreeFit.Options OPTIONS = new TreeFit.Options(40, 3, 0.3, 1, 1);

  @Test
  void plainTreesReproduceTribuosProbabilities() {
    Data d = xor(400, 1);
    TreeFit.Fitted f = TreeFit.fitModel(NAMES, d.x(), d.y(), OPTIONS);
    // the two classes' mirrored trees of a round are merged into one
    assertThat(f.trees().trees()).hasSize(OPTIONS.rounds());
    String[] names = NAMES.toArray(String[]::new);
    for (double[] x : xor(200, 2).x()) {
      double tribuo =
          f.model()
              .predict(new ArrayExample<>(new Label(TreeFit.NEGATIVE), names, x))
              .getOutputScores()
              .get(TreeFit.POSITIVE)
              .getScore();
      assertThat(f.trees().probability(x)).isCloseTo(tribuo, within(1e-5));
    }
  }

  @Test
  void treesLearnWhatALinearModelCannot() {
    Data train = xor(600, 3);
    Data test = xor(400, 4);
    TreeEnsemble trees = TreeFit.fit(NAMES, train.x(), train.y(), OPTIONS);
    ProbabilityModel linear = SelectorFit.fit(NAMES, train.x(), train.y());
    assertThat(accuracy(trees, test)).isGreaterThan(0.9);
    assertThat(accuracy(linear, test)).isLessThan(0.7);
  }

  /**
   * Same data, same trees: the same splits, and leaf values equal up to XGBoost's single-precision
   * sums (a refit can differ in the eighth digit).
   */
  @Test
  void sameDataSameTrees() {
    Data d = xor(300, 5);
    TreeEnsemble a = TreeFit.fit(NAMES, d.x(), d.y(), OPTIONS);
    TreeEnsemble b = TreeFit.fit(NAMES, d.x(), d.y(), OPTIONS);
    assertThat(b.trees()).hasSameSizeAs(a.trees());
    for (int t = 0; t < a.trees().size(); t++) {
      assertThat(b.trees().get(t).feature()).isEqualTo(a.trees().get(t).feature());
      assertThat(b.trees().get(t).threshold()).isEqualTo(a.trees().get(t).threshold());
    }
    for (double[] x : xor(100, 6).x())
      assertThat(b.probability(x)).isCloseTo(a.probability(x), within(1e-6));
  }
}
