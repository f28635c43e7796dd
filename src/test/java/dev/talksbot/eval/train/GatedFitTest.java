package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.GatedModel;
import dev.talksbot.answer.ProbabilityModel;
import dev.talksbot.eval.Squad2Run.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shape that made one linear answerability model answer questions the coverage barely touches:
 * among questions asked with their coverage, covering every question word is a bad sign (traps are
 * written with the paragraph's words), and the few questions asked without it cover little and are
 * all wrong to answer. A line through both learns "less coverage, more answerable"; the gated pair
 * keeps both ends.
 */
class GatedFitTest {
  private static final List<String> NAMES = List.of("coverage");

  private record Data(List<double[]> x, List<Boolean> y, List<Removed> removed) {}

  private static Data data() {
    Random r = new Random(5);
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    List<Removed> off = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      double c =
          0.4 + 0.6 * r.nextDouble(); // with its coverage: the more covered, the likelier a trap
      x.add(new double[] {c});
      y.add(r.nextDouble() < 1 / (1 + Math.exp(-(4 - 6 * c))));
      off.add(Removed.NOTHING);
    }
    // one in ten asked without it (as in training): little covered, nothing answers
    for (int i = 0; i < 400; i++) {
      x.add(new double[] {0.3 * r.nextDouble()});
      y.add(false);
      off.add(Removed.ARTICLE);
    }
    return new Data(x, y, off);
  }

  @Test
  void theGateRefusesWhatTheCoverageBarelyTouchesWhereOneLineAnswers() {
    Data d = data();
    ProbabilityModel line = new StageTwo.Logistic().fit(NAMES, d.x(), d.y(), d.removed());
    ProbabilityModel gated = new StageTwo.Gated().fit(NAMES, d.x(), d.y(), d.removed());
    assertThat(gated).isInstanceOf(GatedModel.class);
    double[] barelyCovered = {0.05};
    assertThat(line.probability(barelyCovered)).isGreaterThan(0.5);
    assertThat(gated.probability(barelyCovered)).isLessThan(0.1);
    // and among covered questions it still prefers the ones that are not traps
    assertThat(gated.probability(new double[] {0.5}))
        .isGreaterThan(gated.probability(new double[] {0.95}));
  }

  @Test
  void anOffTopicQuestionThatStillFindsItsAnswerCountsAsCovered() {
    Data d = data();
    List<Boolean> y = new ArrayList<>(d.y());
    List<double[]> x = new ArrayList<>(d.x());
    List<Removed> off = new ArrayList<>(d.removed());
    for (int i = 0; i < 1000; i++) { // asked without their paragraph, but another one answers
      x.add(new double[] {0.9});
      y.add(true);
      off.add(Removed.ARTICLE);
    }
    GatedModel gated = (GatedModel) new StageTwo.Gated().fit(NAMES, x, y, off);
    assertThat(gated.gate().probability(new double[] {0.9})).isGreaterThan(0.9);
  }

  @Test
  void questionsAskedWithoutTheirParagraphTeachTheGateOnly() {
    Data d = data();
    List<double[]> x = new ArrayList<>(d.x());
    List<Boolean> y = new ArrayList<>(d.y());
    List<Removed> removed = new ArrayList<>(d.removed());
    List<Boolean> asWritten = new ArrayList<>(d.y());
    for (int i = 0; i < 2000; i++) { // their paragraph gone, they look covered but nothing answers
      x.add(new double[] {0.5});
      y.add(false);
      removed.add(Removed.PARAGRAPH);
    }
    GatedModel with = (GatedModel) new StageTwo.Gated().fit(NAMES, x, y, removed);
    GatedModel without =
        (GatedModel) new StageTwo.Gated().fit(NAMES, d.x(), asWritten, d.removed());
    double[] mid = {0.5};
    assertThat(with.inner().probability(mid)).isEqualTo(without.inner().probability(mid));
    assertThat(with.gate().probability(mid)).isLessThan(without.gate().probability(mid) - 0.2);
  }
}
