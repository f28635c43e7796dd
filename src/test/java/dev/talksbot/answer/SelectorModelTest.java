package dev.talksbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorModelTest {
  private static SelectorModel model(double[] w, double bias) {
    return new SelectorModel(
        3,
        List.of("a", "b"),
        new double[] {1, 0},
        new double[] {2, 1},
        w,
        bias,
        0.4,
        Map.of("trained_on", "test"));
  }

  @Test
  void probabilityStandardisesThenWeighs() {
    SelectorModel m = model(new double[] {1, -1}, 0.5);
    // z = 0.5 + 1*(3-1)/2 - 1*(2-0)/1 = -0.5
    assertEquals(1 / (1 + Math.exp(0.5)), m.probability(new double[] {3, 2}), 1e-12);
  }

  @Test
  void jsonRoundTripKeepsEverything() throws Exception {
    SelectorModel m = model(new double[] {0.25, -2}, -1);
    SelectorModel back = SelectorModel.fromJson(m.toJson());
    assertEquals(m.names(), back.names());
    assertEquals(m.threshold(), back.threshold());
    assertEquals(m.about(), back.about());
    double[] x = {0.3, 7};
    assertEquals(m.probability(x), back.probability(x), 1e-12);
  }

  @Test
  void malformedModelsAreRejectedWithTheReason() {
    var e =
        assertThrows(IllegalArgumentException.class, () -> model(new double[] {1}, 0));
    assertTrue(e.getMessage().contains("2 names"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> model(new double[] {1, Double.NaN}, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> model(new double[] {1, 1}, 0).withThreshold(1.5, Map.of()));
  }

  @Test
  void theBundledModelMatchesTheFeaturesAndIsTrained() {
    SelectorModel m = SelectorModel.bundled();
    assertEquals(SelectorFeatures.NAMES, m.names());
    assertTrue(m.version() >= 1, "a fitted model, not the placeholder");
    assertTrue(m.about().containsKey("calibration_target"), m.about().toString());
    assertTrue(m.threshold() > 0 && m.threshold() < 1);
  }
}
