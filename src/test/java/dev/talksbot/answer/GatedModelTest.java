package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatedModelTest {
  private static final List<String> NAMES = List.of("coverage", "margin");

  /** p = sigmoid(4 * coverage - 2): low when the coverage misses the question. */
  private static LinearModel gate() {
    return new LinearModel(NAMES, new double[2], new double[] {1, 1}, new double[] {4, 0}, -2);
  }

  /** p = sigmoid(3 * margin - 1). */
  private static LinearModel inner() {
    return new LinearModel(NAMES, new double[2], new double[] {1, 1}, new double[] {0, 3}, -1);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Test
  void theProbabilityIsTheGateTimesTheInnerModel() {
    GatedModel m = new GatedModel(gate(), inner());
    double[] x = {0.25, 0.8};
    assertThat(m.probability(x))
        .isCloseTo(sigmoid(4 * 0.25 - 2) * sigmoid(3 * 0.8 - 1), within(1e-12));
    assertThat(m.names()).isEqualTo(NAMES);
  }

  @Test
  void aClosedGateRefusesWhateverTheInnerModelSays() {
    GatedModel m = new GatedModel(gate(), inner());
    double[] offTopic = {0.0, 5.0}; // inner model nearly certain, coverage none
    assertThat(inner().probability(offTopic)).isGreaterThan(0.99);
    assertThat(m.probability(offTopic)).isLessThan(0.15);
  }

  @Test
  void explainsWithTheFactorThatHoldsTheProbabilityDown() {
    GatedModel m = new GatedModel(gate(), inner());
    double[] offTopic = {0.0, 5.0};
    assertThat(m.contributions(offTopic)).containsExactly(gate().contributions(offTopic));
    double[] onTopic = {1.0, 0.0};
    assertThat(m.contributions(onTopic)).containsExactly(inner().contributions(onTopic));
  }

  @Test
  void roundTripsThroughJsonAsAGatedPair() throws Exception {
    GatedModel m = new GatedModel(gate(), inner());
    ProbabilityModel back =
        ProbabilityModel.fromJson(
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(m.toJson().toString()));
    assertThat(back).isInstanceOf(GatedModel.class);
    double[] x = {0.4, 0.3};
    assertThat(back.probability(x)).isEqualTo(m.probability(x));
  }

  @Test
  void rejectsAGateThatReadsOtherFeatures() {
    LinearModel other = LinearModel.untrained(List.of("coverage"));
    assertThatThrownBy(() -> new GatedModel(other, inner()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other features");
  }
}
