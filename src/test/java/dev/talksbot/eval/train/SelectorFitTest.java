package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.talksbot.answer.LinearModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectorFitTest {
  private static final List<String> NAMES = List.of("signal", "noise", "copy");

  @Test
  void theFitDependsOnTheExamplesNotOnTheirOrder() {
    Random r = new Random(3);
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      double s = r.nextGaussian();
      // "copy" nearly repeats "signal": collinear features need the penalty to stay unique
      x.add(new double[] {s, r.nextGaussian(), s + 1e-3 * r.nextGaussian()});
      y.add(r.nextDouble() < 1 / (1 + Math.exp(-2 * s)));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) order.add(i);
    Collections.shuffle(order, new Random(11));
    List<double[]> x2 = order.stream().map(x::get).toList();
    List<Boolean> y2 = order.stream().map(y::get).toList();

    LinearModel a = SelectorFit.fit(NAMES, x, y);
    LinearModel b = SelectorFit.fit(NAMES, x2, y2);

    for (int j = 0; j < NAMES.size(); j++)
      assertThat(b.weights()[j]).isCloseTo(a.weights()[j], within(1e-9));
    assertThat(b.bias()).isCloseTo(a.bias(), within(1e-9));
    // and it learned the signal: the two copies share a weight of about 2 per standard deviation
    assertThat(a.weights()[0] + a.weights()[2]).isCloseTo(2.0, within(0.3));
    assertThat(Math.abs(a.weights()[1])).isLessThan(0.15);
  }

  @Test
  void aQuestionsSentencesTakeOneOrderWhateverOrderTheyCameIn() {
    double[] s1 = {0.5, 1}, s2 = {0.1, 2}, s3 = {0.5, 0};
    var a =
        new AnswererTraining.Question(
            "q", false, true, List.of(s1, s2, s3), List.of(true, false, false));
    var b =
        new AnswererTraining.Question(
            "q", false, true, List.of(s3, s1, s2), List.of(false, true, false));
    assertThat(a.vectors()).containsExactly(s2, s3, s1);
    assertThat(a.labels()).containsExactly(false, false, true);
    assertThat(b.vectors()).isEqualTo(a.vectors());
    assertThat(b.labels()).isEqualTo(a.labels());
  }
}
