package dev.talksbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorModelTest {
  private static LinearModel linear(double[] w, double bias) {
    return new LinearModel(List.of("a", "b"), new double[] {1, 0}, new double[] {2, 1}, w, bias);
  }

  private static SelectorModel model() {
    return new SelectorModel(
        3,
        linear(new double[] {1, -1}, 0.5),
        linear(new double[] {0.25, 2}, -1),
        0.4,
        Map.of("trained_on", "test"));
  }

  @Test
  void probabilityStandardisesThenWeighs() {
    // z = 0.5 + 1*(3-1)/2 - 1*(2-0)/1 = -0.5
    assertEquals(
        1 / (1 + Math.exp(0.5)),
        linear(new double[] {1, -1}, 0.5).probability(new double[] {3, 2}),
        1e-12);
  }

  @Test
  void jsonRoundTripKeepsEverything() throws Exception {
    SelectorModel m = model();
    SelectorModel back = SelectorModel.fromJson(m.toJson());
    assertEquals(m.sentence().names(), back.sentence().names());
    assertEquals(m.threshold(), back.threshold());
    assertEquals(m.about(), back.about());
    double[] x = {0.3, 7};
    assertEquals(m.sentence().probability(x), back.sentence().probability(x), 1e-12);
    assertEquals(m.answerability().probability(x), back.answerability().probability(x), 1e-12);
  }

  @Test
  void jsonRoundTripKeepsTheReadingStage() throws Exception {
    int n = JointReading.NAMES.size();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    var stage =
        new LinearModel(JointReading.NAMES, new double[n], ones, new double[] {1, 0, 2, 0}, -1);
    SelectorModel m = model().withReading(stage, 0.35, Map.of("reading_stage", "test"));
    SelectorModel back = SelectorModel.fromJson(m.toJson());
    assertEquals(0.35, back.threshold());
    double[] x = {0.5, 0.7, 0.8, 0.9};
    assertEquals(stage.probability(x), back.reading().probability(x), 1e-12);
    // a new threshold keeps the stage; a model written without one reads back without one
    assertEquals(stage, m.withThreshold(0.4, Map.of()).reading());
    assertEquals(null, SelectorModel.fromJson(model().toJson()).reading());
  }

  @Test
  void malformedModelsAreRejectedWithTheReason() {
    var e = assertThrows(IllegalArgumentException.class, () -> linear(new double[] {1}, 0));
    assertTrue(e.getMessage().contains("2 names"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> linear(new double[] {1, Double.NaN}, 0));
    assertThrows(IllegalArgumentException.class, () -> model().withThreshold(1.5, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> linear(new double[] {1, 1}, 0).probability(new double[] {1}));
  }

  @Test
  void theBundledModelMatchesTheFeaturesAndIsTrained() {
    SelectorModel m = SelectorModel.bundled();
    assertEquals(SelectorFeatures.NAMES, m.sentence().names());
    assertEquals(AnswerabilityFeatures.NAMES, m.answerability().names());
    assertTrue(m.version() >= 1, "a fitted model, not the placeholder");
    assertTrue(m.about().containsKey("calibration_target"), m.about().toString());
    assertTrue(m.threshold() > 0 && m.threshold() < 1);
    // the reading stage was measured and not adopted (docs/evaluation.md, session 33)
    assertEquals(null, m.reading());
  }
}
