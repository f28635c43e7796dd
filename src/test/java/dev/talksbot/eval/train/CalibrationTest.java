package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private final List<AnswererTraining.Ranked> qs = new ArrayList<>();
  private final List<Double> ps = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();

  /** {@code copies} copies of one question (one id before "@"). */
  private void add(String id, boolean answerable, boolean gold, double p, int copies) {
    for (int k = 0; k < copies; k++) {
      qs.add(new AnswererTraining.Ranked(answerable, gold, new double[0]));
      ps.add(p);
      ids.add(copies == 1 ? id : id + "@" + k);
    }
  }

  private double[] p() {
    return ps.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void aFlatPeakIsResolvedTowardAnswering() {
    // 20 questions: refusing below 0.5 is best (16 right); refusing only below 0.4 costs one (15
    // right), which is well inside the standard error of 20 questions
    for (int i = 0; i < 8; i++) add("a" + i, true, true, 0.9, 1); // answered right at both
    for (int i = 0; i < 8; i++) add("u" + i, false, false, 0.1, 1); // refused at both
    add("x1", false, false, 0.4, 1); // refused only at 0.5: the one the lower threshold loses
    for (int i = 0; i < 3; i++) add("w" + i, true, false, 0.9, 1); // wrong best sentence

    Calibration.Choice c = Calibration.choose(p(), qs, ids);

    assertThat(c.best().accuracy()).isEqualTo(17 / 20.0);
    assertThat(c.best().threshold()).isGreaterThan(0.4);
    assertThat(c.standardError()).isGreaterThan(1 / 20.0);
    // the lowest threshold that still refuses the clear refusals (at 0.1), i.e. just above them
    assertThat(c.chosen().threshold()).isGreaterThan(0.1).isLessThanOrEqualTo(0.4);
    assertThat(c.chosen().accuracy()).isEqualTo(16 / 20.0);
    assertThat(c.chosen().answeredShare()).isGreaterThan(c.best().answeredShare());
  }

  @Test
  void aClearPeakIsKept() {
    // thousands of questions: the error is small, so giving up 5 % accuracy is not a tie
    for (int i = 0; i < 1000; i++) add("a" + i, true, true, 0.9, 1);
    for (int i = 0; i < 1000; i++) add("u" + i, false, false, 0.2, 1);
    for (int i = 0; i < 100; i++) add("x" + i, false, false, 0.6, 1);

    Calibration.Choice c = Calibration.choose(p(), qs, ids);

    assertThat(c.best().accuracy()).isEqualTo(1.0);
    assertThat(c.chosen().threshold()).isEqualTo(c.best().threshold());
    assertThat(c.chosen().threshold()).isGreaterThan(0.6);
  }

  @Test
  void copiesOfOneQuestionCountAsOneQuestionOfTheirWeight() {
    add("a", true, true, 0.9, 1);
    add("b", false, false, 0.9, 1);
    double unique = Calibration.standardError(p(), qs, ids, 0.5, 0.5);
    qs.clear();
    ps.clear();
    ids.clear();
    add("a", true, true, 0.9, 50);
    add("b", false, false, 0.9, 50);
    double copied = Calibration.standardError(p(), qs, ids, 0.5, 0.5);

    // the same two questions: 50 copies each add no information
    assertThat(copied).isCloseTo(unique, within(1e-12));
    assertThat(unique).isCloseTo(Math.sqrt(2 * 0.25) / 2, within(1e-12));
  }
}
