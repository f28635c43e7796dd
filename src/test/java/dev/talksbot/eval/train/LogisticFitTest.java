package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

  private static final List<String> NAMES = List.of("big", "tiny", "noise", "constant");

  /** Separable data over features of very different scales; the label follows big and tiny. */
  private record Data(double[][] x, int[] y) {}

  private static Data data(int n, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[n][];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      double big = 50 + 100 * r.nextGaussian();
      double tiny = 0.01 * r.nextGaussian();
      double noise = 5 * r.nextGaussian();
      x[i] = new double[] {big, tiny, noise, 7.0};
      double z = 2 * (big - 50) / 100 - 3 * tiny / 0.01 + 0.5;
      y[i] = z > 0 ? 1 : 0;
    }
    return new Data(x, y);
  }

  /** The penalty these tests fit with. */
  private static final double L2 = 1e-3;

  private static double accuracy(LinearWeights w, Data d) {
    int correct = 0;
    for (int i = 0; i < d.x().length; i++) {
      correct += (w.probability(d.x()[i]) > 0.5 ? 1 : 0) == d.y()[i] ? 1 : 0;
    }
    return correct / (double) d.x().length;
  }

  @Test
  void l2FitIsTheExactOptimumAndClassifiesWell() {
    Data d = data(600, 1);
    LinearWeights w = LogisticFit.fit(NAMES, d.x(), d.y(), L2);
    assertThat(accuracy(w, d)).isGreaterThan(0.95);
    assertThat(accuracy(w, data(400, 2))).isGreaterThan(0.95);
    assertThat(w.weight("big")).isPositive();
    assertThat(w.weight("tiny")).isNegative();
    assertThat(Math.abs(w.weight("noise"))).isLessThan(Math.abs(w.weight("big")) / 3);
    assertThat(w.weight("constant")).isZero();
    assertThat(w.means()[3]).isEqualTo(7.0);
    assertThat(w.scales()[3]).isEqualTo(1.0);
    assertThat(w.scales()[0]).isBetween(80.0, 120.0);

    // every small move of any coefficient raises the regularised loss
    double[][] z = new double[d.x().length][];
    for (int i = 0; i < z.length; i++) {
      z[i] = new double[4];
      for (int j = 0; j < 4; j++) {
        z[i][j] = (d.x()[i][j] - w.means()[j]) / w.scales()[j];
      }
    }
    double[] beta = new double[5];
    System.arraycopy(w.weights(), 0, beta, 0, 4);
    beta[4] = w.bias();
    double lambda = L2;
    double best = L2Newton.loss(z, d.y(), beta, lambda);
    for (int a = 0; a < 5; a++) {
      for (double step : new double[] {-1e-3, 1e-3}) {
        double[] moved = beta.clone();
        moved[a] += step;
        assertThat(L2Newton.loss(z, d.y(), moved, lambda)).isGreaterThan(best);
      }
    }
  }

  @Test
  void sameDataSameWeights() {
    Data d = data(200, 3);
    assertThat(LogisticFit.fit(NAMES, d.x(), d.y(), L2))
        .isEqualTo(LogisticFit.fit(NAMES, d.x(), d.y(), L2));
  }

  @Test
  void strongerL2GivesSmallerWeights() {
    Data d = data(300, 4);
    LinearWeights light = LogisticFit.fit(NAMES, d.x(), d.y(), 0.001);
    LinearWeights heavy = LogisticFit.fit(NAMES, d.x(), d.y(), 0.05);
    assertThat(Math.abs(heavy.weight("big"))).isLessThan(Math.abs(light.weight("big")));
  }

  @Test
  void jsonRoundTripKeepsEveryValue() {
    Data d = data(200, 5);
    LinearWeights w = LogisticFit.fit(NAMES, d.x(), d.y(), L2);
    LinearWeights back = LinearWeights.fromJson(w.toJson());
    assertThat(back).isEqualTo(w);
    assertThat(back.probability(d.x()[0])).isEqualTo(w.probability(d.x()[0]));
    assertThat(w.toJson()).contains("\"name\" : \"big\"").contains("\"bias\"");
  }

  @Test
  void badJsonIsRejectedWithAClearMessage() {
    assertThatThrownBy(() -> LinearWeights.fromJson("not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> LinearWeights.fromJson("{\"bias\": 1}"))
        .hasMessageContaining("'features'");
    assertThatThrownBy(
            () ->
                LinearWeights.fromJson(
                    "{\"features\":[{\"name\":\"a\",\"weight\":1,\"mean\":0}],\"bias\":0}"))
        .hasMessageContaining("'scale'");
    assertThatThrownBy(
            () ->
                LinearWeights.fromJson(
                    "{\"features\":[{\"name\":\"a\",\"weight\":1,\"mean\":0,\"scale\":1}]}"))
        .hasMessageContaining("'bias'");
  }

  @Test
  void weightsAreValidated() {
    assertThatThrownBy(() -> LinearWeights.unscaled(List.of("a", "b"), new double[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 names but 1 weights");
    assertThatThrownBy(() -> LinearWeights.unscaled(List.of("a"), new double[] {Double.NaN}, 0))
        .hasMessageContaining("not finite");
    assertThatThrownBy(() -> LinearWeights.unscaled(List.of("a"), new double[] {1}, 1 / 0.0))
        .hasMessageContaining("bias");
    assertThatThrownBy(() -> LinearWeights.unscaled(List.of("a", "a"), new double[] {1, 2}, 0))
        .hasMessageContaining("distinct");
    assertThatThrownBy(
            () ->
                new LinearWeights(
                    List.of("a"), new double[] {1}, 0, new double[] {0}, new double[] {0}))
        .hasMessageContaining("scale of 'a'");
    LinearWeights w = LinearWeights.unscaled(List.of("a"), new double[] {2}, -1);
    assertThat(w.probability(new double[] {0.5})).isCloseTo(0.5, within(1e-12));
    assertThat(w.probability(new double[] {1000})).isEqualTo(1.0);
    assertThat(w.probability(new double[] {-1000})).isEqualTo(0.0);
    assertThatThrownBy(() -> w.probability(new double[] {1, 2}))
        .hasMessageContaining("expected 1 feature values, got 2");
  }

  @Test
  void badTrainingInputIsRejected() {
    double[][] x = {{1}, {2}};
    double o = L2;
    assertThatThrownBy(() -> LogisticFit.fit(List.of("a"), x, new int[] {1, 1}, o))
        .hasMessageContaining("both labels");
    assertThatThrownBy(() -> LogisticFit.fit(List.of("a"), x, new int[] {0, 2}, o))
        .hasMessageContaining("must be 0 or 1");
    assertThatThrownBy(() -> LogisticFit.fit(List.of("a", "b"), x, new int[] {0, 1}, o))
        .hasMessageContaining("row 0 must have 2 values");
    assertThatThrownBy(() -> LogisticFit.fit(List.of("a"), x, new int[] {0}, o))
        .hasMessageContaining("2 rows of x but 1 labels");
    assertThatThrownBy(() -> LogisticFit.fit(List.of("a"), x, new int[] {0, 1}, 0))
        .hasMessageContaining("l2 must be > 0");
    assertThatThrownBy(() -> LogisticFit.fit(List.of("a"), x, new int[] {0, 1}, -1))
        .hasMessageContaining("l2 must be > 0");
  }
}
