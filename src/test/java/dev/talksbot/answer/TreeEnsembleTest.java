package dev.talksbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
  /** Root splits on b < 1; its left child splits on a < 0.5; three leaves. */
  private static TreeEnsemble.Tree tree() {
    return new TreeEnsemble.Tree(
        new int[] {1, 0, -1, -1, -1},
        new double[] {1, 0.5, 0, 0, 0},
        new int[] {1, 3, 0, 0, 0},
        new int[] {2, 4, 0, 0, 0},
        new double[] {0.1, -0.2, 0.8, -1.0, 0.6});
  }

  /** A stump on a: below 2 gives -0.3, else 0.3. */
  private static TreeEnsemble.Tree stump() {
    return new TreeEnsemble.Tree(
        new int[] {0, -1, -1},
        new double[] {2, 0, 0},
        new int[] {1, 0, 0},
        new int[] {2, 0, 0},
        new double[] {0, -0.3, 0.3});
  }

  private static TreeEnsemble ensemble() {
    return new TreeEnsemble(List.of("a", "b"), List.of(tree(), stump()), 0.25);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Test
  void probabilityAddsOneLeafPerTreeToTheBias() {
    TreeEnsemble m = ensemble();
    // b = 0 < 1 → left; a = 0.2 < 0.5 → leaf -1.0; stump a < 2 → -0.3
    assertEquals(sigmoid(0.25 - 1.0 - 0.3), m.probability(new double[] {0.2, 0}), 1e-12);
    // b = 5 → right leaf 0.8; a = 3 → 0.3
    assertEquals(sigmoid(0.25 + 0.8 + 0.3), m.probability(new double[] {3, 5}), 1e-12);
    // a = 1 ≥ 0.5 → leaf 0.6; a < 2 → -0.3
    assertEquals(sigmoid(0.25 + 0.6 - 0.3), m.probability(new double[] {1, 0}), 1e-12);
  }

  @Test
  void contributionsAddUpToTheLogOddsFromTheRoots() {
    TreeEnsemble m = ensemble();
    for (double[] x : new double[][] {{0.2, 0}, {3, 5}, {1, 0}, {2, 1}}) {
      double[] c = m.contributions(x);
      double z = 0.25 + tree().value()[0] + stump().value()[0] + c[0] + c[1];
      double p = m.probability(x);
      assertEquals(Math.log(p / (1 - p)), z, 1e-9);
    }
    // only the stump and the left split use a; for b = 5 the b-split alone moves the first tree
    assertEquals(0.8 - 0.1, m.contributions(new double[] {3, 5})[1], 1e-12);
  }

  @Test
  void jsonRoundTripInsideTheSelectorModel() throws Exception {
    // trees are written in single precision, as XGBoost fits them
    LinearModel sentence =
        new LinearModel(
            List.of("a", "b"), new double[] {0, 0}, new double[] {1, 1}, new double[] {1, 2}, 0);
    SelectorModel m = new SelectorModel(4, sentence, ensemble(), 0.4, Map.of("k", "v"));
    SelectorModel back = SelectorModel.fromJson(m.toJson());
    assertInstanceOf(TreeEnsemble.class, back.answerability());
    assertInstanceOf(LinearModel.class, back.sentence());
    for (double[] x : new double[][] {{0.2, 0}, {3, 5}, {1, 0}})
      assertEquals(m.answerability().probability(x), back.answerability().probability(x), 1e-7);
  }

  @Test
  void malformedTreesAreRejectedWithTheReason() {
    var loop =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new TreeEnsemble.Tree(
                    new int[] {0, -1},
                    new double[] {1, 0},
                    new int[] {0, 0},
                    new int[] {1, 0},
                    new double[] {0, 0}));
    assertTrue(loop.getMessage().contains("children out of order"), loop.getMessage());
    var feature =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TreeEnsemble(List.of("a"), List.of(tree()), 0));
    assertTrue(feature.getMessage().contains("feature 1 of 1"), feature.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new TreeEnsemble(List.of("a"), List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> ensemble().probability(new double[] {1}));
  }
}
